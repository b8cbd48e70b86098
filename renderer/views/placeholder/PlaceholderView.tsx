import { Card, Result, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

type PlannedView = 'plan' | 'payments';

/** A view that a later release fills: it says what will be there, and shows no made-up data. */
export function PlaceholderView({ view }: { view: PlannedView }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Typography.Title level={3}>{t(`nav.${view}`)}</Typography.Title>
      <Result icon={<ClockCircleOutlined aria-hidden />} title={t('placeholder.comingTitle')} subTitle={t(`placeholder.${view}`)} />
    </Card>
  );
}

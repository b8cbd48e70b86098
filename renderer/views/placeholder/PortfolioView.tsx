import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAccountCount } from '../../data/hooks/workspaceHooks';

/** Until the portfolio home arrives: what it will show, and the way to the accounts. */
export function PortfolioView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accountCount = useAccountCount();
  return (
    <Card>
      <Typography.Title level={3}>{t('nav.portfolio')}</Typography.Title>
      <Result
        icon={<ClockCircleOutlined aria-hidden />}
        title={t('placeholder.comingTitle')}
        subTitle={t('placeholder.portfolio')}
        extra={
          <>
            {accountCount !== undefined && accountCount > 0 && (
              <Typography.Paragraph>{t('placeholder.accountCount', { count: accountCount })}</Typography.Paragraph>
            )}
            <Button type="primary" onClick={() => void navigate('/accounts')}>
              {accountCount !== undefined && accountCount > 0 ? t('nav.accounts') : t('placeholder.startWithAccounts')}
            </Button>
          </>
        }
      />
    </Card>
  );
}

import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAccounts } from '../../data/hooks/workspaceHooks';

/** Until the portfolio home arrives: what it will show, and the way to the accounts. */
export function PortfolioView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accounts = useAccounts();
  return (
    <Card>
      <Typography.Title level={3}>{t('nav.portfolio')}</Typography.Title>
      <Result
        icon={<ClockCircleOutlined aria-hidden />}
        title={t('placeholder.comingTitle')}
        subTitle={t('placeholder.portfolio')}
        extra={
          <>
            {accounts !== undefined && accounts.length > 0 && (
              <Typography.Paragraph>{t('placeholder.accountCount', { count: accounts.length })}</Typography.Paragraph>
            )}
            <Button type="primary" onClick={() => void navigate('/accounts')}>
              {accounts !== undefined && accounts.length > 0 ? t('nav.accounts') : t('placeholder.startWithAccounts')}
            </Button>
          </>
        }
      />
    </Card>
  );
}

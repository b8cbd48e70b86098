/**
 * One page per account: the header with who the account is and its year in money,
 * and tabs for everything about it — profile and five layers edited in place, the decision chain, deals,
 * follow-ups, the battle plan, payments, renewals, whitespace and competitors. The tab is in the address
 * (`#/accounts/<id>?tab=whitespace`), so a link or a reload lands on it.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Spin, Tabs } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { todayIsoDate } from '../../../shared/domain/common';
import { useAccountRecords } from '../../data/hooks/accountWorkspaceHooks';
import { useAccount, useSettings, useTeamDirectory } from '../../data/hooks/workspaceHooks';
import { useSetPrintTitle } from '../../platform/printMode';
import { AccountHeader } from './AccountHeader';
import { accountHeadline } from './accountPageModel';
import { ACCOUNT_TABS, type AccountTab } from './accountTabs';

const OverviewTab = lazy(() => import('./tabs/OverviewTab').then((m) => ({ default: m.OverviewTab })));
const ChainTab = lazy(() => import('./tabs/ChainTab').then((m) => ({ default: m.ChainTab })));
const OpportunitiesTab = lazy(() => import('./tabs/OpportunitiesTab').then((m) => ({ default: m.OpportunitiesTab })));
const ActivitiesTab = lazy(() => import('./tabs/ActivitiesTab').then((m) => ({ default: m.ActivitiesTab })));
const PlanTab = lazy(() => import('./tabs/PlanTab').then((m) => ({ default: m.PlanTab })));
const PaymentsTab = lazy(() => import('./tabs/PaymentsTab').then((m) => ({ default: m.PaymentsTab })));
const RenewalsTab = lazy(() => import('./tabs/AccountRenewalsTab').then((m) => ({ default: m.AccountRenewalsTab })));
const WhitespaceTab = lazy(() => import('./tabs/WhitespaceTab').then((m) => ({ default: m.WhitespaceTab })));
const CompetitorsTab = lazy(() => import('./tabs/CompetitorsTab').then((m) => ({ default: m.CompetitorsTab })));

export function AccountPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { accountId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: AccountTab = ACCOUNT_TABS.find((k) => k === params.get('tab')) ?? 'overview';
  const account = useAccount(accountId);
  const records = useAccountRecords(accountId);
  const settings = useSettings();
  const directory = useTeamDirectory();
  const parent = useAccount(account?.parentId ?? undefined);
  useSetPrintTitle(account?.name ?? '');
  const today = todayIsoDate();
  const headline = useMemo(() => (account && records && settings ? accountHeadline(account, records, settings, today) : undefined), [account, records, settings, today]);

  if (account === undefined || !settings) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  if (account === null || account.deletedAt !== null) {
    return (
      <Card>
        <Empty description={t('accounts.notFound')}>
          <Button onClick={() => void navigate('/accounts')}>{t('accountPage.backToList')}</Button>
        </Empty>
      </Card>
    );
  }
  const owner = account.ownerId ? directory?.get(account.ownerId) : undefined;
  const pane = (node: React.ReactNode) => (records ? <Suspense fallback={<Spin style={{ display: 'block', marginTop: 24 }} />}>{node}</Suspense> : <Spin style={{ display: 'block', marginTop: 24 }} />);
  const body = (key: AccountTab) => {
    if (!records) return null;
    switch (key) {
      case 'overview':
        return <OverviewTab account={account} currency={settings.currency} />;
      case 'chain':
        return <ChainTab account={account} people={records.people} settings={settings} />;
      case 'opportunities':
        return <OpportunitiesTab account={account} records={records} settings={settings} />;
      case 'activities':
        return <ActivitiesTab account={account} records={records} />;
      case 'plan':
        return <PlanTab account={account} records={records} settings={settings} />;
      case 'payments':
        return <PaymentsTab records={records} settings={settings} />;
      case 'renewals':
        return <RenewalsTab records={records} settings={settings} />;
      case 'whitespace':
        return <WhitespaceTab account={account} records={records} settings={settings} />;
      case 'competitors':
        return <CompetitorsTab account={account} records={records} />;
    }
  };

  return (
    <div>
      <Space style={{ marginBottom: 8 }} className="keyplan-no-print">
        <Button type="link" icon={<ArrowLeftOutlined aria-hidden />} style={{ paddingInline: 0 }} onClick={() => void navigate('/accounts')}>
          {t('accountPage.backToList')}
        </Button>
      </Space>
      <AccountHeader account={account} headline={headline} ownerName={owner ? owner.name : null} parentName={parent?.deletedAt === null ? parent.name : null} settings={settings} />
      <Card size="small">
        {/* Nine tabs: a narrower gutter keeps them all in view at 1280 px in English (none behind "…"). */}
        <Tabs
          tabBarGutter={20}
          activeKey={tab}
          onChange={(key) => setParams((p) => { p.set('tab', key); return p; }, { replace: true })}
          items={ACCOUNT_TABS.map((key) => ({ key, label: t(`accountPage.tabs.${key}`), children: key === tab ? pane(body(key)) : null }))}
        />
      </Card>
    </div>
  );
}

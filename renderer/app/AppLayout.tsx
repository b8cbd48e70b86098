import { ExportOutlined, FundProjectionScreenOutlined, ImportOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Typography, theme } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { todayIsoDate } from '../../shared/domain/common';
import { useReviewPack } from '../report/ReviewPackProvider';
import { usePrintTitle } from './printMode';
import { useTransfer } from '../transfer/TransferProvider';

// Views with heavy widgets (tables, forms, date pickers) load when first opened, so the first
// screen starts without them.
const PortfolioView = lazy(() => import('../views/portfolio/PortfolioView').then((m) => ({ default: m.PortfolioView })));
const AccountsView = lazy(() => import('../views/accounts/AccountsView').then((m) => ({ default: m.AccountsView })));
const AccountPage = lazy(() => import('../views/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const VisitBrief = lazy(() => import('../views/account/visit/VisitBrief').then((m) => ({ default: m.VisitBrief })));
const OpportunitiesView = lazy(() => import('../views/opportunities/OpportunitiesView').then((m) => ({ default: m.OpportunitiesView })));
const ActivitiesView = lazy(() => import('../views/activities/ActivitiesView').then((m) => ({ default: m.ActivitiesView })));
const MatrixView = lazy(() => import('../views/matrix/MatrixView').then((m) => ({ default: m.MatrixView })));
const ChainsView = lazy(() => import('../views/chains/ChainsView').then((m) => ({ default: m.ChainsView })));
const PlanView = lazy(() => import('../views/plan/PlanView').then((m) => ({ default: m.PlanView })));
const PaymentsView = lazy(() => import('../views/payments/PaymentsView').then((m) => ({ default: m.PaymentsView })));
const SettingsView = lazy(() => import('../views/settings/SettingsView').then((m) => ({ default: m.SettingsView })));
import { NAV_ITEMS } from './navigation';
import { UndoHistoryButton } from './UndoHistoryButton';
import { StorageReady, useStorageReady } from './StorageGate';

/** The printed page's heading: what is printed and when (never shown on screen). */
function PrintTitle() {
  const { t } = useTranslation();
  const title = usePrintTitle();
  return <div className="kp-print-title">{t('app.printTitle', { title: title || t('app.name'), date: todayIsoDate() })}</div>;
}

export function AppLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const transfer = useTransfer();
  const { token } = theme.useToken();
  const openReviewPack = useReviewPack();
  // The header's file commands wait for the database; the sidebar and header are drawn before it opens.
  const ready = useStorageReady();
  const selected = NAV_ITEMS.find((item) => location.pathname.startsWith(item.path))?.key ?? 'portfolio';

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* First Tab stop: past the menu and the header's buttons, straight to the view. */}
      <button type="button" className="kp-skip-link keyplan-no-print" onClick={() => document.getElementById('kp-main')?.focus()}>
        {t('nav.skipToContent')}
      </button>
      <Layout.Sider width={240} theme="light" className="keyplan-no-print" style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}>
        {/* The app's name is the page's one h1; each view titles itself below it. */}
        <h1 style={{ padding: '16px 20px', margin: 0, fontWeight: 600, fontSize: 16 }}>
          <img src="./favicon.svg" alt="" width={22} height={22} style={{ verticalAlign: -5, marginRight: 8 }} />
          {t('app.name')}
        </h1>
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            style={{ borderInlineEnd: 'none' }}
            items={NAV_ITEMS.map((item) => ({ key: item.key, icon: item.icon, label: t(`nav.${item.key}`) }))}
            onClick={({ key }) => {
              const item = NAV_ITEMS.find((i) => i.key === key);
              if (item) void navigate(item.path);
            }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          className="keyplan-no-print"
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            paddingInline: 24,
          }}
        >
          {/* Wraps to a second line rather than being cut where the window is narrow (en at 1280 px). */}
          <Typography.Text type="secondary" style={{ fontSize: 12, lineHeight: '18px', minWidth: 0, marginInlineEnd: 16 }}>
            {t('app.tagline')}
          </Typography.Text>
          <Space>
            <UndoHistoryButton />
            <Button icon={<ImportOutlined aria-hidden />} disabled={!ready} onClick={transfer.startImport}>
              {t('transfer.import')}
            </Button>
            <Button icon={<MergeCellsOutlined aria-hidden />} disabled={!ready} aria-label={t('merge.buttonLabel')} onClick={transfer.startMerge}>
              {t('merge.button')}
            </Button>
            <Button icon={<ExportOutlined aria-hidden />} disabled={!ready} onClick={transfer.startExport}>
              {t('transfer.export')}
            </Button>
            <Button icon={<FundProjectionScreenOutlined aria-hidden />} disabled={!ready} aria-label={t('review.buttonLabel')} onClick={() => openReviewPack()}>
              {t('review.button')}
            </Button>
          </Space>
        </Layout.Header>
        {/* antd's Content is the page's <main> landmark (there is no other). */}
        <Layout.Content style={{ padding: 24, outline: 'none' }} id="kp-main" tabIndex={-1} aria-busy={!ready}>
          <PrintTitle />
          <div>
          <StorageReady>
            <Suspense fallback={<Spin style={{ display: 'block', marginTop: 48 }} />}>
            <Routes>
              <Route path="/" element={<Navigate to="/portfolio" replace />} />
              <Route path="/portfolio" element={<PortfolioView />} />
              <Route path="/accounts" element={<AccountsView />} />
              <Route path="/accounts/new" element={<AccountsView creating />} />
              <Route path="/accounts/:accountId/edit" element={<AccountsView />} />
              <Route path="/accounts/:accountId" element={<AccountPage />} />
              <Route path="/accounts/:accountId/visits/:activityId" element={<VisitBrief />} />
              <Route path="/chains" element={<ChainsView />} />
              <Route path="/chains/:accountId" element={<ChainsView />} />
              <Route path="/opportunities" element={<OpportunitiesView />} />
              <Route path="/activities" element={<ActivitiesView />} />
              <Route path="/matrix" element={<MatrixView />} />
              <Route path="/plan" element={<PlanView />} />
              <Route path="/payments" element={<PaymentsView />} />
              <Route path="/settings" element={<SettingsView />} />
              <Route path="*" element={<Navigate to="/portfolio" replace />} />
            </Routes>
            </Suspense>
          </StorageReady>
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** The views by route. Each loads when first opened, so neither the shell nor the home waits for the others' widgets. */
import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';

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

export function ViewRoutes() {
  return (
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
  );
}

/** The views by route. Each loads when first opened, so neither the shell nor the home waits for the others' widgets. */
import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { VIEW_CHUNKS } from './viewChunks';

const PortfolioView = lazy(() => VIEW_CHUNKS.portfolio().then((m) => ({ default: m.PortfolioView })));
const AccountsView = lazy(() => VIEW_CHUNKS.accounts().then((m) => ({ default: m.AccountsView })));
const AccountPage = lazy(() => VIEW_CHUNKS.account().then((m) => ({ default: m.AccountPage })));
const VisitBrief = lazy(() => VIEW_CHUNKS.visit().then((m) => ({ default: m.VisitBrief })));
const OpportunitiesView = lazy(() => VIEW_CHUNKS.opportunities().then((m) => ({ default: m.OpportunitiesView })));
const ActivitiesView = lazy(() => VIEW_CHUNKS.activities().then((m) => ({ default: m.ActivitiesView })));
const MatrixView = lazy(() => VIEW_CHUNKS.matrix().then((m) => ({ default: m.MatrixView })));
const ChainsView = lazy(() => VIEW_CHUNKS.chains().then((m) => ({ default: m.ChainsView })));
const PlanView = lazy(() => VIEW_CHUNKS.plan().then((m) => ({ default: m.PlanView })));
const PaymentsView = lazy(() => VIEW_CHUNKS.payments().then((m) => ({ default: m.PaymentsView })));
const SettingsView = lazy(() => VIEW_CHUNKS.settings().then((m) => ({ default: m.SettingsView })));

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

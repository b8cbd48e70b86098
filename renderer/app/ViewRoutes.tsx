/** The views by route (viewChunks.ts). Each loads when first opened, so neither the shell nor the home waits for the others' widgets. */
import { Spin } from 'antd';
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { prefetchViewsWhenIdle, VIEW_CHUNKS, VIEW_ROUTES, type ViewName } from './viewChunks';

const VIEWS: Record<ViewName, ComponentType<{ creating?: boolean }>> = {
  portfolio: lazy(() => VIEW_CHUNKS.portfolio().then((m) => ({ default: m.PortfolioView }))),
  accounts: lazy(() => VIEW_CHUNKS.accounts().then((m) => ({ default: m.AccountsView }))),
  account: lazy(() => VIEW_CHUNKS.account().then((m) => ({ default: m.AccountPage }))),
  visit: lazy(() => VIEW_CHUNKS.visit().then((m) => ({ default: m.VisitBrief }))),
  opportunities: lazy(() => VIEW_CHUNKS.opportunities().then((m) => ({ default: m.OpportunitiesView }))),
  activities: lazy(() => VIEW_CHUNKS.activities().then((m) => ({ default: m.ActivitiesView }))),
  matrix: lazy(() => VIEW_CHUNKS.matrix().then((m) => ({ default: m.MatrixView }))),
  chains: lazy(() => VIEW_CHUNKS.chains().then((m) => ({ default: m.ChainsView }))),
  plan: lazy(() => VIEW_CHUNKS.plan().then((m) => ({ default: m.PlanView }))),
  payments: lazy(() => VIEW_CHUNKS.payments().then((m) => ({ default: m.PaymentsView }))),
  settings: lazy(() => VIEW_CHUNKS.settings().then((m) => ({ default: m.SettingsView }))),
};

export function ViewRoutes() {
  useEffect(() => prefetchViewsWhenIdle(), []);
  return (
    <Suspense fallback={<Spin style={{ display: 'block', marginTop: 48 }} />}>
      <Routes>
        {VIEW_ROUTES.map(({ path, view, creating }) => {
          const View = VIEWS[view];
          return <Route key={path} path={path} element={<View creating={creating} />} />;
        })}
        {/* "/" included: the shell sends it to the home at once (AppLayout.tsx). */}
        <Route path="*" element={<Navigate to="/portfolio" replace />} />
      </Routes>
    </Suspense>
  );
}

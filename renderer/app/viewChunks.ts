/**
 * Where each view's code comes from, in one place: the routes load a view when it is first shown,
 * and the shell asks for the view of the address it opened on at the same moment as the workbench,
 * rather than only once the workbench has rendered its routes (one fetch-and-evaluate step less
 * before the first view appears).
 */
export const VIEW_CHUNKS = {
  portfolio: () => import('../views/portfolio/PortfolioView'),
  accounts: () => import('../views/accounts/AccountsView'),
  account: () => import('../views/account/AccountPage'),
  visit: () => import('../views/account/visit/VisitBrief'),
  opportunities: () => import('../views/opportunities/OpportunitiesView'),
  activities: () => import('../views/activities/ActivitiesView'),
  matrix: () => import('../views/matrix/MatrixView'),
  chains: () => import('../views/chains/ChainsView'),
  plan: () => import('../views/plan/PlanView'),
  payments: () => import('../views/payments/PaymentsView'),
  settings: () => import('../views/settings/SettingsView'),
} as const;

/** The view shown at `pathname` (the routes' own patterns, in ViewRoutes.tsx); the home otherwise. */
export function viewAt(pathname: string): keyof typeof VIEW_CHUNKS {
  if (/^\/accounts\/[^/]+\/visits\/[^/]+$/.test(pathname)) return 'visit';
  if (pathname === '/accounts/new' || /^\/accounts\/[^/]+\/edit$/.test(pathname)) return 'accounts';
  if (/^\/accounts\/[^/]+$/.test(pathname)) return 'account';
  const first = pathname.split('/')[1] ?? '';
  return first in VIEW_CHUNKS && first !== 'account' && first !== 'visit' ? (first as keyof typeof VIEW_CHUNKS) : 'portfolio';
}

/** Starts fetching the view at `pathname`; a failure shows later, where the route renders it. */
export function preloadViewAt(pathname: string): void {
  VIEW_CHUNKS[viewAt(pathname)]().catch(() => undefined);
}

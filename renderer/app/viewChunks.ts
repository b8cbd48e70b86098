/**
 * Where each view's code comes from, in one place: the routes load a view when it is first shown,
 * and the shell asks for the view of the address it opened on at the same moment as the workbench,
 * rather than only once the workbench has rendered its routes (one fetch-and-evaluate step less
 * before the first view appears).
 */
import { matchRoutes } from 'react-router';

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

export type ViewName = keyof typeof VIEW_CHUNKS;

/** The views' routes, read both by ViewRoutes.tsx and by `viewAt`. Any other address goes to the home. */
export const VIEW_ROUTES: readonly { path: string; view: ViewName; creating?: true }[] = [
  { path: '/portfolio', view: 'portfolio' },
  { path: '/accounts', view: 'accounts' },
  { path: '/accounts/new', view: 'accounts', creating: true },
  { path: '/accounts/:accountId/edit', view: 'accounts' },
  { path: '/accounts/:accountId', view: 'account' },
  { path: '/accounts/:accountId/visits/:activityId', view: 'visit' },
  { path: '/chains', view: 'chains' },
  { path: '/chains/:accountId', view: 'chains' },
  { path: '/opportunities', view: 'opportunities' },
  { path: '/activities', view: 'activities' },
  { path: '/matrix', view: 'matrix' },
  { path: '/plan', view: 'plan' },
  { path: '/payments', view: 'payments' },
  { path: '/settings', view: 'settings' },
];

/** The view shown at `pathname`, matched as the routes match it; the home otherwise. */
export function viewAt(pathname: string): ViewName {
  return matchRoutes([...VIEW_ROUTES], pathname)?.[0]?.route.view ?? 'portfolio';
}

/** Starts fetching the view at `pathname`; a failure shows later, where the route renders it. */
export function preloadViewAt(pathname: string): void {
  loadView(viewAt(pathname)).catch(() => undefined);
}

type ViewModule = Awaited<ReturnType<(typeof VIEW_CHUNKS)[ViewName]>>;

/** The views whose code has been evaluated, kept to reach them in the same task (see below). */
const loadedViews = new Map<ViewName, ViewModule>();

function loadView(view: ViewName): Promise<ViewModule> {
  return VIEW_CHUNKS[view]().then((module) => {
    loadedViews.set(view, module);
    return module;
  });
}

function preloadDataOf(module: ViewModule): void {
  if ('preloadData' in module) module.preloadData();
}

let dataPreloadedFor: string | null = null;

/**
 * Starts the first reads of the view at `pathname` (its module's `preloadData`, if it has one) when the
 * address changes, so they run while React draws the route rather than after (sharedLiveQuery.ts). Its
 * code is normally evaluated already (fetched while idle) and called at once: an `import()` of it
 * resolves only after React has drawn the route (traced: 27 ms later on the matrix).
 */
export function preloadViewDataAt(pathname: string): void {
  if (pathname === dataPreloadedFor) return;
  dataPreloadedFor = pathname;
  const view = viewAt(pathname);
  const loaded = loadedViews.get(view);
  if (loaded) {
    preloadDataOf(loaded);
    return;
  }
  // A failed fetch shows where the view renders.
  loadView(view).then(preloadDataOf, () => undefined);
}

/** An idle moment long enough to evaluate a view's code in: the browser offers at most 50 ms. */
const IDLE_MS = 40;

/**
 * Fetches and evaluates every view's code, one view per idle moment of the main thread, once the
 * workbench is up: the first open of a view then waits only for its data, not for its code
 * (measured on the matrix: ~200 ms of chunks fetched and compiled after the click). Only moments of
 * at least `IDLE_MS` are used, so a view being drawn is not delayed by another's code. Returns the cancel.
 */
export function prefetchViewsWhenIdle(): () => void {
  const pending = Object.keys(VIEW_CHUNKS) as ViewName[];
  let handle = 0;
  let cancelled = false;
  const next = () => {
    handle = window.requestIdleCallback((deadline) => {
      if (cancelled) return;
      if (deadline.timeRemaining() < IDLE_MS) {
        next();
        return;
      }
      const view = pending.shift();
      if (!view) return;
      // A failed fetch is left to the route, which shows it if the view is opened.
      loadView(view)
        .catch(() => undefined)
        .finally(() => {
          if (!cancelled) next();
        });
    });
  };
  next();
  return () => {
    cancelled = true;
    window.cancelIdleCallback(handle);
  };
}

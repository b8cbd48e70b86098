/**
 * Home worker: follows the tables the home is computed from with Dexie live queries (which see writes
 * from the window and the workspace worker alike), computes the home's figures and first lines here,
 * and posts that small summary. The window never receives or clones 100,000 records, so an import or a
 * merge of a large workspace does not freeze the home while it catches up.
 */
import { liveQuery, type Subscription } from 'dexie';
import { SETTINGS_ID } from '../../shared/domain/settings';
import { KeyplanDatabase } from '../data/database';
import { withoutTombstones } from '../data/repositories/liveRecords';
import { readPlanYearSummary, refreshPlanYearSummary } from '../data/repositories/planSummaryRepository';
import { errorMessage } from '../data/storageErrors';
import { createHomeSummarizer, type HomeInputs } from '../../shared/methods/homeSummary';
import type { HomeWorkerRequest, HomeWorkerResponse } from './homeWorkerProtocol';

const db = new KeyplanDatabase();
const post = (message: HomeWorkerResponse) => globalThis.postMessage(message);
const fail = (error: unknown) => post({ type: 'failed', reason: errorMessage(error) });

const live = withoutTombstones;

interface Watch {
  inputs: HomeInputs;
  subscriptions: Subscription[];
  timer: ReturnType<typeof setTimeout> | null;
}

let current: Watch | null = null;

function stop(): void {
  if (!current) return;
  for (const s of current.subscriptions) s.unsubscribe();
  if (current.timer !== null) clearTimeout(current.timer);
  current = null;
}

function watch(today: string): void {
  stop();
  const summarize = createHomeSummarizer();
  const watching: Watch = { inputs: { today }, subscriptions: [], timer: null };
  current = watching;
  // Tables arriving in one burst are summarized once.
  const schedule = () => {
    watching.timer ??= setTimeout(() => {
      watching.timer = null;
      if (current === watching) post({ type: 'summary', summary: summarize(watching.inputs) });
    }, 0);
  };
  const follow = <K extends keyof HomeInputs>(key: K, query: () => Promise<HomeInputs[K]>) => {
    watching.subscriptions.push(
      liveQuery(query).subscribe({
        next: (value) => {
          watching.inputs = { ...watching.inputs, [key]: value };
          schedule();
        },
        error: fail,
      }),
    );
  };
  follow('settings', () => db.settings.get(SETTINGS_ID));
  follow('accounts', async () => live(await db.accounts.toArray()));
  follow('contracts', async () => live(await db.contracts.toArray()));
  follow('opportunities', async () => live(await db.opportunities.toArray()));
  follow('renewals', async () => live(await db.renewals.toArray()));
  follow('activities', async () => live(await db.activities.toArray()));
  follow('people', async () => live(await db.stakeholders.toArray()));
  follow('whitespace', async () => live(await db.whitespaceCells.toArray()));
  follow('plan', () => planSummary(today));
}

/** One computation of the plan year's summary at a time: reading 100,000 rows twice at once only doubles the wait. */
let computing = false;

/**
 * The plan year's summary from its cache; when the cache is stale, computed once and stored — which
 * changes `meta` and so runs this query again, now finding it.
 */
async function planSummary(today: string): Promise<HomeInputs['plan']> {
  const settings = await db.settings.get(SETTINGS_ID);
  if (!settings) return undefined;
  const cached = await readPlanYearSummary(db, settings.planYear, today);
  if (cached === null && !computing) {
    computing = true;
    // Outside the live query's transaction: the refresh writes.
    setTimeout(() => {
      refreshPlanYearSummary(db, settings.planYear, today)
        .catch(fail)
        .finally(() => {
          computing = false;
        });
    }, 0);
  }
  return cached ?? undefined;
}

globalThis.addEventListener('message', (event: MessageEvent<HomeWorkerRequest>) => {
  if (event.data.type === 'watch') watch(event.data.today);
  else stop();
});

/**
 * The portfolio home's summary of a plan year, cached in `meta`. Reading 100,000 plan rows holds the
 * page for over a second each time the home opens, though the plan rarely changes between two visits;
 * the summary is a few numbers and this week's milestones. It is valid while the planRows revision
 * (changed by every write that commits, whoever wrote) and the day are those it was computed with.
 */
import { summarizePlanYear, type PlanYearSummary } from '../../../shared/methods/planYearSummary';
import type { KeyplanDatabase } from '../database';
import type { PlanYearSummaryRecord } from '../schema';
import { readRevisions } from './writeTransaction';

const SUMMARY_ID: PlanYearSummaryRecord['id'] = 'planYearSummary';

/** The cached summary when it is still valid, else null (then refreshPlanYearSummary computes it). */
export async function readPlanYearSummary(db: KeyplanDatabase, year: number, today: string): Promise<PlanYearSummary | null> {
  return db.transaction('r', db.meta, async () => {
    const [revisions, cached] = await Promise.all([readRevisions(db), db.meta.get(SUMMARY_ID)]);
    if (cached?.id !== SUMMARY_ID) return null;
    // A summary cached by an older version lacks the potentials: computed again, not trusted half-filled.
    const valid = cached.year === year && cached.today === today && cached.revision === (revisions.planRows ?? '') && 'potentialByAccount' in cached.summary && 'targetByAccount' in cached.summary;
    return valid ? cached.summary : null;
  });
}

/**
 * Reads the year's rows and the revision in one read transaction (so they agree), computes the summary,
 * and stores it only if the plan has not changed meanwhile (checked in the storing transaction);
 * otherwise it reads again, up to three times — a summary stored with an old revision would just be
 * found stale again.
 */
export async function refreshPlanYearSummary(db: KeyplanDatabase, year: number, today: string): Promise<PlanYearSummary> {
  for (let attempt = 1; ; attempt += 1) {
    const { revision, rows } = await db.transaction('r', db.planRows, db.meta, async () => {
      const [revisions, stored] = await Promise.all([readRevisions(db), db.planRows.where('year').equals(year).toArray()]);
      return { revision: revisions.planRows ?? '', rows: stored.filter((r) => r.deletedAt === null) };
    });
    const summary = summarizePlanYear(rows, today);
    // A cache: written without a revision of its own, so it never looks like a change of the workspace.
    const stored = await db.transaction('rw', db.meta, async () => {
      if (((await readRevisions(db)).planRows ?? '') !== revision) return false;
      const record: PlanYearSummaryRecord = { id: SUMMARY_ID, year, today, revision, summary };
      await db.meta.put(record);
      return true;
    });
    if (stored || attempt === 3) return summary;
  }
}

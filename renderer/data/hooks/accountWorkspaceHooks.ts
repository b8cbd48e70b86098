/**
 * Everything one account's page shows, read through the accountId indexes (never the whole tables), live:
 * an edit in the chain editor, the plan sheet or another window shows up on the page at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Activity } from '../../../shared/domain/activity';
import type { Contract } from '../../../shared/domain/contract';
import type { Opportunity } from '../../../shared/domain/opportunity';
import type { PlanRow } from '../../../shared/domain/planRow';
import type { Renewal, WhitespaceCell } from '../../../shared/domain/renewal';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { Competitor } from '../../../shared/domain/team';
import { nameKey } from '../../../shared/domain/fieldRules';
import { db } from '../db';
import { withoutTombstones } from '../repositories/liveRecords';

export interface AccountRecords {
  people: Stakeholder[];
  opportunities: Opportunity[];
  activities: Activity[];
  planRows: PlanRow[];
  contracts: Contract[];
  renewals: Renewal[];
  whitespace: WhitespaceCell[];
  competitors: Competitor[];
  /** The names of the account's subsidiaries (accounts whose parent it is): rows of its whitespace grid. */
  subsidiaries: { id: string; name: string }[];
}

export async function readAccountRecords(accountId: string): Promise<AccountRecords> {
  const of = <T extends { accountId: string; deletedAt: string | null }>(table: { where: (index: string) => { equals: (key: string) => { toArray: () => Promise<T[]> } } }) =>
    table.where('accountId').equals(accountId).toArray().then(withoutTombstones);
  const [people, opportunities, activities, planRows, contracts, renewals, whitespace, competitors, children] = await Promise.all([
    of<Stakeholder>(db.stakeholders),
    of<Opportunity>(db.opportunities),
    of<Activity>(db.activities),
    of<PlanRow>(db.planRows),
    of<Contract>(db.contracts),
    of<Renewal>(db.renewals),
    of<WhitespaceCell>(db.whitespaceCells),
    of<Competitor>(db.competitors),
    db.accounts.where('parentId').equals(accountId).toArray(),
  ]);
  activities.sort((a, b) => b.date.localeCompare(a.date));
  const subsidiaries = withoutTombstones(children).map((a) => ({ id: a.id, name: a.name }));
  return { people, opportunities, activities, planRows, contracts, renewals, whitespace, competitors, subsidiaries };
}

export function useAccountRecords(accountId: string): AccountRecords | undefined {
  return useLiveQuery(() => readAccountRecords(accountId), [accountId]);
}

/** Every competitor name in the workspace, once each: the same rival is offered by name on every account. */
export function useCompetitorNames(): string[] | undefined {
  return useLiveQuery(async () => {
    const names = new Map<string, string>();
    for (const c of withoutTombstones(await db.competitors.toArray())) {
      const key = nameKey(c.name);
      if (!names.has(key)) names.set(key, c.name);
    }
    return [...names.values()].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  }, []);
}

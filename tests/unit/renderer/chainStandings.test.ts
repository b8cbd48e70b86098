/** Chain standings: the same relationship level as from every person, and a cache that is never stale. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { readChainStandings, refreshChainStandings } from '../../../renderer/data/repositories/chainStandingsRepository';
import { editChain } from '../../../renderer/data/repositories/decisionChainRepository';
import { readRevisions } from '../../../renderer/data/repositories/writeTransaction';
import { replaceWorkspace } from '../../../renderer/data/repositories/workspaceRepository';
import { groupByAccount } from '../../../shared/domain/byAccount';
import { chainStandings } from '../../../shared/methods/chainStandings';
import { NO_STANDING, relationshipLevel } from '../../../shared/methods/customerMatrix';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';

let db: KeyplanDatabase;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`chain-standings-${counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** The sample with stances, roles and coverage varied, and some people deleted. */
function variedWorkspace() {
  const data = buildSampleWorkspace({ accounts: 6, stakeholders: 7 });
  data.stakeholders = data.stakeholders.map((s, i) => ({
    ...s,
    stance: ([-2, -1, 0, 1, 2] as const)[i % 5] ?? 0,
    influence: 1 + (i % 5),
    buyingRole: (['EB', 'UB', 'TB', 'COACH', 'NONE'] as const)[i % 5] ?? 'NONE',
    coverage: (['NOT_CONTACTED', 'INITIAL', 'DEEP'] as const)[i % 3] ?? 'NOT_CONTACTED',
    deletedAt: i % 11 === 0 ? '2026-03-01T00:00:00.000Z' : null,
  }));
  return data;
}

describe('chain standings', () => {
  it('give every account the relationship level its live people give', () => {
    const data = variedWorkspace();
    const standings = chainStandings(data.stakeholders);
    const live = groupByAccount(data.stakeholders.filter((s) => s.deletedAt === null));
    for (const account of data.accounts) {
      for (const stage of [null, 'EXPLORATION', 'STABILITY', 'DECLINE'] as const) {
        expect(relationshipLevel(stage, standings[account.id] ?? NO_STANDING)).toEqual(relationshipLevel(stage, live.get(account.id) ?? []));
      }
    }
    // Someone deleted does not count: an account whose people are all deleted has no standing.
    const allGone = chainStandings(data.stakeholders.map((s) => ({ ...s, deletedAt: s.accountId === 'acc-000001' ? '2026-03-01T00:00:00.000Z' : s.deletedAt })));
    expect(allGone['acc-000001']).toBeUndefined();
  });

  it('are cached until a stakeholder changes, by whoever, and storing them changes no revision', async () => {
    const data = variedWorkspace();
    await replaceWorkspace(db, data);
    expect(await readChainStandings(db)).toBeNull();
    const revisions = await readRevisions(db);
    expect(await refreshChainStandings(db)).toEqual(chainStandings(data.stakeholders));
    expect(await readChainStandings(db)).toEqual(chainStandings(data.stakeholders));
    expect(await readRevisions(db)).toEqual(revisions);

    const eb = data.stakeholders.find((s) => s.accountId === 'acc-000002' && s.deletedAt === null);
    if (!eb) throw new Error('the sample has people');
    await editChain(db, 'acc-000002', { kind: 'updateStakeholder', id: eb.id, patch: { stance: eb.stance === 2 ? -2 : 2 } });
    expect(await readChainStandings(db)).toBeNull();
    const after = await refreshChainStandings(db);
    expect(after['acc-000002']).not.toEqual(chainStandings(data.stakeholders)['acc-000002']);
    expect(await readChainStandings(db)).toEqual(after);

    // A whole workspace imported over it: stale again (meta is replaced with it).
    await replaceWorkspace(db, buildSampleWorkspace({ accounts: 2 }));
    expect(await readChainStandings(db)).toBeNull();
  });
});

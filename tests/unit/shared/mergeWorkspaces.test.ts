import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLES, type WorkspaceTables } from '../../../shared/domain/workspace';
import { checkReferences } from '../../../shared/fileFormat/references';
import { mergeTables, mergeWorkspaces, recordKey, type AnyRecord } from '../../../shared/merge/mergeWorkspaces';
import { sampleTables } from '../../support/sampleWorkspace';

const tablesOf = (accounts: number): WorkspaceTables => sampleTables({ accounts, stakeholders: 4 });

const at = (minute: number) => `2026-06-01T08:${String(minute).padStart(2, '0')}:00.000Z`;

/** Another person's copy of `from`: some records edited, some deleted, some added, at generated times. */
const edits = fc.record({
  renamed: fc.array(fc.tuple(fc.nat({ max: 7 }), fc.string({ maxLength: 6 }), fc.nat({ max: 3 })), { maxLength: 6 }),
  deleted: fc.array(fc.tuple(fc.nat({ max: 7 }), fc.nat({ max: 3 })), { maxLength: 3 }),
  added: fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.nat({ max: 3 })), { maxLength: 3 }),
});

type Edits = typeof edits extends fc.Arbitrary<infer T> ? T : never;

function edited(from: WorkspaceTables, change: Edits, tag: string): WorkspaceTables {
  const next = structuredClone(from);
  for (const [i, name, minute] of change.renamed) {
    const person = next.stakeholders[i % next.stakeholders.length];
    if (person) Object.assign(person, { title: `${tag}${name}`, updatedAt: at(minute) });
  }
  for (const [i, minute] of change.deleted) {
    const opportunity = next.opportunities[i % next.opportunities.length];
    if (opportunity) Object.assign(opportunity, { deletedAt: at(minute), updatedAt: at(minute) });
  }
  change.added.forEach(([name, minute], i) => {
    next.competitors.push({ ...next.competitors[0]!, id: `comp-${tag}-${i}`, name: `${tag}${name}`, createdAt: at(minute), updatedAt: at(minute) });
  });
  return next;
}

describe('merging workspaces', () => {
  const start = tablesOf(2);

  it('merging a workspace into itself changes nothing', () => {
    const outcome = mergeWorkspaces(start, structuredClone(start));
    expect(outcome.tables).toEqual(start);
    expect([...outcome.counts.values()].flatMap((tables) => Object.values(tables)).every((c) => c.added + c.updated + c.deleted + c.conflicts === 0)).toBe(true);
  });

  it('properties: two managers’ copies of one workspace merge the same in any order, no change disappears unlisted, the result passes the reference checks', () => {
    const ancestor = new Map(TABLES.flatMap((table) => (start[table] as AnyRecord[]).map((r) => [recordKey(table, r.id), r] as const)));
    const baseOf = (table: (typeof TABLES)[number], record: AnyRecord) => ancestor.get(recordKey(table, record.id));
    fc.assert(
      fc.property(edits, edits, (a, b) => {
        const files = [
          { label: 'a.json', tables: edited(start, a, 'A'), baseOf },
          { label: 'b.json', tables: edited(start, b, 'B'), baseOf },
        ];
        const ab = mergeTables(start, files);
        const ba = mergeTables(start, [...files].reverse());
        expect(ab.tables).toEqual(ba.tables);
        expect(ab.conflicts.map((c) => `${c.key}:${c.chosen}`).sort()).toEqual(ba.conflicts.map((c) => `${c.key}:${c.chosen}`).sort());
        const listed = new Set(ab.conflicts.map((c) => c.key.slice(0, c.key.indexOf('#'))));
        for (const file of files) {
          const result = new Map(ab.tables.stakeholders.map((r) => [r.id, r]));
          for (const person of file.tables.stakeholders) {
            const before = ancestor.get(recordKey('stakeholders', person.id));
            // A title a manager changed is in the result, or the record is listed for the person to choose.
            if (before && before.title !== person.title && result.get(person.id)?.title !== person.title) expect(listed.has(recordKey('stakeholders', person.id))).toBe(true);
          }
        }
        expect(checkReferences(ab.tables).total).toBe(0);
      }),
      { numRuns: 120 },
    );
  });

  it('a field changed on both sides since the common ancestor is listed with both values, and a choice keeps ours', () => {
    const base = start.stakeholders[0]!;
    const mine = structuredClone(start);
    const theirs = structuredClone(start);
    Object.assign(mine.stakeholders[0]!, { title: '总经理（我方记录）', updatedAt: at(10) });
    Object.assign(theirs.stakeholders[0]!, { title: '董事长', stance: 2, updatedAt: at(20) });
    const baseOf = (_table: string, record: AnyRecord) => (record.id === base.id ? (base as unknown as AnyRecord) : record);
    const outcome = mergeWorkspaces(mine, theirs, baseOf);
    expect(outcome.conflicts.map((c) => [c.key, c.values.map((v) => v.value), c.chosen])).toEqual([[`stakeholders/${base.id}#title`, ['总经理（我方记录）', '董事长'], 'theirs']]);
    // The stance only they changed is taken without asking.
    expect(outcome.tables.stakeholders[0]).toMatchObject({ title: '董事长', stance: 2 });
    const kept = mergeTables(mine, [{ label: 'theirs', tables: theirs, baseOf }], {}, new Map([[`stakeholders/${base.id}#title`, 'ours']]));
    expect(kept.tables.stakeholders[0]).toMatchObject({ title: '总经理（我方记录）', stance: 2 });
  });

  it('a reporting loop that only the combination closes is reported and never stored', () => {
    const mine = structuredClone(start);
    const theirs = structuredClone(start);
    const [boss, report] = [start.stakeholders[0]!, start.stakeholders[1]!];
    expect(report.reportsToId).toBe(boss.id);
    // They make the boss report to his own report (in theirs only the boss changes; the report still reports to him).
    Object.assign(theirs.stakeholders[0]!, { reportsToId: report.id, updatedAt: at(30) });
    Object.assign(theirs.stakeholders[1]!, { reportsToId: null, updatedAt: at(30) });
    Object.assign(mine.stakeholders[1]!, { reportsToId: boss.id, title: '新职务', updatedAt: at(40) });
    const outcome = mergeWorkspaces(mine, theirs);
    expect(outcome.cycles).toEqual([{ table: 'stakeholders', chain: '关键人1 → 关键人2 → 关键人1', file: 'theirs' }]);
    expect(checkReferences(outcome.tables).total).toBe(0);
  });
});

describe('a slice: some accounts with everything that belongs to them', () => {
  it('holds the chosen accounts, their group parents, their records and the team members named, and passes the checks on its own', async () => {
    const { sliceWorkspace } = await import('../../../shared/fileFormat/slice');
    const whole = tablesOf(3);
    whole.accounts[2] = { ...whole.accounts[2]!, parentId: whole.accounts[0]!.id };
    whole.teamMembers.push({ ...whole.teamMembers[0]!, id: 'tm-unused', name: '不相关' });
    const slice = sliceWorkspace(whole, [whole.accounts[2].id]);
    expect(slice.accounts.map((a) => a.id).sort()).toEqual([whole.accounts[0]!.id, whole.accounts[2].id].sort());
    expect(new Set(slice.stakeholders.map((s) => s.accountId))).toEqual(new Set(slice.accounts.map((a) => a.id)));
    expect(slice.contracts).toHaveLength(2);
    expect(slice.teamMembers.map((m) => m.id)).not.toContain('tm-unused');
    expect(checkReferences(slice).total).toBe(0);
    // Merged into the director's workspace, a slice adds nothing it does not hold and takes nothing away.
    const outcome = mergeWorkspaces(whole, slice);
    expect(outcome.tables).toEqual(mergeWorkspaces(whole, whole).tables);
  });
});

describe('the same customer created twice', () => {
  it('is found by name across ids, and linking moves everything of theirs onto ours', async () => {
    const { findDuplicateAccounts, linkAccounts } = await import('../../../shared/merge/duplicateAccounts');
    const ours = tablesOf(1);
    const theirs = tablesOf(1);
    // The other manager's 示例客户1号 under another id, with its own people and contract.
    const renamed = (id: string) => id.replace('000001', '777777');
    theirs.accounts = theirs.accounts.map((a) => ({ ...a, id: renamed(a.id), name: ` ${a.name.replace('1', '１')} ` }));
    for (const table of ['stakeholders', 'influenceLinks', 'competitors', 'opportunities', 'activities', 'planRows', 'contracts', 'renewals', 'whitespaceCells', 'chartSnapshots'] as const) {
      (theirs[table] as { id: string; accountId: string }[]) = (theirs[table] as { id: string; accountId: string }[]).map((r) => ({ ...r, id: `${r.id}-b`, accountId: renamed(r.accountId) }));
    }
    theirs.stakeholders = theirs.stakeholders.map((s) => ({ ...s, reportsToId: s.reportsToId ? `${s.reportsToId}-b` : null }));
    theirs.influenceLinks = theirs.influenceLinks.map((l) => ({ ...l, fromId: `${l.fromId}-b`, toId: `${l.toId}-b` }));
    theirs.opportunities = theirs.opportunities.map((o) => ({ ...o, competitorIds: o.competitorIds.map((c) => `${c}-b`) }));
    theirs.activities = theirs.activities.map((a) => ({ ...a, stakeholderIds: a.stakeholderIds.map((s) => `${s}-b`), opportunityId: a.opportunityId ? `${a.opportunityId}-b` : null }));
    theirs.chartSnapshots = theirs.chartSnapshots.map((s) => ({ ...s, stakeholders: s.stakeholders.map((p) => ({ ...p, accountId: renamed(p.accountId) })) }));

    const pairs = findDuplicateAccounts(ours, theirs);
    expect(pairs).toEqual([{ name: ours.accounts[0]!.name, oursId: ours.accounts[0]!.id, theirsId: renamed(ours.accounts[0]!.id) }]);

    const merged = mergeWorkspaces(ours, theirs).tables;
    const linked = linkAccounts(merged, pairs[0]!.theirsId, pairs[0]!.oursId, '2026-12-01T00:00:00.000Z');
    expect(linked.accounts.filter((a) => a.deletedAt === null).map((a) => a.id)).toEqual([ours.accounts[0]!.id]);
    expect(new Set(linked.stakeholders.map((s) => s.accountId))).toEqual(new Set([ours.accounts[0]!.id]));
    expect(linked.contracts).toHaveLength(2);
    expect(checkReferences(linked).total).toBe(0);
  });
});

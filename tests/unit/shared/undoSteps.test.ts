/** The rule every undo follows: put back what the step changed, only while nothing changed since. */
import { describe, expect, it } from 'vitest';
import { collapseChanges, placeOf, planUndo, type RecordChange, type StoredRecord } from '../../../shared/domain/undoSteps';

const deal = (fields: Partial<StoredRecord> = {}): StoredRecord => ({ id: 'opp-1', name: '扩容二期', amount: 80_000_000, updatedAt: '2026-12-01T08:00:00.000Z', deletedAt: null, ...fields });
const deleted = deal({ updatedAt: '2026-12-07T09:00:00.000Z', deletedAt: '2026-12-07T09:00:00.000Z' });
const NOW = '2026-12-07T10:00:00.000Z';

describe('undo steps', () => {
  it('keep one change per record: the first before, the last after; a record written back unchanged is no change', () => {
    const renamed = deal({ name: '扩容三期' });
    const changes: RecordChange[] = [
      { table: 'opportunities', id: 'opp-1', before: deal(), after: renamed },
      { table: 'opportunities', id: 'opp-1', before: renamed, after: deleted },
      { table: 'accounts', id: 'acc-1', before: { id: 'acc-1', name: '华东电网' }, after: { id: 'acc-1', name: '华东电网' } },
    ];
    expect(collapseChanges(changes)).toEqual([{ table: 'opportunities', id: 'opp-1', before: deal(), after: deleted }]);
  });

  it('put the records back as they were, stamped now so a merge carries the undo to the others', () => {
    const plan = planUndo([{ table: 'opportunities', id: 'opp-1', before: deal(), after: deleted }], () => deleted, NOW);
    expect(plan).toEqual({ ok: true, writes: [{ table: 'opportunities', id: 'opp-1', record: deal({ updatedAt: NOW }) }] });
  });

  it('remove a record the step created', () => {
    const plan = planUndo([{ table: 'opportunities', id: 'opp-1', before: null, after: deal() }], () => deal(), NOW);
    expect(plan).toEqual({ ok: true, writes: [{ table: 'opportunities', id: 'opp-1', record: null }] });
  });

  it('refuse the whole step, naming the record, when one of its records changed since — nothing newer is overwritten', () => {
    const changes: RecordChange[] = [
      { table: 'opportunities', id: 'opp-1', before: deal(), after: deleted },
      { table: 'accounts', id: 'acc-1', before: { id: 'acc-1', name: '华东电网' }, after: { id: 'acc-1', name: '华东电网（新）' } },
    ];
    const current = (table: string) => (table === 'accounts' ? { id: 'acc-1', name: '国网华东' } : deleted);
    expect(planUndo(changes, current, NOW)).toEqual({ ok: false, changedSince: [changes[1]] });
    // A record removed since counts as changed too.
    expect(planUndo(changes.slice(0, 1), () => undefined, NOW)).toEqual({ ok: false, changedSince: changes.slice(0, 1) });
  });

  it('know the places two live records may not share: a whitespace cell and a renewal period', () => {
    const cell = { id: 'ws-1', accountId: 'acc-1', businessUnit: ' 华东 ', productLine: '云' };
    expect(placeOf('whitespaceCells', cell)?.key).toBe(placeOf('whitespaceCells', { ...cell, id: 'ws-2', businessUnit: '华东' })?.key);
    expect(placeOf('renewals', { id: 'r-1', accountId: 'acc-1', period: '2026' })).toEqual({ path: 'period', key: 'acc-1\u00002026' });
    expect(placeOf('opportunities', deal())).toBeNull();
  });
});

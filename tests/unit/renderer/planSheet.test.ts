/** The plan sheet's logic: cells typed and pasted, ordering, filtering, grouping, the row store. */
import { describe, expect, it } from 'vitest';
import { COLUMN_BY_ID, type PlanColumn, type PlanColumnId } from '../../../renderer/views/plan/planColumns';
import { applyCells, clearCells, fillDownCells, pasteCells, revisedRows } from '../../../renderer/views/plan/planEdits';
import { PlanHistory, PlanRowStore } from '../../../renderer/views/plan/planRowStore';
import { filterIds, groupItems, sortIds, totalsOf } from '../../../renderer/views/plan/planSheetModel';
import { pipelineKey } from '../../../shared/methods/planRisk';
import { account, member, planContext, planRow, tZh, yuan } from '../../support/planFixtures';

const col = (id: PlanColumnId): PlanColumn => {
  const c = COLUMN_BY_ID.get(id);
  if (!c) throw new Error(id);
  return c;
};

const accounts = [account('a1', '华东电网', { tier: 'STRATEGIC' }), account('a2', '北京银行', { tier: 'KEY' }), account('a3', '阿里巴巴'), account('a4', '重名'), account('a5', '重名')];
const team = [member('m1', '王经理'), member('m2', 'Li Lei')];
const ctx = planContext(accounts, team, new Map([[pipelineKey('a1', 'CRM'), { weighted: yuan(900_000), won: 0, count: 2 }]]));
const rows = new Map(
  [
    planRow('r1', 'a1', { target: yuan(1_000_000), floorTarget: yuan(800_000), ownerId: 'm1' }),
    planRow('r2', 'a2', { target: yuan(500_000), ownerId: 'm2' }),
    planRow('r3', 'a3', { target: 0 }),
  ].map((r) => [r.id, r]),
);

describe('typing into cells', () => {
  it('reads amounts with 万 and separators, code labels in either language, owners and accounts by name', () => {
    const result = applyCells(
      [
        { rowId: 'r2', column: col('target'), input: '60万' },
        { rowId: 'r2', column: col('q1'), input: '150,000.50' },
        { rowId: 'r2', column: col('relationshipStage'), input: 'Stability' },
        { rowId: 'r2', column: col('funnelStage'), input: '谈判' },
        { rowId: 'r2', column: col('owner'), input: ' 王经理 ' },
        { rowId: 'r3', column: col('account'), input: '北京银行' },
      ],
      rows,
      ctx,
    );
    expect(result.problems.map((p) => p.error.code)).toEqual(['unknownOption']);
    const r2 = result.after.find((r) => r.id === 'r2');
    expect(r2).toMatchObject({ target: yuan(600_000), quarters: [15_000_050, 0, 0, 0], relationshipStage: 'STABILITY', ownerId: 'm1' });
    expect(result.after.find((r) => r.id === 'r3')?.accountId).toBe('a2');
    expect(result.before.map((r) => r.id).sort()).toEqual(['r2', 'r3']);
  });

  it('reports each bad cell with what was typed and keeps the good ones', () => {
    const result = applyCells(
      [
        { rowId: 'r1', column: col('target'), input: 'abc' },
        { rowId: 'r1', column: col('q2'), input: '-5' },
        { rowId: 'r1', column: col('q3'), input: '1.234' },
        { rowId: 'r1', column: col('account'), input: '重名' },
        { rowId: 'r1', column: col('owner'), input: '张三' },
        { rowId: 'r1', column: col('weighted'), input: '1' },
        { rowId: 'r1', column: col('floorTarget'), input: '200万' },
        { rowId: 'r1', column: col('product'), input: '数据中台' },
      ],
      rows,
      ctx,
    );
    expect(result.problems.map((p) => [p.column, p.input, p.error.code])).toEqual([
      ['target', 'abc', 'notANumber'],
      ['q2', '-5', 'negative'],
      ['q3', '1.234', 'tooManyDecimals'],
      ['account', '重名', 'ambiguousAccount'],
      ['owner', '张三', 'unknownOwner'],
      ['weighted', '1', 'readOnly'],
      ['floorTarget', '200万', 'floorAboveTarget'],
    ]);
    expect(result.after).toHaveLength(1);
    expect(result.after[0]).toMatchObject({ product: '数据中台', target: yuan(1_000_000), floorTarget: yuan(800_000) });
  });

  it('checks the floor against the target as the row stands after the earlier cells of the same paste', () => {
    const result = applyCells(
      [
        { rowId: 'r1', column: col('target'), input: '300万' },
        { rowId: 'r1', column: col('floorTarget'), input: '200万' },
      ],
      rows,
      ctx,
    );
    expect(result.problems).toEqual([]);
    expect(result.after[0]).toMatchObject({ target: yuan(3_000_000), floorTarget: yuan(2_000_000) });
  });

  it('does not count a cell typed with its current value as a change', () => {
    expect(applyCells([{ rowId: 'r1', column: col('target'), input: '1,000,000.00' }], rows, ctx).after).toEqual([]);
  });

  it('lists changed targets that were already set as revisions, not first targets', () => {
    const result = applyCells(
      [
        { rowId: 'r1', column: col('target'), input: '90万' },
        { rowId: 'r3', column: col('target'), input: '10万' },
      ],
      rows,
      ctx,
    );
    expect(revisedRows(result).map((r) => [r.after.id, r.before.target, r.after.target])).toEqual([['r1', yuan(1_000_000), yuan(900_000)]]);
  });
});

describe('paste, clear and fill down', () => {
  const columns = [col('account'), col('product'), col('potential'), col('target')];
  it('lays the block from the top-left cell and returns the lines below the last row', () => {
    const { cells, lines, overflow } = pasteCells(
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
      { rowIds: ['r1', 'r2'], columns: columns.slice(1, 3) },
      columns,
      1,
    );
    expect(cells.map((c) => [c.rowId, c.column.id, c.input, lines.get(c)])).toEqual([
      ['r1', 'product', 'a', 1],
      ['r1', 'potential', 'b', 1],
      ['r2', 'product', 'c', 2],
      ['r2', 'potential', 'd', 2],
    ]);
    expect(overflow).toEqual([['e', 'f']]);
  });

  it('fills the whole selection with a single copied value, as Excel does', () => {
    const { cells } = pasteCells([['5万']], { rowIds: ['r1', 'r2'], columns: [col('q1'), col('q2')] }, columns, 0);
    expect(cells.map((c) => `${c.rowId}.${c.column.id}=${c.input}`)).toEqual(['r1.q1=5万', 'r1.q2=5万', 'r2.q1=5万', 'r2.q2=5万']);
  });

  it('clears editable cells but keeps the account a row needs', () => {
    const cells = clearCells({ rowIds: ['r1'], columns: [col('account'), col('product'), col('weighted'), col('q1')] });
    expect(cells.map((c) => c.column.id)).toEqual(['product', 'q1']);
  });

  it('fills down the top row of the selection', () => {
    const cells = fillDownCells({ rowIds: ['r1', 'r2', 'r3'], columns: [col('owner'), col('coverage')] }, rows, (c, r) => c.text(r, ctx, tZh));
    const result = applyCells(cells, rows, ctx);
    expect(result.after.map((r) => [r.id, r.ownerId])).toEqual([
      ['r2', 'm1'],
      ['r3', 'm1'],
    ]);
  });
});

describe('sheet order, filters and groups', () => {
  const ids = ['r1', 'r2', 'r3'];
  it('sorts text by Chinese collation (pinyin) and keeps empty cells last both ways', () => {
    expect(sortIds(ids, rows, col('account'), false, ctx, tZh)).toEqual(['r3', 'r2', 'r1']); // 阿里巴巴 a, 北京银行 b, 华东电网 h
    expect(sortIds(ids, rows, col('coverage'), false, ctx, tZh)).toEqual(['r2', 'r1', 'r3']); // 0 %, 90 %, no target
    expect(sortIds(ids, rows, col('coverage'), true, ctx, tZh)).toEqual(['r1', 'r2', 'r3']);
  });

  it('filters by contained text and by comparisons on amounts and percentages', () => {
    expect(filterIds(ids, rows, { account: '银行' }, ctx, tZh)).toEqual(['r2']);
    expect(filterIds(ids, rows, { target: '>=50万' }, ctx, tZh)).toEqual(['r1', 'r2']);
    expect(filterIds(ids, rows, { target: '>60万' }, ctx, tZh)).toEqual(['r1']);
    expect(filterIds(ids, rows, { coverage: '<100%' }, ctx, tZh)).toEqual(['r1', 'r2']);
    expect(filterIds(ids, rows, { risk: '有风险' }, ctx, tZh)).toEqual(['r1', 'r2']);
    expect(filterIds(ids, rows, { target: '>abc' }, ctx, tZh)).toEqual([]);
  });

  it('groups by owner with subtotals; rows without an owner form the last group', () => {
    const items = groupItems(ids, rows, 'owner', new Set(), ctx, tZh);
    // zh-CN collation puts Han names before Latin ones.
    expect(items.map((i) => (i.kind === 'group' ? `#${i.label}` : i.id))).toEqual(['#王经理', 'r1', '#Li Lei', 'r2', '#', 'r3']);
    const collapsed = groupItems(ids, rows, 'owner', new Set(['owner:王经理']), ctx, tZh);
    expect(collapsed.map((i) => (i.kind === 'group' ? `#${i.label}` : i.id))).toEqual(['#王经理', '#Li Lei', 'r2', '#', 'r3']);
    const totals = totalsOf(ids, rows, ctx);
    expect(totals).toMatchObject({ count: 3, target: yuan(1_500_000), floor: yuan(800_000), weighted: yuan(900_000), required: yuan(1_950_000), gap: yuan(1_050_000), atRisk: true });
  });
});

describe('row store and history', () => {
  it('publishes a new snapshot per change and a new id list only when rows join or leave', () => {
    const store = new PlanRowStore();
    store.reset([...rows.values()]);
    const first = store.getSnapshot();
    store.apply([{ ...planRow('r1', 'a1'), target: 5 }]);
    const edited = store.getSnapshot();
    expect(edited).not.toBe(first);
    expect(edited.ids).toBe(first.ids);
    store.apply([{ ...planRow('r2', 'a2'), deletedAt: '2026-11-22T00:00:00.000Z' }, planRow('r9', 'a1')]);
    expect(store.getSnapshot().ids).toEqual(['r1', 'r3', 'r9']);
  });

  it('undoes and redoes in order and forgets the redo branch after a new edit', () => {
    const history = new PlanHistory(2);
    const entry = (n: number) => ({ before: [planRow(`b${n}`, 'a1')], after: [planRow(`a${n}`, 'a1')] });
    const [e1, e2, e3] = [entry(1), entry(2), entry(3)];
    history.push(e1);
    history.push(e2);
    history.push(e3);
    expect(history.undo()).toBe(e3);
    expect(history.undo()).toBe(e2);
    expect(history.undo()).toBeNull(); // the limit of two dropped the oldest
    expect(history.redo()).toBe(e2);
    history.push(e1);
    expect(history.canRedo).toBe(false);
  });
});

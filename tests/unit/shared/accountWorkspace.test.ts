/**
 * The account page's methods: the whitespace grid and its totals, the purchase-potential fallback order
 * (drivers → whitespace → plan, seed 002 steps 1–2: 驱动因素 × 驱动量), the header's year figures and a
 * group's roll-up, and the whitespace rule shared by the editor and restore().
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_PROBABILITIES } from '../../../shared/domain/settings';
import { repeatedWhitespaceCells, whitespaceCellProblems } from '../../../shared/domain/whitespaceRules';
import type { WhitespaceCell } from '../../../shared/domain/renewal';
import { accountYearFigures, rollUpFigures, yearFiguresByAccount } from '../../../shared/methods/accountFigures';
import { accountTree, rollUpTree, subtreeSize, visibleLines } from '../../../shared/methods/accountTree';
import { parentProblem } from '../../../shared/domain/accountRules';
import { planPotentialByAccount, resolvePurchasePotential } from '../../../shared/methods/accountPotential';
import { whitespaceGrid, whitespacePotential, whitespaceTotals } from '../../../shared/methods/whitespace';

const wan = 1_000_000; // 万元 in minor units
const at = '2026-01-01T00:00:00.000Z';
const cell = (businessUnit: string, productLine: string, status: WhitespaceCell['status'], potential: number | null, extra: Partial<WhitespaceCell> = {}): WhitespaceCell => ({
  id: `ws-${businessUnit}-${productLine}`,
  createdAt: at,
  updatedAt: at,
  deletedAt: null,
  accountId: 'acc-1',
  businessUnit,
  productLine,
  status,
  competitorName: '',
  potential,
  opportunityIds: [],
  notes: '',
  ...extra,
});

describe('whitespace grid (白区分析)', () => {
  const cells = [cell('西安分公司', 'CRM', 'INSTALLED', 120 * wan), cell('西安分公司', '计费', 'OPEN', 300 * wan), cell('宝鸡分公司', 'crm ', 'PIPELINE', 80 * wan), cell('宝鸡分公司', '数据中台', 'NOT_RELEVANT', 50 * wan)];

  it('rows are the subsidiaries then the cells’ own units; columns are the workspace’s product lines then lines only cells name', () => {
    const grid = whitespaceGrid(cells, ['CRM', '计费', '客服'], ['咸阳分公司', '西安分公司']);
    expect(grid.units).toEqual(['咸阳分公司', '西安分公司', '宝鸡分公司']);
    expect(grid.lines).toEqual(['CRM', '计费', '客服', '数据中台']);
    // "crm " and "CRM" are one line: the cell is found under the listed spelling.
    expect(grid.cellAt('宝鸡分公司', 'CRM')?.status).toBe('PIPELINE');
    expect(grid.cellAt('咸阳分公司', 'CRM')).toBeUndefined();
  });

  it('totals count cells per status and add the estimates of the relevant ones (installed + pipeline + open)', () => {
    const totals = whitespaceTotals([...cells, cell('咸阳分公司', 'CRM', 'OPEN', null)]);
    expect(totals.cells).toEqual({ INSTALLED: 1, PIPELINE: 1, OPEN: 2, NOT_RELEVANT: 1 });
    expect(totals.potential).toEqual({ INSTALLED: 120 * wan, PIPELINE: 80 * wan, OPEN: 300 * wan, NOT_RELEVANT: 50 * wan });
    expect(totals.relevantPotential).toBe(500 * wan);
    expect(totals.estimated).toBe(3);
    expect(whitespacePotential(cells)).toBe(500 * wan);
    expect(whitespacePotential([cell('A', 'B', 'OPEN', null), cell('A', 'C', 'NOT_RELEVANT', 9)])).toBeNull();
  });
});

describe('purchase potential fallback (drivers → whitespace → plan)', () => {
  // Seed 002: 陕西省电信 — 用户数 as the driver, what each user buys a year as the purchase per unit.
  const drivers = [{ quantity: 2_000, purchasePerUnit: 50_000 }];
  const whitespace = [cell('西安分公司', '计费', 'OPEN', 300 * wan)];

  it('takes the drivers when they add up to something', () => {
    expect(resolvePurchasePotential({ drivers, whitespace, plan: 900 * wan })).toEqual({ amount: 100_000_000, source: 'DRIVERS' });
  });

  it('else the whitespace estimate, else the plan’s 购买潜力, else unknown — never 0 or 1', () => {
    expect(resolvePurchasePotential({ drivers: [{ quantity: 0, purchasePerUnit: 50_000 }], whitespace, plan: 900 * wan })).toEqual({ amount: 300 * wan, source: 'WHITESPACE' });
    expect(resolvePurchasePotential({ drivers: [], whitespace: [cell('A', 'B', 'OPEN', null)], plan: 900 * wan })).toEqual({ amount: 900 * wan, source: 'PLAN' });
    expect(resolvePurchasePotential({ drivers: [], whitespace: [], plan: null })).toBeNull();
    expect(resolvePurchasePotential({ drivers: [], whitespace: [], plan: 0 })).toBeNull();
  });

  it('sums the plan rows’ 购买潜力 per account, leaving out rows without one', () => {
    const sums = planPotentialByAccount([
      { accountId: 'a', potential: 100 },
      { accountId: 'a', potential: null },
      { accountId: 'a', potential: 50 },
      { accountId: 'b', potential: null },
    ]);
    expect(sums).toEqual({ a: 150 });
  });
});

describe('account year figures and group roll-ups', () => {
  const base = { year: 2026, today: '2026-06-30', probabilities: DEFAULT_STAGE_PROBABILITIES };
  const installment = (amount: number, received: number, dueDate: string | null) => ({ id: `i-${amount}-${dueDate}`, stage: null, label: '', shareBasisPoints: 0, amount, received, dueDate, receivedDate: null, overpayment: false });

  it('adds the year’s targets, weights the deals closing that year or undated, counts won business and money overdue today', () => {
    const figures = accountYearFigures({
      ...base,
      planRows: [
        { year: 2026, target: 1000 * wan, floorTarget: 600 * wan },
        { year: 2025, target: 99 * wan, floorTarget: 0 },
      ],
      opportunities: [
        { amount: 500 * wan, stage: 'BIDDING', expectedClose: '2026-09-30' }, // 60 % → 300万
        { amount: 200 * wan, stage: 'WON', expectedClose: '2026-03-01' }, // 100 % → 200万, won
        { amount: 100 * wan, stage: 'LEAD', expectedClose: null }, // 5 % → 5万
        { amount: 900 * wan, stage: 'NEGOTIATION', expectedClose: '2027-01-15' }, // next year: left out
        { amount: 50 * wan, stage: 'LOST', expectedClose: '2026-02-01' },
      ],
      contracts: [{ installments: [installment(100 * wan, 40 * wan, '2026-05-01'), installment(100 * wan, 0, '2026-12-01')] }],
    });
    expect(figures).toEqual({ target: 1000 * wan, floor: 600 * wan, weighted: 505 * wan, won: 200 * wan, coverage: 0.505, overdue: 60 * wan, openOpportunities: 3 });
  });

  it('a group’s figures are its accounts’ sums, its coverage recomputed from them (not averaged)', () => {
    const a = { target: 100, floor: 50, weighted: 150, won: 0, coverage: 1.5, overdue: 10, openOpportunities: 1 };
    const b = { target: 300, floor: 0, weighted: 50, won: 20, coverage: 50 / 300, overdue: 0, openOpportunities: 2 };
    expect(rollUpFigures([a, b])).toEqual({ target: 400, floor: 50, weighted: 200, won: 20, coverage: 0.5, overdue: 10, openOpportunities: 3 });
    expect(rollUpFigures([]).coverage).toBeNull();
  });
});

describe('one whitespace cell per business unit × product line', () => {
  it('finds live repeats as people read names, leaving tombstones alone', () => {
    const cells = [cell('西安分公司', 'CRM', 'OPEN', null), cell('西安分公司', 'crm', 'INSTALLED', null), cell('西安 分公司', 'CRM', 'OPEN', null, { deletedAt: at }), cell('西安分公司', 'CRM', 'OPEN', null, { accountId: 'acc-2' })];
    expect(repeatedWhitespaceCells(cells)).toEqual([{ index: 1, first: 0 }]);
  });

  it('the editor’s check names the cell already there, and lets a cell be saved over itself', () => {
    const existing = cell('西安分公司', 'CRM', 'OPEN', null);
    const draft = { accountId: 'acc-1', businessUnit: '西安分公司', productLine: 'CRM', status: 'PIPELINE' };
    expect(whitespaceCellProblems(draft, null, [existing])).toEqual({ ok: false, problems: [{ path: 'productLine', code: 'duplicate_cell', params: { other: '西安分公司 × CRM' } }] });
    expect(whitespaceCellProblems(draft, existing.id, [existing]).ok).toBe(true);
    const empty = whitespaceCellProblems({ ...draft, businessUnit: ' ' }, null, []);
    expect(empty.ok ? [] : empty.problems.map((p) => [p.path, p.code])).toEqual([['businessUnit', 'required']]);
  });
});

describe('group tree (集团/子公司) and its roll-ups', () => {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');
  const acc = (id: string, name: string, parentId: string | null = null) => ({ id, name, parentId });
  const figures = (target: number, weighted: number, won: number, overdue: number) => ({ target, floor: 0, weighted, won, coverage: null, overdue, openOpportunities: 1 });

  it('puts subsidiaries under their group at any depth; a missing parent leaves them at the top', () => {
    const forest = accountTree([acc('g', '中国移动集团'), acc('s2', '陕西移动', 'g'), acc('s1', '甘肃移动', 'g'), acc('x', '西安分公司', 's2'), acc('o', '孤儿', 'gone'), acc('a', '阿里')], byName);
    expect(forest.map((n) => n.account.id)).toEqual(['a', 'o', 'g']);
    const group = forest[2];
    expect(group?.children.map((n) => [n.account.id, n.depth])).toEqual([
      ['s1', 1],
      ['s2', 1],
    ]);
    expect(group?.children[1]?.children.map((n) => [n.account.id, n.depth])).toEqual([['x', 2]]);
    expect(group ? subtreeSize(group) : 0).toBe(3);
  });

  it('shows the roots, and under an open group its subsidiaries in order (closed ones hide theirs)', () => {
    const forest = accountTree([acc('g', '中国移动集团'), acc('s2', '陕西移动', 'g'), acc('s1', '甘肃移动', 'g'), acc('x', '西安分公司', 's2'), acc('a', '阿里')], byName);
    const ids = (expanded: string[]) => visibleLines(forest, new Set(expanded)).map((l) => `${l.node.account.id}${l.hasChildren ? (l.open ? '-' : '+') : ''}`);
    expect(ids([])).toEqual(['a', 'g+']);
    expect(ids(['g'])).toEqual(['a', 'g-', 's1', 's2+']);
    expect(ids(['g', 's2'])).toEqual(['a', 'g-', 's1', 's2-', 'x']);
    // A subsidiary kept open under a closed group stays hidden.
    expect(ids(['s2'])).toEqual(['a', 'g+']);
  });

  it('refuses to put a group under itself or under one of its own subsidiaries (the drag and the parent field alike)', () => {
    const accounts = [acc('g', '集团'), acc('s', '子公司', 'g'), acc('x', '孙公司', 's'), acc('o', '其他集团')];
    expect(parentProblem(accounts, 'g', 'g')?.code).toBe('self_reference');
    expect(parentProblem(accounts, 'g', 'x')?.code).toBe('cycle');
    expect(parentProblem(accounts, 's', 'o')).toBeNull();
    expect(parentProblem(accounts, 'x', null)).toBeNull();
  });

  it('cuts a loop a file might still hold instead of losing its accounts', () => {
    const forest = accountTree([acc('a', '甲', 'b'), acc('b', '乙', 'a')], byName);
    expect(forest.map((n) => [n.account.id, n.children.map((c) => c.account.id)])).toEqual([['a', ['b']]]);
  });

  it('rolls up a group of three subsidiaries: the sums of all below it, its coverage from the sums', () => {
    const forest = accountTree([acc('g', '集团'), acc('s1', '一', 'g'), acc('s2', '二', 'g'), acc('s3', '三', 'g')], byName);
    const own = new Map([
      ['g', figures(100, 50, 0, 0)],
      ['s1', figures(200, 100, 30, 5)],
      ['s2', figures(300, 300, 0, 0)],
      ['s3', figures(400, 150, 70, 10)],
    ]);
    const totals = rollUpTree(forest, own);
    expect(totals.get('g')).toEqual({ target: 1000, floor: 0, weighted: 600, won: 100, coverage: 0.6, overdue: 15, openOpportunities: 4 });
    expect(totals.get('s2')).toEqual({ ...figures(300, 300, 0, 0), coverage: 1 });
  });

  it('gives every account its year figures from workspace-wide lists', () => {
    const byAccount = yearFiguresByAccount({
      year: 2026,
      today: '2026-06-30',
      probabilities: DEFAULT_STAGE_PROBABILITIES,
      targets: { a: { target: 1000, floor: 400 } },
      opportunities: [{ accountId: 'a', amount: 500, stage: 'WON', expectedClose: '2026-01-01' }],
      contracts: [],
      accountIds: ['a', 'b'],
    });
    expect(byAccount.get('a')).toMatchObject({ target: 1000, floor: 400, weighted: 500, won: 500, coverage: 0.5 });
    expect(byAccount.get('b')).toMatchObject({ target: 0, weighted: 0, coverage: null });
  });
});

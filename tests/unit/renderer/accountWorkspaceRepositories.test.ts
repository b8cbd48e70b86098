/** The whitespace grid's and the competitors' repositories: what they refuse, what they write alongside. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { deleteCompetitor, saveCompetitor } from '../../../renderer/data/repositories/competitorRepository';
import { ConflictError } from '../../../renderer/data/repositories/editConflicts';
import { saveOpportunity } from '../../../renderer/data/repositories/opportunityRepository';
import { ValidationError } from '../../../renderer/data/repositories/validationError';
import { undoableStep } from '../../support/undoableStep';
import { deleteWhitespaceCell, saveOpportunityAtCell, saveWhitespaceCell } from '../../../renderer/data/repositories/whitespaceRepository';

let db: KeyplanDatabase;
let accountId: string;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new KeyplanDatabase(`account-workspace-test-${counter}`);
  await db.open();
  accountId = (await saveAccount(db, null, { name: '陕西移动' }, '2026-03-01')).id;
});
afterEach(async () => {
  await db.delete();
});

describe('whitespace repository', () => {
  it('refuses a second cell for the same business unit × product line, naming the one there', async () => {
    await saveWhitespaceCell(db, null, { accountId, businessUnit: '西安分公司', productLine: 'CRM', status: 'INSTALLED' });
    const refused = await saveWhitespaceCell(db, null, { accountId, businessUnit: '西安分公司', productLine: 'crm ', status: 'OPEN' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).problems).toEqual([{ path: 'productLine', code: 'duplicate_cell', params: { other: '西安分公司 × CRM' } }]);
    expect(await db.whitespaceCells.count()).toBe(1);
  });

  it('saves only what the person changed over what another window wrote meanwhile, and stops on a field changed on both sides', async () => {
    const loaded = await saveWhitespaceCell(db, null, { accountId, businessUnit: '西安分公司', productLine: 'CRM', status: 'OPEN' });
    const elsewhere = await saveWhitespaceCell(db, { loaded }, { ...loaded, competitorName: '华为' });
    const mine = await saveWhitespaceCell(db, { loaded }, { ...loaded, potential: 3_000_000 });
    expect(mine).toMatchObject({ competitorName: '华为', potential: 3_000_000, status: 'OPEN' });
    expect(mine.updatedAt >= elsewhere.updatedAt).toBe(true);
    await expect(saveWhitespaceCell(db, { loaded }, { ...loaded, competitorName: '中兴' })).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses linking another account’s opportunity', async () => {
    const other = (await saveAccount(db, null, { name: '别家' }, '2026-03-01')).id;
    const foreign = await saveOpportunity(db, null, { accountId: other, name: 'x' });
    await expect(saveWhitespaceCell(db, null, { accountId, businessUnit: 'A', productLine: 'B', opportunityIds: [foreign.id] })).rejects.toBeInstanceOf(ValidationError);
  });

  it('starting an opportunity from a cell links it there: open → in pipeline, installed stays, an empty place gets its cell', async () => {
    const open = await saveWhitespaceCell(db, null, { accountId, businessUnit: '西安分公司', productLine: '计费', status: 'OPEN', potential: 100 });
    const installed = await saveWhitespaceCell(db, null, { accountId, businessUnit: '西安分公司', productLine: 'CRM', status: 'INSTALLED' });
    const first = await saveOpportunityAtCell(db, { accountId, businessUnit: '西安分公司', productLine: '计费' }, { accountId, name: '西安分公司 · 计费', product: '计费' });
    expect(await db.whitespaceCells.get(open.id)).toMatchObject({ status: 'PIPELINE', opportunityIds: [first.id], potential: 100 });
    const expansion = await saveOpportunityAtCell(db, { accountId, businessUnit: '西安分公司', productLine: 'crm' }, { accountId, name: '扩容', product: 'CRM' });
    expect(await db.whitespaceCells.get(installed.id)).toMatchObject({ status: 'INSTALLED', opportunityIds: [expansion.id] });
    const fresh = await saveOpportunityAtCell(db, { accountId, businessUnit: '宝鸡分公司', productLine: 'CRM' }, { accountId, name: '宝鸡 CRM' });
    const cells = await db.whitespaceCells.where('accountId').equals(accountId).toArray();
    expect(cells.find((c) => c.businessUnit === '宝鸡分公司')).toMatchObject({ productLine: 'CRM', status: 'PIPELINE', opportunityIds: [fresh.id] });
  });

  it('an opportunity the repository refuses leaves the cell as it was', async () => {
    const open = await saveWhitespaceCell(db, null, { accountId, businessUnit: '西安分公司', productLine: '计费' });
    await expect(saveOpportunityAtCell(db, { accountId, businessUnit: '西安分公司', productLine: '计费' }, { accountId, name: ' ' })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.whitespaceCells.get(open.id)).toEqual(open);
    expect(await db.opportunities.count()).toBe(0);
  });

  it('clearing a cell leaves a tombstone and frees its place', async () => {
    const cell = await saveWhitespaceCell(db, null, { accountId, businessUnit: 'A', productLine: 'B' });
    await deleteWhitespaceCell(db, cell.id);
    expect((await db.whitespaceCells.get(cell.id))?.deletedAt).not.toBeNull();
    await expect(saveWhitespaceCell(db, null, { accountId, businessUnit: 'A', productLine: 'B' })).resolves.toMatchObject({ status: 'OPEN' });
  });
});

describe('competitor repository', () => {
  it('deleting a competitor takes it off the deals that name it; undo puts both back', async () => {
    const deal = await saveOpportunity(db, null, { accountId, name: '计费系统' }, ['华为']);
    const [rivalId] = deal.competitorIds;
    const rival = await db.competitors.get(rivalId ?? '');
    if (!rival) throw new Error('no competitor');
    const edited = await saveCompetitor(db, { loaded: rival }, { ...rival, strengths: '价格低', customerSatisfaction: 3 });
    expect(edited).toMatchObject({ name: '华为', strengths: '价格低', customerSatisfaction: 3, opportunityId: deal.id });
    const { undo } = await undoableStep(db, () => deleteCompetitor(db, rival.id));
    expect((await db.opportunities.get(deal.id))?.competitorIds).toEqual([]);
    expect((await db.competitors.get(rival.id))?.deletedAt).not.toBeNull();
    await undo();
    expect((await db.opportunities.get(deal.id))?.competitorIds).toEqual([rival.id]);
    expect((await db.competitors.get(rival.id))?.deletedAt).toBeNull();
  });

  it('refuses a competitor tied to another account’s opportunity, or with no name', async () => {
    const other = (await saveAccount(db, null, { name: '别家' }, '2026-03-01')).id;
    const foreign = await saveOpportunity(db, null, { accountId: other, name: 'x' });
    await expect(saveCompetitor(db, null, { accountId, name: '华为', opportunityId: foreign.id })).rejects.toBeInstanceOf(ValidationError);
    await expect(saveCompetitor(db, null, { accountId, name: '  ' })).rejects.toBeInstanceOf(ValidationError);
  });
});

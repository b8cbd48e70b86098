/**
 * Undoable steps as stored: each step and its way back commit together, survive a reopen of the
 * database (a reload), are undone once, and never overwrite what changed since.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyplanDatabase } from '../../../renderer/data/database';
import { saveAccount } from '../../../renderer/data/repositories/accountRepository';
import { readMergeHistory } from '../../../renderer/data/repositories/mergeRepository';
import { deleteOpportunity, saveOpportunity } from '../../../renderer/data/repositories/opportunityRepository';
import { keepUndoStep, readUndoSteps, runUndoable, undoStep, UndoRefusedError, UNDO_STEPS_KEPT } from '../../../renderer/data/repositories/undoStepRepository';
import { ValidationError } from '../../../renderer/data/repositories/validationError';
import { deleteWhitespaceCell, saveWhitespaceCell } from '../../../renderer/data/repositories/whitespaceRepository';
import { readRevisions } from '../../../renderer/data/repositories/writeTransaction';

let db: KeyplanDatabase;
let name: string;
let accountId: string;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  name = `undo-steps-test-${counter}`;
  db = new KeyplanDatabase(name);
  await db.open();
  accountId = (await saveAccount(db, null, { name: '陕西移动' }, '2026-03-01')).id;
});
afterEach(async () => {
  await db.delete();
});

const deleteDeal = async (dealName = '扩容二期') => {
  const deal = await saveOpportunity(db, null, { accountId, name: dealName, amount: 80_000_000 });
  const { stepId } = await runUndoable(db, () => deleteOpportunity(db, deal.id), (removed) => `已删除商机“${removed.name}”。`);
  if (!stepId) throw new Error('no step');
  return { deal, stepId };
};

describe('undoable steps', () => {
  it('are kept with the workspace: after a reload the step is listed and undoes the delete', async () => {
    const { deal, stepId } = await deleteDeal();
    db.close();
    db = new KeyplanDatabase(name);
    await db.open();
    const [step] = await readUndoSteps(db);
    expect(step).toMatchObject({ id: stepId, text: '已删除商机“扩容二期”。', undoneAt: null });
    expect((await undoStep(db, stepId))?.id).toBe(stepId);
    const restored = await db.opportunities.get(deal.id);
    expect(restored?.deletedAt).toBeNull();
    expect(restored?.amount).toBe(80_000_000);
    // Stamped now: newer than the delete, so a later merge or sync carries the undo.
    expect(restored && restored.updatedAt > deal.updatedAt).toBe(true);
    expect((await readUndoSteps(db))[0]?.undoneAt).not.toBeNull();
  });

  it('are undone once, whichever place asks first', async () => {
    const { stepId } = await deleteDeal();
    expect(await undoStep(db, stepId)).not.toBeNull();
    expect(await undoStep(db, stepId)).toBeNull();
    expect(await undoStep(db, 'undo-step:nothing')).toBeNull();
    expect(await undoStep(db, 'revisions')).toBeNull();
  });

  it('are refused, with nothing written, when a record of the step changed since', async () => {
    const { deal, stepId } = await deleteDeal();
    // Another tab (or a merge) changed the deleted deal meanwhile.
    const changed = { ...(await db.opportunities.get(deal.id))!, name: '扩容二期（李经理）', updatedAt: '2099-01-01T00:00:00.000Z' };
    await db.opportunities.put(changed);
    const revisions = await readRevisions(db);
    const refused = await undoStep(db, stepId).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UndoRefusedError);
    expect((refused as UndoRefusedError).changedSince.map((c) => c.after?.name)).toEqual(['扩容二期']);
    expect(await db.opportunities.get(deal.id)).toEqual(changed);
    expect(await readRevisions(db)).toEqual(revisions);
    expect((await readUndoSteps(db))[0]?.undoneAt).toBeNull();
  });

  it('commit with their work or not at all', async () => {
    const deal = await saveOpportunity(db, null, { accountId, name: '扩容二期' });
    const failing = runUndoable(
      db,
      async () => {
        await deleteOpportunity(db, deal.id);
        throw new Error('second write failed');
      },
      () => 'x',
    );
    await expect(failing).rejects.toThrow('second write failed');
    expect((await db.opportunities.get(deal.id))?.deletedAt).toBeNull();
    expect(await readUndoSteps(db)).toEqual([]);
  });

  it('keep the newest 20, newest first', async () => {
    for (let i = 1; i <= UNDO_STEPS_KEPT + 3; i += 1) await deleteDeal(`商机${String(i)}`);
    const steps = await readUndoSteps(db);
    expect(steps).toHaveLength(UNDO_STEPS_KEPT);
    expect(steps[0]?.text).toBe('已删除商机“商机23”。');
    expect(steps.at(-1)?.text).toBe('已删除商机“商机4”。');
  });

  it('go through the repositories’ transaction: revisions move and the merge history keeps the ancestor', async () => {
    const { deal, stepId } = await deleteDeal();
    const before = await readRevisions(db);
    await undoStep(db, stepId);
    expect((await readRevisions(db)).opportunities).not.toBe(before.opportunities);
    expect((await readMergeHistory(db)).ancestors.has(`opportunities/${deal.id}`)).toBe(true);
  });

  it('refuse to bring back a whitespace cell whose place was filled since, naming the one there', async () => {
    const cell = await saveWhitespaceCell(db, null, { accountId, businessUnit: '西安分公司', productLine: 'CRM', status: 'INSTALLED' });
    const { stepId } = await runUndoable(db, () => deleteWhitespaceCell(db, cell.id), () => '已清空');
    await saveWhitespaceCell(db, null, { accountId, businessUnit: '西安分公司', productLine: 'CRM', status: 'OPEN' });
    const refused = await undoStep(db, stepId!).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).problems).toEqual([{ path: 'productLine', code: 'place_taken', params: { other: '西安分公司 · CRM' } }]);
    expect((await db.whitespaceCells.get(cell.id))?.deletedAt).not.toBeNull();
  });

  it('keep a step whose records the caller holds (the chain’s receipts), and nothing for no change', async () => {
    const deal = await saveOpportunity(db, null, { accountId, name: '扩容二期' });
    const gone = { ...deal, deletedAt: '2026-12-07T09:00:00.000Z', updatedAt: '2026-12-07T09:00:00.000Z' };
    await db.opportunities.put(gone);
    const stepId = await keepUndoStep(db, '已删除', [{ table: 'opportunities', id: deal.id, before: deal, after: gone }]);
    expect(await undoStep(db, stepId!)).not.toBeNull();
    expect((await db.opportunities.get(deal.id))?.deletedAt).toBeNull();
    expect(await keepUndoStep(db, 'nothing', [])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { applyChainEdit, recordsBefore, type ChainRecords, type EditResult } from '../../../shared/domain/decisionChainEdits';
import { link, person } from '../../support/chainBuilder';

const context = { accountId: 'acc-1', now: '2026-11-22T08:00:00.000Z' };

function chain(): ChainRecords {
  return {
    stakeholders: [person('ceo', { name: '王总' }), person('cio', { name: '李总', reportsToId: 'ceo' }), person('dev', { name: '张工', reportsToId: 'cio', position: { x: 5, y: 6 } })],
    links: [link('l1', 'dev', 'ceo', { kind: 'ALUMNI' })],
  };
}

function ok(result: EditResult): ChainRecords {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.writes;
}

describe('decision-chain edits', () => {
  it('adds a person with schema defaults, and a placeholder seat without a name', () => {
    const added = ok(applyChainEdit(chain(), { kind: 'addStakeholder', id: 'new', fields: { name: '赵处', reportsToId: 'cio' } }, context));
    expect(added.stakeholders[0]).toMatchObject({ id: 'new', accountId: 'acc-1', stance: 0, influence: 3, buyingRole: 'NONE', position: null, createdAt: context.now });
    const seat = ok(applyChainEdit(chain(), { kind: 'addStakeholder', id: 'seat', fields: { placeholder: true, buyingRole: 'TB' } }, context));
    expect(seat.stakeholders[0]).toMatchObject({ placeholder: true, name: '' });
  });

  it('refuses a person without a name, with the field path', () => {
    const r = applyChainEdit(chain(), { kind: 'addStakeholder', id: 'x', fields: {} }, context);
    expect(r).toEqual({ ok: false, problems: [{ path: 'name', code: 'required', params: {} }] });
  });

  it('refuses out-of-range values field by field', () => {
    const r = applyChainEdit(chain(), { kind: 'updateStakeholder', id: 'cio', patch: { influence: 9, stance: -3 } }, context);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => [p.path, p.code]).sort()).toEqual([['influence', 'out_of_range'], ['stance', 'out_of_range']]);
  });

  it('updates a field and stamps updatedAt', () => {
    const w = ok(applyChainEdit(chain(), { kind: 'updateStakeholder', id: 'cio', patch: { stance: 2 } }, context));
    expect(w.stakeholders[0]).toMatchObject({ id: 'cio', stance: 2, updatedAt: context.now, name: '李总' });
  });

  it('refuses a reporting line that closes a loop, naming the people in it', () => {
    const r = applyChainEdit(chain(), { kind: 'setReportsTo', id: 'ceo', bossId: 'dev' }, context);
    expect(r).toEqual({ ok: false, problems: [{ path: 'reportsToId', code: 'cycle', params: { chain: '王总 → 张工 → 李总 → 王总' } }] });
    expect(applyChainEdit(chain(), { kind: 'setReportsTo', id: 'ceo', bossId: 'ceo' }, context).ok).toBe(false);
    expect(applyChainEdit(chain(), { kind: 'updateStakeholder', id: 'cio', patch: { reportsToId: 'dev' } }, context).ok).toBe(false);
  });

  it('re-parents and hands the card back to the layout', () => {
    const w = ok(applyChainEdit(chain(), { kind: 'setReportsTo', id: 'dev', bossId: 'ceo' }, context));
    expect(w.stakeholders[0]).toMatchObject({ id: 'dev', reportsToId: 'ceo', position: null });
  });

  it('deletes a manager: tombstones the person and their links, and moves their reports up', () => {
    const w = ok(applyChainEdit(chain(), { kind: 'deleteStakeholders', ids: ['cio'] }, context));
    expect(w.stakeholders.find((s) => s.id === 'cio')?.deletedAt).toBe(context.now);
    expect(w.stakeholders.find((s) => s.id === 'dev')).toMatchObject({ reportsToId: 'ceo', deletedAt: null });
    const w2 = ok(applyChainEdit(chain(), { kind: 'deleteStakeholders', ids: ['dev'] }, context));
    expect(w2.links).toEqual([expect.objectContaining({ id: 'l1', deletedAt: context.now })]);
  });

  it('moves several cards in one edit and resets the layout in one edit', () => {
    const w = ok(applyChainEdit(chain(), { kind: 'moveCards', positions: [{ id: 'ceo', position: { x: 10.4, y: 20.6 } }, { id: 'cio', position: { x: 1, y: 2 } }] }, context));
    expect(w.stakeholders.map((s) => s.position)).toEqual([{ x: 10, y: 21 }, { x: 1, y: 2 }]);
    const reset = ok(applyChainEdit(chain(), { kind: 'resetLayout' }, context));
    expect(reset.stakeholders).toEqual([expect.objectContaining({ id: 'dev', position: null })]);
  });

  it('unfolds every collapsed boss above a person, and nothing else', () => {
    const c = chain();
    c.stakeholders[0] = { ...c.stakeholders[0]!, collapsed: true };
    c.stakeholders[1] = { ...c.stakeholders[1]!, collapsed: true };
    c.stakeholders[2] = { ...c.stakeholders[2]!, collapsed: true };
    const w = ok(applyChainEdit(c, { kind: 'unfoldAbove', id: 'dev' }, context));
    expect(w.stakeholders.map((s) => [s.id, s.collapsed])).toEqual([
      ['cio', false],
      ['ceo', false],
    ]);
  });

  it('adds a link, refuses a twin and a self-link, updates and deletes it', () => {
    const w = ok(applyChainEdit(chain(), { kind: 'addLink', id: 'l2', fromId: 'ceo', toId: 'cio', linkKind: 'ALLY' }, context));
    expect(w.links[0]).toMatchObject({ fromId: 'ceo', toId: 'cio', kind: 'ALLY', strength: 3 });
    expect(applyChainEdit(chain(), { kind: 'addLink', id: 'l3', fromId: 'dev', toId: 'ceo', linkKind: 'ALUMNI' }, context)).toEqual({
      ok: false,
      problems: [{ path: 'toId', code: 'duplicate_link', params: {} }],
    });
    expect(applyChainEdit(chain(), { kind: 'addLink', id: 'l4', fromId: 'dev', toId: 'dev', linkKind: 'ALLY' }, context).ok).toBe(false);
    expect(ok(applyChainEdit(chain(), { kind: 'updateLink', id: 'l1', patch: { strength: 5 } }, context)).links[0]!.strength).toBe(5);
    expect(applyChainEdit(chain(), { kind: 'updateLink', id: 'l1', patch: { strength: 6 } }, context).ok).toBe(false);
    expect(ok(applyChainEdit(chain(), { kind: 'deleteLink', id: 'l1' }, context)).links[0]!.deletedAt).toBe(context.now);
  });

  it('keeps the records as they were, and a created record comes back as a tombstone', () => {
    const c = chain();
    const after = ok(applyChainEdit(c, { kind: 'addStakeholder', id: 'new', fields: { name: '新人' } }, context));
    expect(recordsBefore(c, after, context.now).stakeholders[0]).toMatchObject({ id: 'new', deletedAt: context.now });
    const moved = ok(applyChainEdit(c, { kind: 'updateStakeholder', id: 'cio', patch: { stance: -2 } }, context));
    expect(recordsBefore(c, moved, context.now).stakeholders[0]).toBe(c.stakeholders[1]);
  });
});

/**
 * Every edit of a decision chain as data (commands as data, so each is validated, stored, undone and merged the same way). `applyChainEdit` turns an edit
 * and the account's current chain into the full records to write, or into problems — nothing is
 * written for a refused edit. The repository runs it inside one transaction and keeps the records
 * as they were, so undo writes those back and redo writes the result again: one edit, one step,
 * whether it touched one card or two thousand (a drag, a new layout, a delete with its links).
 */
import type { z } from 'zod';
import { problemFromZodIssue, type Problem } from '../fileFormat/problems';
import { wouldCreateCycle } from '../fileFormat/references';
import type { InfluenceLinkKind } from './codes';
import { mergeChanges, valueAtPath, type ConflictChoices, type FieldChange, type FieldConflict } from './recordPatch';
import { influenceLinkSchema, stakeholderSchema, type ChartPosition, type InfluenceLink, type Stakeholder } from './stakeholder';

export interface ChainRecords {
  stakeholders: Stakeholder[];
  links: InfluenceLink[];
}

/** Fields a user edits; identity, account and timestamps are the repository's business. */
export type StakeholderFields = Omit<Stakeholder, 'id' | 'accountId' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
export type LinkFields = Pick<InfluenceLink, 'kind' | 'strength' | 'note'>;

/**
 * What one panel edit changes: top-level fields, and single fields of the personal file and the
 * contacts. The sub-objects are patched field by field against the stored person, so two quick saves
 * of different fields (or two windows) never write back a sub-object as it was last displayed.
 */
export type StakeholderPatch = Partial<Omit<StakeholderFields, 'personalFile' | 'contacts'>> & {
  personalFile?: Partial<Stakeholder['personalFile']>;
  contacts?: Partial<Stakeholder['contacts']>;
};

export type ChainEdit =
  | { kind: 'addStakeholder'; id: string; fields: Partial<StakeholderFields> }
  | {
      kind: 'updateStakeholder';
      id: string;
      patch: StakeholderPatch;
      /**
       * The patched fields as the editor showed them before the person changed them. A field stored
       * differently meanwhile (another window) is a conflict, unless `choices` settles it.
       */
      expected?: StakeholderPatch;
      choices?: ConflictChoices;
    }
  | { kind: 'deleteStakeholders'; ids: string[] }
  | { kind: 'setReportsTo'; id: string; bossId: string | null }
  | { kind: 'moveCards'; positions: { id: string; position: ChartPosition }[] }
  | { kind: 'resetLayout' }
  | { kind: 'setCollapsed'; id: string; collapsed: boolean }
  /** Unfolds every collapsed boss above a person, so the card can be shown (search). */
  | { kind: 'unfoldAbove'; id: string }
  | { kind: 'addLink'; id: string; fromId: string; toId: string; linkKind: InfluenceLinkKind }
  | { kind: 'updateLink'; id: string; patch: Partial<LinkFields> }
  | { kind: 'deleteLink'; id: string };

export interface EditContext {
  accountId: string;
  now: string;
}

export type EditResult = { ok: true; writes: ChainRecords } | { ok: false; problems: Problem[]; conflicts?: FieldConflict[] };

const refused = (path: string, code: Problem['code'], params: Problem['params'] = {}): EditResult => ({ ok: false, problems: [{ path, code, params }] });
const writes = (stakeholders: Stakeholder[], links: InfluenceLink[] = []): EditResult => ({ ok: true, writes: { stakeholders, links } });

function validated<T>(schema: z.ZodType<T>, candidate: unknown): { ok: true; value: T } | { ok: false; problems: Problem[] } {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => problemFromZodIssue(issue, candidate)) };
}

/** A reporting line must point at a living person of the same chain and must not close a loop. */
function checkBoss(chain: ChainRecords, id: string, bossId: string | null): Problem | null {
  if (bossId === null) return null;
  if (bossId === id) return { path: 'reportsToId', code: 'self_reference', params: {} };
  if (!chain.stakeholders.some((s) => s.id === bossId)) return { path: 'reportsToId', code: 'dangling_reference', params: { id: bossId, table: 'stakeholders' } };
  if (wouldCreateCycle(chain.stakeholders, 'reportsToId', id, bossId)) return { path: 'reportsToId', code: 'cycle', params: { chain: loopNames(chain, id, bossId) } };
  return null;
}

/** "甲 → 乙 → 丙 → 甲": the loop that `id` reporting to `bossId` would close, by name. */
function loopNames(chain: ChainRecords, id: string, bossId: string): string {
  const byId = new Map(chain.stakeholders.map((s) => [s.id, s]));
  const names = [byId.get(id)?.name ?? id];
  let current: string | null = bossId;
  while (current !== null && current !== id && names.length <= chain.stakeholders.length) {
    names.push(byId.get(current)?.name ?? current);
    current = byId.get(current)?.reportsToId ?? null;
  }
  names.push(names[0] ?? id);
  return names.join(' → ');
}

/** Validates an updated person; the reporting line is checked only when the edit changes it. */
function saveStakeholder(chain: ChainRecords, candidate: Stakeholder, bossChanged: boolean): EditResult {
  const check = validated(stakeholderSchema, candidate);
  if (!check.ok) return check;
  if (!bossChanged) return writes([check.value]);
  const bossProblem = checkBoss(chain, candidate.id, check.value.reportsToId);
  if (bossProblem) return { ok: false, problems: [bossProblem] };
  return writes([check.value]);
}

export function applyChainEdit(chain: ChainRecords, edit: ChainEdit, context: EditContext): EditResult {
  const { now } = context;
  const person = (id: string) => chain.stakeholders.find((s) => s.id === id);
  const touched = (s: Stakeholder, patch: Partial<Stakeholder>): Stakeholder => ({ ...s, ...patch, updatedAt: now });

  switch (edit.kind) {
    case 'addStakeholder': {
      const candidate = { ...edit.fields, id: edit.id, accountId: context.accountId, createdAt: now, updatedAt: now, deletedAt: null };
      const check = validated(stakeholderSchema, candidate);
      if (!check.ok) return check;
      const bossProblem = checkBoss(chain, edit.id, check.value.reportsToId);
      return bossProblem ? { ok: false, problems: [bossProblem] } : writes([check.value]);
    }
    case 'updateStakeholder': {
      const current = person(edit.id);
      if (!current) return refused('id', 'dangling_reference', { id: edit.id, table: 'stakeholders' });
      const changes = patchChanges(edit.patch, edit.expected ?? null, current);
      const { merged, conflicts } = mergeChanges(current, changes, edit.choices);
      if (conflicts.length > 0) return { ok: false, problems: [], conflicts };
      const bossChanged = merged.reportsToId !== current.reportsToId;
      return saveStakeholder(chain, { ...merged, updatedAt: now }, bossChanged);
    }
    case 'setReportsTo': {
      const current = person(edit.id);
      if (!current) return refused('id', 'dangling_reference', { id: edit.id, table: 'stakeholders' });
      const problem = checkBoss(chain, edit.id, edit.bossId);
      if (problem) return { ok: false, problems: [problem] };
      // Re-parenting hands the card back to the layout, so it lands under its new boss.
      return writes([touched(current, { reportsToId: edit.bossId, position: null })]);
    }
    case 'deleteStakeholders': {
      const doomed = new Set(edit.ids);
      const byId = new Map(chain.stakeholders.map((s) => [s.id, s]));
      // Reports of a deleted person move up to the nearest surviving boss, so the tree stays whole.
      const survivingBoss = (id: string | null): string | null => {
        const seen = new Set<string>();
        let current = id;
        while (current !== null && doomed.has(current) && !seen.has(current)) {
          seen.add(current);
          current = byId.get(current)?.reportsToId ?? null;
        }
        return current !== null && doomed.has(current) ? null : current;
      };
      const people = chain.stakeholders.flatMap((s) => {
        if (doomed.has(s.id)) return [touched(s, { deletedAt: now })];
        if (s.reportsToId !== null && doomed.has(s.reportsToId)) return [touched(s, { reportsToId: survivingBoss(s.reportsToId), position: null })];
        return [];
      });
      const links = chain.links.filter((l) => doomed.has(l.fromId) || doomed.has(l.toId)).map((l) => ({ ...l, deletedAt: now, updatedAt: now }));
      return writes(people, links);
    }
    case 'moveCards': {
      const moved = edit.positions.flatMap(({ id, position }) => {
        const current = person(id);
        return current ? [touched(current, { position: { x: Math.round(position.x), y: Math.round(position.y) } })] : [];
      });
      return writes(moved);
    }
    case 'resetLayout':
      return writes(chain.stakeholders.filter((s) => s.position !== null).map((s) => touched(s, { position: null })));
    case 'setCollapsed': {
      const current = person(edit.id);
      if (!current) return refused('id', 'dangling_reference', { id: edit.id, table: 'stakeholders' });
      return writes([touched(current, { collapsed: edit.collapsed })]);
    }
    case 'unfoldAbove': {
      const byId = new Map(chain.stakeholders.map((p) => [p.id, p]));
      const unfolded: Stakeholder[] = [];
      const seen = new Set<string>();
      for (let boss = byId.get(edit.id)?.reportsToId ?? null; boss !== null && !seen.has(boss); boss = byId.get(boss)?.reportsToId ?? null) {
        seen.add(boss);
        const above = byId.get(boss);
        if (above?.collapsed) unfolded.push(touched(above, { collapsed: false }));
      }
      return writes(unfolded);
    }
    case 'addLink': {
      if (!person(edit.fromId)) return refused('fromId', 'dangling_reference', { id: edit.fromId, table: 'stakeholders' });
      if (!person(edit.toId)) return refused('toId', 'dangling_reference', { id: edit.toId, table: 'stakeholders' });
      const twin = chain.links.some((l) => l.fromId === edit.fromId && l.toId === edit.toId && l.kind === edit.linkKind);
      if (twin) return refused('toId', 'duplicate_link');
      const candidate = { id: edit.id, accountId: context.accountId, createdAt: now, updatedAt: now, deletedAt: null, fromId: edit.fromId, toId: edit.toId, kind: edit.linkKind };
      const check = validated(influenceLinkSchema, candidate);
      return check.ok ? writes([], [check.value]) : check;
    }
    case 'updateLink': {
      const current = chain.links.find((l) => l.id === edit.id);
      if (!current) return refused('id', 'dangling_reference', { id: edit.id, table: 'influenceLinks' });
      const check = validated(influenceLinkSchema, { ...current, ...edit.patch, updatedAt: now });
      return check.ok ? writes([], [check.value]) : check;
    }
    case 'deleteLink': {
      const current = chain.links.find((l) => l.id === edit.id);
      if (!current) return refused('id', 'dangling_reference', { id: edit.id, table: 'influenceLinks' });
      return writes([], [{ ...current, deletedAt: now, updatedAt: now }]);
    }
  }
}

/** The patch as field changes; without `expected`, each field is taken as unchanged elsewhere. */
function patchChanges(patch: StakeholderPatch, expected: StakeholderPatch | null, current: Stakeholder): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [key, value] of Object.entries(patch)) {
    const nested = key === 'personalFile' || key === 'contacts';
    const entries: [string[], unknown][] = nested && typeof value === 'object' && value !== null ? Object.entries(value).map(([field, v]) => [[key, field], v]) : [[[key], value]];
    for (const [path, to] of entries) {
      if (to === undefined) continue;
      const from = expected === null ? valueAtPath(current, path) : valueAtPath(expected, path) ?? valueAtPath(current, path);
      changes.push({ path, from, to });
    }
  }
  return changes;
}

/**
 * The records as they were before `after` was written. A record the edit created comes back as a
 * tombstone, so undoing an add removes the card and a later merge still sees it was there.
 */
export function recordsBefore(chain: ChainRecords, after: ChainRecords, now: string): ChainRecords {
  const people = new Map(chain.stakeholders.map((s) => [s.id, s]));
  const links = new Map(chain.links.map((l) => [l.id, l]));
  return {
    stakeholders: after.stakeholders.map((s) => people.get(s.id) ?? { ...s, deletedAt: now, updatedAt: now }),
    links: after.links.map((l) => links.get(l.id) ?? { ...l, deletedAt: now, updatedAt: now }),
  };
}

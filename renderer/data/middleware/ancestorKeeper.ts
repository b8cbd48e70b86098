/**
 * Copy-on-write of the merge history's ancestors (shared/merge/mergeHistory.ts): the first time a
 * record is changed (or removed) after it came from outside, the version before the change is kept as
 * `ancestor:<table>/<id>` in `meta`, in the same transaction as the change. Every repository writes
 * through writeTransaction, which always takes `meta`, so every editor — and every editor added later —
 * keeps ancestors without knowing of them. Bulk writes that replace a workspace or write a merge talk
 * to IndexedDB directly and set the history themselves.
 */
import type { DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import { sameValue } from '../../../shared/domain/recordPatch';
import { TABLES } from '../../../shared/domain/workspace';
import type { AncestorRecord } from '../schema';
import { mutationMiddleware } from './mutationMiddleware';

const TRACKED: ReadonlySet<string> = new Set<string>(TABLES);

export const ancestorId = (table: string, id: string): AncestorRecord['id'] => `ancestor:${table}/${id}`;

const takesMeta = (trans: DBCoreTransaction): boolean => {
  const names = (trans as unknown as { objectStoreNames?: DOMStringList }).objectStoreNames;
  return names?.contains('meta') ?? false;
};

type Versioned = AncestorRecord['record'];

function keysOf(request: DBCoreMutateRequest): string[] | null {
  if (request.type === 'delete') return request.keys.map(String);
  if (request.type === 'put') return (request.values as readonly { id?: unknown }[]).map((v) => (typeof v.id === 'string' ? v.id : ''));
  return null;
}

async function keepAncestors(name: string, table: DBCoreTable, meta: DBCoreTable, request: DBCoreMutateRequest): Promise<void> {
  const keys = keysOf(request);
  if (!keys || keys.length === 0) return;
  const ids = keys.map((key) => ancestorId(name, key));
  const [before, known] = await Promise.all([table.getMany({ trans: request.trans, keys }), meta.getMany({ trans: request.trans, keys: ids })]);
  const values: AncestorRecord[] = [];
  const seen = new Set<string>();
  before.forEach((old: unknown, i) => {
    const id = ids[i] as AncestorRecord['id'];
    if (old === undefined || known[i] !== undefined || seen.has(id)) return;
    // A put of the very same content changes nothing: no ancestor.
    if (request.type === 'put' && sameValue(old, request.values[i])) return;
    seen.add(id);
    values.push({ id, record: old as Versioned });
  });
  if (values.length > 0) await meta.mutate({ type: 'put', trans: request.trans, values });
}

export const ancestorKeeper = mutationMiddleware('mergeAncestors', TRACKED, (name, table, down) => async (request) => {
  if ((request.type === 'put' || request.type === 'delete') && takesMeta(request.trans)) await keepAncestors(name, table, down.table('meta'), request);
  return table.mutate(request);
});

/**
 * Keeps the account digests (accountDigestsRepository.ts) current through ordinary writes: a Dexie
 * middleware notes which accounts a transaction touched (an account written or deleted, a whitespace
 * cell written), and writeTransaction, before it commits, re-digests only those accounts and stores the
 * digests at the new revisions — so the matrix opened after editing one account reads one record, not
 * every account again. What it cannot place (a whitespace cell deleted by key, a range deleted) marks
 * the transaction "everything"; the digests are then left stale and computed again on the next read.
 */
import type { DBCoreMutateRequest } from 'dexie';
import Dexie from 'dexie';
import { accountDigests, type AccountDigest } from '../../../shared/methods/accountDigests';
import type { KeyplanDatabase, RevisionsRecord, StoredTable } from '../database';
import { DIGESTS_FROM, DIGESTS_ID, digestsRecord } from './accountDigestsRecord';
import { mutationMiddleware } from './mutationMiddleware';
import { revisionOf } from './revisionKey';

type Touched = Set<string> | 'everything';

/** Per open transaction (Dexie's core transaction object), the accounts whose digest may have changed. */
const touchedIn = new WeakMap<object, Touched>();

const TRACKED: ReadonlySet<string> = new Set<string>(DIGESTS_FROM);

function note(table: string, request: DBCoreMutateRequest): void {
  const trans = request.trans as object;
  let touched = touchedIn.get(trans) ?? new Set<string>();
  if (touched === 'everything') return;
  if (request.type === 'deleteRange') touched = 'everything';
  else if (request.type === 'delete') {
    // A deleted account has no digest; a deleted cell's account is not known from its key.
    if (table === 'accounts') for (const key of request.keys) touched.add(String(key));
    else touched = 'everything';
  } else {
    for (const value of request.values as readonly { id?: unknown; accountId?: unknown }[]) {
      const id = table === 'accounts' ? value.id : value.accountId;
      if (typeof id === 'string') touched.add(id);
      else touched = 'everything';
      if (touched === 'everything') break;
    }
  }
  touchedIn.set(trans, touched);
}

export const digestChangeTracker = mutationMiddleware('accountDigestChanges', TRACKED, (name, table) => (request) => {
  note(name, request);
  return table.mutate(request);
});

/** The tables a write must also take so its digests can be patched in the same transaction. */
export function digestTablesFor(tables: readonly StoredTable[]): StoredTable[] {
  return tables.some((t) => TRACKED.has(t)) ? [...DIGESTS_FROM] : [];
}

/**
 * Inside writeTransaction, after the work and the revisions' bump: when the digests were valid at
 * `before`, re-digests the touched accounts and stores them at `after`. Otherwise nothing (they stay stale).
 */
export async function patchAccountDigests(db: KeyplanDatabase, before: RevisionsRecord['tables'], after: RevisionsRecord['tables']): Promise<void> {
  const from = revisionOf(before, DIGESTS_FROM);
  const to = revisionOf(after, DIGESTS_FROM);
  if (from === to) return;
  const trans = Dexie.currentTransaction?.idbtrans as object | undefined;
  const touched = trans ? (touchedIn.get(trans) ?? new Set<string>()) : 'everything';
  if (touched === 'everything') return;
  const cached = await db.meta.get(DIGESTS_ID);
  if (cached?.id !== DIGESTS_ID || cached.revision !== from) return;
  const ids = [...touched];
  const [accounts, cells] = await Promise.all([db.accounts.bulkGet(ids), ids.length ? db.whitespaceCells.where('accountId').anyOf(ids).toArray() : []]);
  // Touched ids without a live account (deleted, or never there) stay null: their digest goes.
  const fresh = new Map<string, AccountDigest | null>(ids.map((id) => [id, null]));
  for (const digest of accountDigests(accounts.filter((a) => a !== undefined), cells)) fresh.set(digest.id, digest);
  await db.meta.put(digestsRecord(to, patched(cached.digests, fresh)));
}

/** The digests with `fresh` put in place (null: gone), in the accounts' key order, as a full read gives them. */
function patched(digests: readonly AccountDigest[], fresh: ReadonlyMap<string, AccountDigest | null>): AccountDigest[] {
  const next: AccountDigest[] = [];
  for (const d of digests) {
    if (!fresh.has(d.id)) next.push(d);
    else {
      const replacement = fresh.get(d.id);
      if (replacement) next.push(replacement);
    }
  }
  const known = new Set(digests.map((d) => d.id));
  const added = [...fresh.values()].filter((d): d is AccountDigest => d !== null && !known.has(d.id));
  if (added.length === 0) return next;
  return [...next, ...added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

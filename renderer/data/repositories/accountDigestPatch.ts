/**
 * Keeps the account digests (accountDigestsRepository.ts) current through ordinary writes: the
 * middleware notes which accounts a transaction touched (middleware/digestChangeTracker.ts), and
 * writeTransaction, before it commits, re-digests only those accounts and stores the digests at the
 * new revisions — so the matrix opened after editing one account reads one record, not every account again.
 */
import Dexie from 'dexie';
import { accountDigests, type AccountDigest } from '../../../shared/methods/accountDigests';
import type { KeyplanDatabase } from '../database';
import { touchedAccounts } from '../middleware/digestChangeTracker';
import type { RevisionsRecord, StoredTable } from '../schema';
import { DIGESTS_FROM, DIGESTS_ID, digestsRecord } from './accountDigestsRecord';
import { revisionOf } from './revisionKey';

const TRACKED: ReadonlySet<string> = new Set<string>(DIGESTS_FROM);

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
  const touched = trans ? touchedAccounts(trans) : 'everything';
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

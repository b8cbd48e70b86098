/**
 * Every live account's digest (shared/methods/accountDigests.ts), kept in `meta`: the matrix reads one
 * record instead of 5,000 accounts and every whitespace cell. Valid while the accounts and whitespace
 * revisions are the ones it was computed at. The repositories keep it so: a write through
 * writeTransaction patches the digests of the accounts it touched (accountDigestPatch.ts), an import
 * or a merge stores the digests of what it wrote; anything else leaves it stale, and the first read
 * computes it again from one read of both tables.
 */
import type { Account } from '../../../shared/domain/account';
import type { WhitespaceCell } from '../../../shared/domain/renewal';
import { accountDigests, type AccountDigest } from '../../../shared/methods/accountDigests';
import type { KeyplanDatabase } from '../database';
import type { AccountDigestsRecord, RevisionsRecord } from '../schema';
import { DIGESTS_FROM, DIGESTS_ID, digestsRecord } from './accountDigestsRecord';
import { refreshDerived } from './derivedCache';
import { revisionOf } from './revisionKey';
import { readRevisions } from './writeTransaction';

/** The cached digests when still valid, else null (then refreshAccountDigests computes them). */
export async function readAccountDigests(db: KeyplanDatabase): Promise<readonly AccountDigest[] | null> {
  return db.transaction('r', db.meta, async () => {
    const [revisions, cached] = await Promise.all([readRevisions(db), db.meta.get(DIGESTS_ID)]);
    if (cached?.id !== DIGESTS_ID) return null;
    return cached.revision === revisionOf(revisions, DIGESTS_FROM) ? cached.digests : null;
  });
}

/** Computes the digests from one read of the accounts and whitespace cells and stores them (derivedCache.ts). */
export function refreshAccountDigests(db: KeyplanDatabase): Promise<readonly AccountDigest[]> {
  return refreshDerived(
    db,
    DIGESTS_FROM,
    [db.accounts, db.whitespaceCells],
    async () => {
      const [accounts, cells] = await Promise.all([db.accounts.toArray(), db.whitespaceCells.toArray()]);
      return accountDigests(accounts, cells);
    },
    digestsRecord,
  );
}

/** The record for writers that hold the whole tables (an import, a merge) and the revisions they leave. */
export function digestsRecordFor(revisions: RevisionsRecord['tables'], accounts: Iterable<Account>, cells: Iterable<WhitespaceCell>): AccountDigestsRecord {
  return digestsRecord(revisionOf(revisions, DIGESTS_FROM), accountDigests(accounts, cells));
}

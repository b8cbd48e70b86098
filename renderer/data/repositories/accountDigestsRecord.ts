/**
 * Where the account digests are kept in `meta`, and what they are derived from (accountDigestsRepository.ts).
 * The record is trusted while the revisions match: a database version whose upgrade rewrites accounts or
 * whitespace cells, or a change to what a digest holds, must delete it (`meta.delete(DIGESTS_ID)`).
 */
import type { AccountDigest } from '../../../shared/methods/accountDigests';
import type { AccountDigestsRecord, StoredTable } from '../schema';

export const DIGESTS_ID: AccountDigestsRecord['id'] = 'accountDigests';
export const DIGESTS_FROM: readonly StoredTable[] = ['accounts', 'whitespaceCells'];

export function digestsRecord(revision: string, digests: readonly AccountDigest[]): AccountDigestsRecord {
  return { id: DIGESTS_ID, revision, digests };
}

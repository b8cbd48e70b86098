/**
 * Notes which accounts a write transaction touched (an account written or deleted, a whitespace cell
 * written), so writeTransaction can re-digest only those before it commits (accountDigestPatch.ts).
 * What it cannot place (a whitespace cell deleted by key, a range deleted) marks the transaction
 * "everything"; the digests are then left stale and computed again on the next read.
 */
import type { DBCoreMutateRequest } from 'dexie';
import { DIGESTS_FROM } from '../repositories/accountDigestsRecord';
import { mutationMiddleware } from './mutationMiddleware';

export type Touched = Set<string> | 'everything';

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

/** The accounts the open transaction `trans` touched so far (an empty set when none). */
export function touchedAccounts(trans: object): Touched {
  return touchedIn.get(trans) ?? new Set<string>();
}

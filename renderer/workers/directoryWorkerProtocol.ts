/** Messages between the window's account pickers and the directory worker. */
import type { AccountEntry } from '../data/repositories/accountRepository';

export type DirectoryWorkerRequest =
  /** Follow the accounts: the directory is sent now and after every change to them. */
  | { type: 'watch' }
  /** No picker is open: stop following and let go of the records. */
  | { type: 'stop' };

export type DirectoryWorkerResponse = { type: 'directory'; entries: AccountEntry[] } | { type: 'failed'; reason: string };

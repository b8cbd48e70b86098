/**
 * Directory worker: follows the accounts with a Dexie live query (which sees writes from the window
 * and the other workers) and posts every live account's id, name and owner — all an account picker
 * needs. Reading 5,000 account records and sorting their names happens here, never on the window's
 * thread, so a dialog with a picker opens and can be used at once.
 */
import { liveQuery, type Subscription } from 'dexie';
import { KeyplanDatabase } from '../data/database';
import { readAccountDirectory } from '../data/repositories/accountRepository';
import { errorMessage } from '../data/storageErrors';
import type { DirectoryWorkerRequest, DirectoryWorkerResponse } from './directoryWorkerProtocol';

const db = new KeyplanDatabase();
const post = (message: DirectoryWorkerResponse) => globalThis.postMessage(message);

let following: Subscription | null = null;

globalThis.addEventListener('message', (event: MessageEvent<DirectoryWorkerRequest>) => {
  following?.unsubscribe();
  following = null;
  if (event.data.type !== 'watch') return;
  following = liveQuery(() => readAccountDirectory(db)).subscribe({
    next: (entries) => post({ type: 'directory', entries }),
    error: (error: unknown) => post({ type: 'failed', reason: errorMessage(error) }),
  });
});

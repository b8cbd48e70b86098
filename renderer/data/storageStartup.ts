/**
 * Start-up of local storage: open the database (running any schema upgrade), create the settings
 * record on first start, and ask the browser to keep our data (navigator.storage.persist()).
 * If opening fails the app shows the error and renders no editor, so it never saves over data it
 * could not read.
 */
import { db } from './db';
import { ensureSettings } from './repositories/settingsRepository';

export interface StorageStatus {
  persisted: boolean;
}

export async function startStorage(): Promise<StorageStatus> {
  await db.open();
  await ensureSettings(db);
  let persisted: boolean;
  try {
    persisted = (await navigator.storage?.persisted?.()) || ((await navigator.storage?.persist?.()) ?? false);
  } catch {
    persisted = false;
  }
  return { persisted };
}

let opening: Promise<StorageStatus> | null = null;

/**
 * The one start-up of storage, begun by the storage gate once the shell is painted (StorageGate.tsx):
 * asked again — a gate mounted twice in development — it returns the same opening.
 */
export function storageOpening(): Promise<StorageStatus> {
  opening ??= startStorage();
  return opening;
}

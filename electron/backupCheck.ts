/**
 * Checks a backup's bytes with the same restore() an import uses, off the main process's thread (a
 * 100,000-record workspace takes seconds to check; the main thread must keep the window responsive).
 * `checkBackupBytes` is the check itself; `checkInWorker` runs it in a worker thread from the worker's
 * source (backupCheckWorker.ts, built to dist-electron/backupCheckWorker.cjs), read from inside
 * app.asar: the code that vouches for a backup stays under the archive's integrity check instead of
 * running from an unpacked file in a folder the user can write to.
 */
import { Worker } from 'node:worker_threads';
import { countRecords } from '../shared/domain/workspace';
import { restoreText } from '../shared/fileFormat/restore';
import type { BackupCheck } from './backups';

export function checkBackupBytes(plain: Uint8Array): BackupCheck {
  const result = restoreText(new TextDecoder().decode(plain));
  return result.ok ? { restorable: true, records: countRecords(result.data) } : { restorable: false, records: 0 };
}

export function checkInWorker(workerSource: () => Promise<string>): (plain: Uint8Array) => Promise<BackupCheck> {
  let source: Promise<string> | null = null;
  return async (plain) => {
    let code: string;
    try {
      code = await (source ??= workerSource());
    } catch {
      // The worker's code could not be read: nothing vouches for the backup (and the next check reads again).
      source = null;
      return { restorable: false, records: 0 };
    }
    return new Promise((resolve) => {
      const worker = new Worker(code, { eval: true, workerData: plain });
      // A worker that cannot start or crashes has not vouched for the backup: it is kept, not trusted.
      worker.once('message', (answer: BackupCheck) => resolve(answer));
      worker.once('error', () => resolve({ restorable: false, records: 0 }));
      worker.once('exit', () => resolve({ restorable: false, records: 0 }));
    });
  };
}

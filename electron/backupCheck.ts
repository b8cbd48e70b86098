/**
 * Checks a backup's bytes with the same restore() an import uses, off the main process's thread (a
 * 100,000-record workspace takes seconds to check; the main thread must keep the window responsive).
 * `checkBackupBytes` is the check itself; `checkInWorker` runs it in a worker thread
 * (backupCheckWorker.ts, unpacked beside app.asar so Node can start it).
 */
import { Worker } from 'node:worker_threads';
import { countRecords } from '../shared/domain/workspace';
import { restoreText } from '../shared/fileFormat/restore';
import type { BackupCheck } from './backups';

export function checkBackupBytes(plain: Uint8Array): BackupCheck {
  const result = restoreText(new TextDecoder().decode(plain));
  return result.ok ? { restorable: true, records: countRecords(result.data) } : { restorable: false, records: 0 };
}

export function checkInWorker(workerPath: string): (plain: Uint8Array) => Promise<BackupCheck> {
  return (plain) =>
    new Promise((resolve) => {
      const worker = new Worker(workerPath, { workerData: plain });
      // A worker that cannot start or crashes has not vouched for the backup: it is kept, not trusted.
      worker.once('message', (answer: BackupCheck) => resolve(answer));
      worker.once('error', () => resolve({ restorable: false, records: 0 }));
      worker.once('exit', () => resolve({ restorable: false, records: 0 }));
    });
}

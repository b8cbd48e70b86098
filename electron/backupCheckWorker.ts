/** Worker-thread entry of backupCheck.ts: checks the bytes it is given and answers once. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkBackupBytes } from './backupCheck';

parentPort?.postMessage(checkBackupBytes(workerData as Uint8Array));

/**
 * Automatic backups through the desktop shell (files outside IndexedDB, see electron/backups.ts).
 * In a plain browser there is no shell: these do nothing and Settings says to export regularly.
 */
import { APP_INFO } from '../session/appInfo';
import { desktopBridge } from '../platform/desktopBridge';
import type { BackupReason } from '../../shared/bridge/contract';
import { NOTHING_LEFT_OUT } from '../../shared/report/redaction';
import { buildExport } from '../workers/workspaceWorkerClient';

async function backup(reason: BackupReason): Promise<void> {
  const bridge = desktopBridge();
  if (!bridge) return;
  const { blob } = await buildExport(NOTHING_LEFT_OUT, '', APP_INFO);
  await bridge.saveBackup({ reason, bytes: new Uint8Array(await blob.arrayBuffer()) });
}

/** A complete copy of the workspace as it is, written before an import replaces it. */
export function backupBeforeImport(): Promise<void> {
  return backup('before-import');
}

export async function dailyBackupIfDue(): Promise<void> {
  const bridge = desktopBridge();
  if (bridge && (await bridge.isDailyBackupDue())) await backup('daily');
}

/**
 * Automatic workspace backups, kept as files outside IndexedDB in <userData>/backups: one before
 * every import (the import is refused if it cannot be written) and one a day. The newest
 * KEEP_BACKUPS files are kept; older ones are deleted. A backup is a complete workspace file
 * (personal files included), so restoring is an ordinary Import.
 */
import { join } from 'node:path';
import type { BackupReason } from '../shared/bridge/contract';

export const KEEP_BACKUPS = 20;
export const DAILY_INTERVAL_MS = 24 * 60 * 60 * 1000;
const BACKUP_NAME = /^keyplan-backup-(\d{8}-\d{6}-\d{3})-(before-import|daily)\.json$/;

export interface BackupFileSystem {
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  remove(path: string): Promise<void>;
}

function stamp(now: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}-${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}-${pad(now.getUTCMilliseconds(), 3)}`;
}

function parseStamp(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})$/.exec(value);
  if (!m) return Number.NaN;
  const [, y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0, ms = 0] = m.map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

/** Backup files in the folder, newest first (names sort by time). */
export async function listBackups(fs: BackupFileSystem, dir: string): Promise<{ name: string; reason: BackupReason; at: number }[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, match: BACKUP_NAME.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ name, match }) => ({ name, reason: match[2] as BackupReason, at: parseStamp(match[1] ?? '') }))
    .sort((a, b) => b.at - a.at);
}

export async function isDailyBackupDue(fs: BackupFileSystem, dir: string, now: Date): Promise<boolean> {
  const latestDaily = (await listBackups(fs, dir)).find((b) => b.reason === 'daily');
  return !latestDaily || now.getTime() - latestDaily.at >= DAILY_INTERVAL_MS;
}

export async function writeBackup(fs: BackupFileSystem, dir: string, reason: BackupReason, bytes: Uint8Array, now: Date): Promise<string> {
  await fs.mkdir(dir);
  const name = `keyplan-backup-${stamp(now)}-${reason}.json`;
  await fs.writeFile(join(dir, name), bytes);
  const surplus = (await listBackups(fs, dir)).slice(KEEP_BACKUPS);
  for (const old of surplus) await fs.remove(join(dir, old.name));
  return name;
}

/**
 * Automatic workspace backups, kept as files outside IndexedDB in <userData>/backups: one before
 * every import (the import is refused if it cannot be written) and one a day. A backup is a complete
 * workspace file (personal files included, sealed with the backup password when one is set), so
 * restoring is an ordinary Import.
 *
 * The renderer that sends the bytes is not trusted to send good ones: each backup is checked with the
 * same restore() an import uses (in a worker thread, see backupCheck.ts) and its result kept beside it
 * (`<name>.info.json`: restorable or not, records, size, encrypted). Daily and pre-import backups
 * rotate separately, and the newest backup that restore() accepted is never deleted — so twenty junk
 * backups from a buggy or hostile page cannot push out the last good one.
 */
import { join } from 'node:path';
import type { BackupEntry, BackupReason } from '../shared/bridge/contract';

/** Per kind, the newest this many are kept. */
export const KEEP_BACKUPS: Readonly<Record<BackupReason, number>> = { 'before-import': 10, daily: 14 };
export const DAILY_INTERVAL_MS = 24 * 60 * 60 * 1000;
export const BACKUP_NAME = /^keyplan-backup-(\d{8}-\d{6}-\d{3})-(before-import|daily)\.json$/;
const INFO_SUFFIX = '.info.json';

export interface BackupFileSystem {
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  remove(path: string): Promise<void>;
}

/** What restore() says of a backup's (plain) bytes. */
export interface BackupCheck {
  restorable: boolean;
  records: number;
}

export interface BackupWriter {
  fs: BackupFileSystem;
  dir: string;
  check: (plain: Uint8Array) => Promise<BackupCheck>;
  /** The bytes as they go to disk (sealed with the backup password when one is set). */
  seal: (plain: Uint8Array) => Promise<Uint8Array>;
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

async function readInfo(fs: BackupFileSystem, dir: string, name: string): Promise<Pick<BackupEntry, 'restorable' | 'records' | 'bytes' | 'encrypted'>> {
  try {
    const info = JSON.parse(new TextDecoder().decode(await fs.readFile(join(dir, name + INFO_SUFFIX)))) as Partial<BackupEntry>;
    return {
      restorable: typeof info.restorable === 'boolean' ? info.restorable : null,
      records: typeof info.records === 'number' ? info.records : null,
      bytes: typeof info.bytes === 'number' ? info.bytes : null,
      encrypted: info.encrypted === true,
    };
  } catch {
    // A backup written before checks existed: unknown, never counted as the last good one.
    return { restorable: null, records: null, bytes: null, encrypted: false };
  }
}

/** Backup files in the folder, newest first (names sort by time), from their names alone. */
async function backupFiles(fs: BackupFileSystem, dir: string): Promise<Pick<BackupEntry, 'name' | 'reason' | 'at'>[]> {
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

/** Backup files in the folder, newest first, with what their check said. */
export async function listBackups(fs: BackupFileSystem, dir: string): Promise<BackupEntry[]> {
  const found = await backupFiles(fs, dir);
  return Promise.all(found.map(async (entry) => ({ ...entry, ...(await readInfo(fs, dir, entry.name)) })));
}

/** At start-up: only the names are read (no backup's info file). */
export async function isDailyBackupDue(fs: BackupFileSystem, dir: string, now: Date): Promise<boolean> {
  const latestDaily = (await backupFiles(fs, dir)).find((b) => b.reason === 'daily');
  return !latestDaily || now.getTime() - latestDaily.at >= DAILY_INTERVAL_MS;
}

export async function writeBackup(writer: BackupWriter, reason: BackupReason, plain: Uint8Array, now: Date): Promise<string> {
  const { fs, dir } = writer;
  await fs.mkdir(dir);
  const check = await writer.check(plain);
  const bytes = await writer.seal(plain);
  const name = `keyplan-backup-${stamp(now)}-${reason}.json`;
  await fs.writeFile(join(dir, name), bytes);
  const info = { restorable: check.restorable, records: check.records, bytes: bytes.byteLength, encrypted: bytes !== plain };
  await fs.writeFile(join(dir, name + INFO_SUFFIX), new TextEncoder().encode(JSON.stringify(info)));
  await rotate(fs, dir);
  return name;
}

/** Each kind keeps its newest KEEP_BACKUPS; the newest restorable backup stays whatever its age. */
async function rotate(fs: BackupFileSystem, dir: string): Promise<void> {
  const all = await listBackups(fs, dir);
  const lastGood = all.find((b) => b.restorable === true)?.name;
  for (const reason of Object.keys(KEEP_BACKUPS) as BackupReason[]) {
    const surplus = all.filter((b) => b.reason === reason).slice(KEEP_BACKUPS[reason]);
    for (const old of surplus) {
      if (old.name === lastGood) continue;
      await fs.remove(join(dir, old.name));
      await fs.remove(join(dir, old.name + INFO_SUFFIX));
    }
  }
}

/** The bytes of one listed backup (to restore it through the ordinary import); null for names that are not backups. */
export async function readBackup(fs: BackupFileSystem, dir: string, name: string): Promise<Uint8Array | null> {
  if (!BACKUP_NAME.test(name)) return null;
  try {
    return await fs.readFile(join(dir, name));
  } catch {
    return null;
  }
}

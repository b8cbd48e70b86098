import { describe, expect, it } from 'vitest';
import { checkBackupBytes } from '../../../electron/backupCheck';
import { KEEP_BACKUPS, isDailyBackupDue, listBackups, readBackup, writeBackup, type BackupFileSystem, type BackupWriter } from '../../../electron/backups';
import { buildSampleWorkspace, workspaceFileText } from '../../support/sampleWorkspace';

function memoryFs(): BackupFileSystem & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    mkdir: () => Promise.resolve(),
    readdir: (dir) => Promise.resolve([...files.keys()].filter((p) => p.startsWith(`${dir}/`)).map((p) => p.slice(dir.length + 1))),
    writeFile: (path, data) => (files.set(path, data), Promise.resolve()),
    readFile: (path) => (files.has(path) ? Promise.resolve(files.get(path)!) : Promise.reject(new Error('ENOENT'))),
    remove: (path) => (files.delete(path), Promise.resolve()),
  };
}

const DIR = '/home/u/.config/Keyplan/backups';
const GOOD = new TextEncoder().encode(workspaceFileText(buildSampleWorkspace({ accounts: 1, stakeholders: 1 })));
const JUNK = new TextEncoder().encode('{"format":"keyplan-workspace","version":2}');

/** The real check (restore()), run in-process; backups written plain. */
const writerOf = (fs: BackupFileSystem): BackupWriter => ({ fs, dir: DIR, check: (plain) => Promise.resolve(checkBackupBytes(plain)), seal: (plain) => Promise.resolve(plain) });
const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second));

describe('automatic backups', () => {
  it('writes a named, time-stamped file with the bytes it was given, and what restore() said of it', async () => {
    const fs = memoryFs();
    const name = await writeBackup(writerOf(fs), 'before-import', GOOD, new Date('2026-11-22T08:09:10.011Z'));
    expect(name).toBe('keyplan-backup-20261122-080910-011-before-import.json');
    expect(fs.files.get(`${DIR}/${name}`)).toEqual(GOOD);
    expect(await listBackups(fs, DIR)).toEqual([
      { name, reason: 'before-import', at: Date.parse('2026-11-22T08:09:10.011Z'), restorable: true, records: 12, bytes: GOOD.byteLength, encrypted: false },
    ]);
  });

  it('rotates daily and pre-import backups separately, ignoring other files', async () => {
    const fs = memoryFs();
    fs.files.set(`${DIR}/notes.txt`, new Uint8Array());
    for (let i = 0; i < 30; i += 1) await writeBackup(writerOf(fs), i % 2 ? 'daily' : 'before-import', GOOD, at(i));
    const kept = await listBackups(fs, DIR);
    expect(kept.filter((b) => b.reason === 'daily')).toHaveLength(KEEP_BACKUPS.daily);
    expect(kept.filter((b) => b.reason === 'before-import')).toHaveLength(KEEP_BACKUPS['before-import']);
    expect(kept[0]?.at).toBe(at(29).getTime());
    expect(fs.files.has(`${DIR}/notes.txt`)).toBe(true);
    // Each backup's info goes with it.
    expect([...fs.files.keys()].filter((p) => p.endsWith('.info.json'))).toHaveLength(KEEP_BACKUPS.daily + KEEP_BACKUPS['before-import']);
  });

  it('never deletes the last backup restore() accepts, however many junk backups follow it', async () => {
    const fs = memoryFs();
    const good = await writeBackup(writerOf(fs), 'daily', GOOD, at(0));
    for (let i = 1; i <= 40; i += 1) await writeBackup(writerOf(fs), i % 2 ? 'daily' : 'before-import', JUNK, at(i));
    const kept = await listBackups(fs, DIR);
    expect(kept.map((b) => b.name)).toContain(good);
    expect(kept.filter((b) => b.restorable === true).map((b) => b.name)).toEqual([good]);
    expect(kept.find((b) => b.name !== good)).toMatchObject({ restorable: false, records: 0 });
  });

  it('a daily backup is due when there is none from the last 24 hours', async () => {
    const fs = memoryFs();
    const now = new Date('2026-11-22T12:00:00.000Z');
    expect(await isDailyBackupDue(fs, DIR, now)).toBe(true);
    await writeBackup(writerOf(fs), 'before-import', GOOD, new Date('2026-11-22T11:00:00.000Z'));
    expect(await isDailyBackupDue(fs, DIR, now)).toBe(true);
    await writeBackup(writerOf(fs), 'daily', GOOD, new Date('2026-11-21T13:00:00.000Z'));
    expect(await isDailyBackupDue(fs, DIR, now)).toBe(false);
    expect(await isDailyBackupDue(fs, DIR, new Date('2026-11-22T13:00:00.000Z'))).toBe(true);
  });

  it('reads back only files that are backups (no other names, no paths)', async () => {
    const fs = memoryFs();
    const name = await writeBackup(writerOf(fs), 'daily', GOOD, at(1));
    fs.files.set('/home/u/.config/Keyplan/backup-password.bin', new Uint8Array([1]));
    expect(await readBackup(fs, DIR, name)).toEqual(GOOD);
    expect(await readBackup(fs, DIR, '../backup-password.bin')).toBeNull();
    expect(await readBackup(fs, DIR, 'keyplan-backup-20260101-000000-000-daily.json')).toBeNull();
  });

  it('a missing folder means no backups yet', async () => {
    const fs = { ...memoryFs(), readdir: () => Promise.reject(new Error('ENOENT')) };
    expect(await listBackups(fs, DIR)).toEqual([]);
  });
});

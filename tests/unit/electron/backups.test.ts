import { describe, expect, it } from 'vitest';
import { KEEP_BACKUPS, isDailyBackupDue, listBackups, writeBackup, type BackupFileSystem } from '../../../electron/backups';

function memoryFs(): BackupFileSystem & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    mkdir: () => Promise.resolve(),
    readdir: (dir) => Promise.resolve([...files.keys()].filter((p) => p.startsWith(`${dir}/`)).map((p) => p.slice(dir.length + 1))),
    writeFile: (path, data) => (files.set(path, data), Promise.resolve()),
    remove: (path) => (files.delete(path), Promise.resolve()),
  };
}

const DIR = '/home/u/.config/Keyplan/backups';

describe('automatic backups', () => {
  it('writes a named, time-stamped file with the bytes it was given', async () => {
    const fs = memoryFs();
    const name = await writeBackup(fs, DIR, 'before-import', new Uint8Array([123, 125]), new Date('2026-11-22T08:09:10.011Z'));
    expect(name).toBe('keyplan-backup-20261122-080910-011-before-import.json');
    expect(fs.files.get(`${DIR}/${name}`)).toEqual(new Uint8Array([123, 125]));
  });

  it(`keeps the newest ${KEEP_BACKUPS} and deletes older ones, ignoring other files`, async () => {
    const fs = memoryFs();
    fs.files.set(`${DIR}/notes.txt`, new Uint8Array());
    for (let i = 0; i < KEEP_BACKUPS + 5; i += 1) {
      await writeBackup(fs, DIR, i % 2 ? 'daily' : 'before-import', new Uint8Array([i]), new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
    }
    const kept = await listBackups(fs, DIR);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept[0]?.at).toBe(Date.UTC(2026, 0, 1, 0, 0, KEEP_BACKUPS + 4));
    expect(kept.at(-1)?.at).toBe(Date.UTC(2026, 0, 1, 0, 0, 5));
    expect(fs.files.has(`${DIR}/notes.txt`)).toBe(true);
  });

  it('a daily backup is due when there is none from the last 24 hours', async () => {
    const fs = memoryFs();
    const now = new Date('2026-11-22T12:00:00.000Z');
    expect(await isDailyBackupDue(fs, DIR, now)).toBe(true);
    await writeBackup(fs, DIR, 'before-import', new Uint8Array(), new Date('2026-11-22T11:00:00.000Z'));
    expect(await isDailyBackupDue(fs, DIR, now)).toBe(true);
    await writeBackup(fs, DIR, 'daily', new Uint8Array(), new Date('2026-11-21T13:00:00.000Z'));
    expect(await isDailyBackupDue(fs, DIR, now)).toBe(false);
    expect(await isDailyBackupDue(fs, DIR, new Date('2026-11-22T13:00:00.000Z'))).toBe(true);
  });

  it('a missing folder means no backups yet', async () => {
    const fs = { ...memoryFs(), readdir: () => Promise.reject(new Error('ENOENT')) };
    expect(await listBackups(fs, DIR)).toEqual([]);
  });
});

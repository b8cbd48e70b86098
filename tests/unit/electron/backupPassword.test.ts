import { describe, expect, it } from 'vitest';
import { BackupPassword, type SecretFiles, type SecretStore } from '../../../electron/backupPassword';
import { decryptWorkspaceFile } from '../../../shared/fileFormat/encryption';

const PATH = '/home/u/.config/Keyplan/backup-password.bin';

/** A key store that reverses bytes: enough to see the password never lands on disk as typed. */
function keyStore(backend = 'gnome_libsecret'): SecretStore & { up: boolean } {
  const store = {
    up: true,
    isEncryptionAvailable: () => store.up,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => new TextEncoder().encode(text).reverse(),
    decryptString: (bytes: Uint8Array) => new TextDecoder().decode(new Uint8Array(bytes).reverse()),
  };
  return store;
}

function memoryFiles(): SecretFiles & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    readFile: (path) => (files.has(path) ? Promise.resolve(files.get(path)!) : Promise.reject(new Error('ENOENT'))),
    writeFile: (path, data) => (files.set(path, data), Promise.resolve()),
    remove: (path) => (files.delete(path), Promise.resolve()),
  };
}

const WORKSPACE = new TextEncoder().encode('{"format":"keyplan-workspace"}');

describe('encrypted automatic backups', () => {
  it('writes backups plain until a password is set, then sealed so that only that password opens them', async () => {
    const files = memoryFiles();
    const password = new BackupPassword(keyStore(), files, PATH);
    expect(await password.state()).toEqual({ available: true, enabled: false });
    expect(await password.seal(WORKSPACE)).toBe(WORKSPACE);

    expect(await password.set('correct horse')).toEqual({ ok: true });
    expect(new TextDecoder().decode(files.files.get(PATH))).not.toContain('correct horse');
    expect(await password.state()).toEqual({ available: true, enabled: true });
    const sealed = JSON.parse(new TextDecoder().decode(await password.seal(WORKSPACE))) as unknown;
    expect(sealed).toMatchObject({ format: 'keyplan-encrypted', kdf: { name: 'PBKDF2', iterations: 600_000 } });
    expect(await decryptWorkspaceFile(sealed, 'correct horse')).toEqual({ ok: true, plain: WORKSPACE });
    expect((await decryptWorkspaceFile(sealed, 'wrong horse')).ok).toBe(false);

    expect(await password.set(null)).toEqual({ ok: true });
    expect(await password.seal(WORKSPACE)).toBe(WORKSPACE);
  }, 20_000);

  it('refuses a password it cannot keep safely: no key store, or Linux’s fixed basic_text key; and a short one', async () => {
    const none = keyStore();
    none.up = false;
    expect(await new BackupPassword(none, memoryFiles(), PATH).set('correct horse')).toEqual({ ok: false, reason: 'unavailable' });
    const basic = new BackupPassword(keyStore('basic_text'), memoryFiles(), PATH);
    expect(await basic.state()).toEqual({ available: false, enabled: false });
    expect(await basic.set('correct horse')).toEqual({ ok: false, reason: 'unavailable' });
    expect(await new BackupPassword(keyStore(), memoryFiles(), PATH).set('short')).toEqual({ ok: false, reason: 'too-short' });
  });

  it('fails the backup, never writes it plain, when the key store that holds the password goes away', async () => {
    const store = keyStore();
    const password = new BackupPassword(store, memoryFiles(), PATH);
    await password.set('correct horse');
    store.up = false;
    await expect(password.seal(WORKSPACE)).rejects.toThrow(/key store/);
  });
});

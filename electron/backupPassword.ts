/**
 * Encrypted automatic backups. The person sets a password once (Settings ▸ 自动备份); it is kept in
 * <userData>/backup-password.bin sealed by the operating system's key store (Electron safeStorage:
 * Keychain, DPAPI, libsecret/kwallet), so backups can be written without asking every day, and each
 * backup file is sealed with that password exactly like an encrypted export
 * (shared/fileFormat/encryption.ts). Restoring is an ordinary Import that asks for the password.
 *
 * Where the key store is missing or Linux falls back to its fixed "basic_text" key, encryption is
 * refused rather than pretended: a password sealed with a key every copy of Chromium knows protects
 * nothing.
 */
import { encryptWorkspaceFile, MIN_PASSWORD_LENGTH } from '../shared/fileFormat/encryption';
import type { BackupEncryptionState, SetBackupPasswordResult } from '../shared/bridge/contract';

export interface SecretStore {
  isEncryptionAvailable(): boolean;
  /** Linux only: which key store is in use ('basic_text' is a fixed key, not a store). */
  getSelectedStorageBackend?: () => string;
  encryptString(plainText: string): Uint8Array;
  decryptString(encrypted: Uint8Array): string;
}

export interface SecretFiles {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  remove(path: string): Promise<void>;
}

export class BackupPassword {
  constructor(
    private readonly store: SecretStore,
    private readonly files: SecretFiles,
    private readonly path: string,
  ) {}

  private available(): boolean {
    return this.store.isEncryptionAvailable() && this.store.getSelectedStorageBackend?.() !== 'basic_text';
  }

  /** The password, or null when backups are written plain (none set, or the key store cannot open it). */
  private async sealedPassword(): Promise<Uint8Array | null> {
    try {
      return await this.files.readFile(this.path);
    } catch {
      return null;
    }
  }

  /**
   * The password, or null when none is set. One set but no longer openable (the key store went away)
   * throws: the backup then fails and says so, instead of quietly going to disk unencrypted.
   */
  async password(): Promise<string | null> {
    const sealed = await this.sealedPassword();
    if (sealed === null || sealed.byteLength === 0) return null;
    if (!this.available()) throw new Error('The backup password cannot be opened: the system key store is not available');
    return this.store.decryptString(sealed);
  }

  async state(): Promise<BackupEncryptionState> {
    return { available: this.available(), enabled: ((await this.sealedPassword())?.byteLength ?? 0) > 0 };
  }

  async set(password: string | null): Promise<SetBackupPasswordResult> {
    if (password === null) {
      await this.files.remove(this.path);
      return { ok: true };
    }
    if (!this.available()) return { ok: false, reason: 'unavailable' };
    if (password.length < MIN_PASSWORD_LENGTH) return { ok: false, reason: 'too-short' };
    await this.files.writeFile(this.path, this.store.encryptString(password));
    return { ok: true };
  }

  /** The backup as it goes to disk: sealed with the password when one is set. */
  async seal(bytes: Uint8Array): Promise<Uint8Array> {
    const password = await this.password();
    if (password === null) return bytes;
    return new TextEncoder().encode(JSON.stringify(await encryptWorkspaceFile(bytes, password)));
  }
}

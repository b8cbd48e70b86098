/**
 * Workspace files that travel encrypted (a manager sends his accounts to his director by mail or a
 * USB stick). AES-GCM with a 256-bit key derived from the password by PBKDF2-SHA256 (600,000
 * iterations or more, as OWASP advises for PBKDF2-SHA256), a random 16-byte salt and 12-byte IV, all
 * through WebCrypto (browser, Electron and Node alike: nothing hand-rolled). The envelope names the
 * algorithm and its parameters and holds nothing else readable: no account name, no record count.
 *
 * A wrong password and a changed byte are the same event to AES-GCM (the tag does not verify); both
 * are refused without anything being read. A file asking for fewer iterations than the floor is
 * refused too, so a tampered envelope cannot make a password cheap to guess; one asking for absurdly
 * many is refused so a file cannot hang the app.
 */
import type { Problem } from './problems';

export const ENCRYPTED_FORMAT = 'keyplan-encrypted';
export const ENCRYPTION_VERSION = 1;
export const MIN_ITERATIONS = 600_000;
export const MAX_ITERATIONS = 10_000_000;
/** The shortest password the app accepts for an encrypted file or encrypted backups. */
export const MIN_PASSWORD_LENGTH = 8;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface EncryptedEnvelope {
  format: typeof ENCRYPTED_FORMAT;
  version: number;
  cipher: { name: 'AES-GCM'; length: 256; iv: string };
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  /** The encrypted workspace file, base64. */
  data: string;
}

/** Cheap test on parsed JSON: is this an encrypted Keyplan file (so the password must be asked for)? */
export function isEncryptedEnvelope(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === ENCRYPTED_FORMAT;
}

// Base64 in chunks of a multiple of 3 bytes (4 characters back): each chunk encodes on its own, so a
// 60 MB file never becomes one 80-million-character binary string (nor overflows the argument stack).
const CHUNK_BYTES = 3 * 0x4000;
const CHUNK_CHARS = (CHUNK_BYTES / 3) * 4;

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + CHUNK_BYTES))));
  return parts.join('');
}

export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let offset = 0;
  try {
    for (let i = 0; i < text.length; i += CHUNK_CHARS) {
      const binary = atob(text.slice(i, i + CHUNK_CHARS));
      for (let j = 0; j < binary.length; j += 1) bytes[offset + j] = binary.charCodeAt(j);
      offset += binary.length;
    }
  } catch {
    return null;
  }
  return offset === bytes.length ? bytes : null;
}

async function deriveKey(password: string, salt: Uint8Array, iterations: number, usage: KeyUsage): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

export async function encryptWorkspaceFile(plain: Uint8Array, password: string, iterations = MIN_ITERATIONS): Promise<EncryptedEnvelope> {
  if (iterations < MIN_ITERATIONS) throw new Error(`PBKDF2 needs at least ${MIN_ITERATIONS} iterations`);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(password, salt, iterations, 'encrypt');
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, plain as BufferSource));
  return {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTION_VERSION,
    cipher: { name: 'AES-GCM', length: 256, iv: toBase64(iv) },
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    data: toBase64(sealed),
  };
}

export type DecryptResult = { ok: true; plain: Uint8Array } | { ok: false; problem: Problem };

const refuse = (code: Problem['code'], params: Problem['params'] = {}): DecryptResult => ({ ok: false, problem: { path: '', code, params } });

/** Opens an encrypted envelope (already parsed JSON). Never throws for bad input or a wrong password. */
export async function decryptWorkspaceFile(envelope: unknown, password: string): Promise<DecryptResult> {
  if (!isEncryptedEnvelope(envelope)) return refuse('not_encrypted');
  const e = envelope as Partial<EncryptedEnvelope>;
  if (e.version !== ENCRYPTION_VERSION) return refuse('encryption_unsupported');
  if (e.cipher?.name !== 'AES-GCM' || e.cipher.length !== 256 || e.kdf?.name !== 'PBKDF2' || e.kdf.hash !== 'SHA-256') return refuse('encryption_unsupported');
  const iterations = e.kdf.iterations;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    return refuse('encryption_weak', { minimum: MIN_ITERATIONS });
  }
  const salt = typeof e.kdf.salt === 'string' ? fromBase64(e.kdf.salt) : null;
  const iv = typeof e.cipher.iv === 'string' ? fromBase64(e.cipher.iv) : null;
  const sealed = typeof e.data === 'string' ? fromBase64(e.data) : null;
  if (!salt || salt.length < SALT_BYTES || !iv || iv.length !== IV_BYTES || !sealed || sealed.length < 16) return refuse('encrypted_damaged');
  try {
    const key = await deriveKey(password, salt, iterations, 'decrypt');
    const plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, sealed as BufferSource));
    return { ok: true, plain };
  } catch {
    // The tag did not verify: the password is wrong, or the file was changed after it was written.
    return refuse('wrong_password');
  }
}

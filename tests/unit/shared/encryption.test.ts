import { describe, expect, it } from 'vitest';
import { decryptWorkspaceFile, encryptWorkspaceFile, fromBase64, MIN_ITERATIONS, toBase64, type EncryptedEnvelope } from '../../../shared/fileFormat/encryption';
import { buildSampleWorkspace, workspaceFileText } from '../../support/sampleWorkspace';

const text = workspaceFileText(buildSampleWorkspace({ accounts: 2 }));
const plain = new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const codeOf = async (envelope: unknown, password: string) => {
  const result = await decryptWorkspaceFile(envelope, password);
  return result.ok ? 'ok' : result.problem.code;
};

describe('encrypted workspace files', () => {
  it('round trip with the right password; the envelope names the algorithm and holds nothing readable', async () => {
    const envelope = await encryptWorkspaceFile(plain, '陕西移动-2026!');
    expect(envelope).toMatchObject({ format: 'keyplan-encrypted', cipher: { name: 'AES-GCM', length: 256 }, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: MIN_ITERATIONS } });
    const written = JSON.stringify(envelope);
    expect(written).not.toContain('示例客户');
    expect(written).not.toContain('keyplan-workspace');
    const opened = await decryptWorkspaceFile(JSON.parse(written), '陕西移动-2026!');
    expect(opened.ok && decode(opened.plain)).toBe(text);
    // Fresh salt and IV each time: the same file encrypts differently.
    const again = await encryptWorkspaceFile(plain, '陕西移动-2026!');
    expect(again.kdf.salt).not.toBe(envelope.kdf.salt);
    expect(again.data).not.toBe(envelope.data);
  });

  it('refuses a wrong password, a flipped byte, a truncated file and a weakened key derivation', async () => {
    const envelope = await encryptWorkspaceFile(plain, 'right');
    expect(await codeOf(envelope, 'wrong')).toBe('wrong_password');

    const sealed = fromBase64(envelope.data)!;
    sealed[100]! ^= 0x01;
    expect(await codeOf({ ...envelope, data: toBase64(sealed) }, 'right')).toBe('wrong_password');

    // Cut short: too short to hold the tag is damaged; longer, the tag no longer verifies.
    expect(await codeOf({ ...envelope, data: envelope.data.slice(0, 20) }, 'right')).toBe('encrypted_damaged');
    expect(await codeOf({ ...envelope, data: envelope.data.slice(0, 400) }, 'right')).toBe('wrong_password');
    expect(await codeOf({ ...envelope, data: '%%%not base64' }, 'right')).toBe('encrypted_damaged');
    const weakened: EncryptedEnvelope = { ...envelope, kdf: { ...envelope.kdf, iterations: 1_000 } };
    expect(await codeOf(weakened, 'right')).toBe('encryption_weak');
    expect(await codeOf({ ...envelope, kdf: { ...envelope.kdf, iterations: 1e12 } }, 'right')).toBe('encryption_weak');
    expect(await codeOf({ ...envelope, cipher: { ...envelope.cipher, name: 'AES-CBC' } }, 'right')).toBe('encryption_unsupported');
    expect(await codeOf({ format: 'keyplan-workspace' }, 'right')).toBe('not_encrypted');
    await expect(encryptWorkspaceFile(plain, 'x', 1000)).rejects.toThrow();
  });
});

describe('base64 in chunks', () => {
  it('round-trips every length around the chunk edges and refuses what is not base64', () => {
    for (const length of [0, 1, 2, 3, 4, 49151, 49152, 49153, 100_000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 7919) % 256);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(text)).toEqual(bytes);
    }
    expect(fromBase64('abc')).toBeNull();
    expect(fromBase64('@@@@')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { errorMessage, isQuotaError } from '../../../renderer/data/storageErrors';

describe('storage errors', () => {
  it('recognises a full disk whether IndexedDB, Dexie or Firefox reports it', () => {
    expect(isQuotaError(new DOMException('quota', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
  it('says what went wrong in words', () => {
    expect(errorMessage(new Error('disk full'))).toBe('disk full');
    expect(errorMessage('plain')).toBe('plain');
  });
});

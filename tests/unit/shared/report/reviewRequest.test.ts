import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVIEW_SECTIONS, decodeReviewRequest, encodeReviewRequest, type ReviewRequest } from '../../../../shared/report/reviewRequest';

const request: ReviewRequest = {
  scope: { kind: 'accounts', accountIds: ['acc-1', 'acc-2'] },
  year: 2026,
  redaction: { personalFiles: false, contacts: false, hideCoaches: true },
  sections: [...REVIEW_SECTIONS],
  today: '2026-11-30',
  language: 'zh-CN',
  preparedBy: '王建国（陕西移动）',
  compareBefore: '2026-09-30',
  deckAppendix: false,
};

describe('review request in the report address', () => {
  it('comes back as it went, Chinese included, in characters an address keeps as they are', () => {
    const fragment = encodeReviewRequest(request);
    expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeReviewRequest(`#${fragment}`)).toEqual(request);
  });

  it('round-trips whatever a person may type as the preparer', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100, unit: 'binary' }), (preparedBy) => {
        expect(decodeReviewRequest(encodeReviewRequest({ ...request, preparedBy }))?.preparedBy).toBe(preparedBy);
      }),
    );
  });

  it('refuses an address the dialog could not have made', () => {
    expect(decodeReviewRequest('')).toBeNull();
    expect(decodeReviewRequest('#not base64!')).toBeNull();
    expect(decodeReviewRequest(`#${encodeReviewRequest({ ...request, year: 1900 })}`)).toBeNull();
    expect(decodeReviewRequest(`#${encodeReviewRequest({ ...request, sections: ['cover', 'passwords' as 'cover'] })}`)).toBeNull();
    expect(decodeReviewRequest(`#${encodeReviewRequest({ ...request, compareBefore: '2026-02-30' })}`)).toBeNull();
  });

  it('reads an address made before the compared snapshot could be chosen as comparing with the latest', () => {
    const older: Partial<ReviewRequest> = { ...request };
    delete older.compareBefore;
    expect(decodeReviewRequest(`#${encodeReviewRequest(older as ReviewRequest)}`)?.compareBefore).toBeNull();
  });
});

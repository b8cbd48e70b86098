import { describe, expect, it } from 'vitest';
import { bantSchema } from '../../../shared/domain/opportunity';
import { bantQualification } from '../../../shared/methods/bant';

describe('BANT', () => {
  it('is qualified only with budget, authority, need and timeline all confirmed', () => {
    expect(bantQualification(bantSchema.parse({ budget: true, authority: true, need: true, timeline: true }))).toEqual({ met: 4, missing: [], qualified: true });
  });

  it('lists what is still open, in B-A-N-T order', () => {
    expect(bantQualification(bantSchema.parse({ need: true }))).toEqual({ met: 1, missing: ['budget', 'authority', 'timeline'], qualified: false });
    expect(bantQualification(bantSchema.parse({}))).toMatchObject({ met: 0, qualified: false });
  });
});

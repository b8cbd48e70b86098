import { describe, expect, it } from 'vitest';
import { validateActivityDraft } from '../../../shared/domain/activityRules';
import { goneCold } from '../../../shared/methods/goneCold';
import { person } from '../../support/chainBuilder';

const today = '2026-11-22';

describe('activity rules', () => {
  it('accepts a visit today with a next step later', () => {
    const r = validateActivityDraft({ accountId: 'acc-1', date: today, nextStep: '提交方案', nextStepDate: '2026-11-27' }, today);
    expect(r.ok).toBe(true);
  });

  it('refuses a done activity in the future, but not a planned one', () => {
    expect(validateActivityDraft({ accountId: 'acc-1', date: '2026-11-23' }, today)).toEqual({ ok: false, problems: [{ path: 'date', code: 'date_in_future', params: {} }] });
    expect(validateActivityDraft({ accountId: 'acc-1', date: '2026-11-23', planned: true }, today).ok).toBe(true);
  });

  it('refuses a next step due before the activity, and an unknown outcome code', () => {
    expect(validateActivityDraft({ accountId: 'acc-1', date: today, nextStepDate: '2026-11-21' }, today)).toEqual({
      ok: false,
      problems: [{ path: 'nextStepDate', code: 'before_activity', params: {} }],
    });
    const bad = validateActivityDraft({ accountId: 'acc-1', date: today, outcome: 'MAYBE' }, today);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]).toMatchObject({ path: 'outcome', code: 'invalid_option' });
  });
});

describe('gone cold', () => {
  it('lists key people silent for more than N days or never contacted, longest-silent first; ignores others', () => {
    const people = [
      person('eb', { buyingRole: 'EB', lastContactDate: '2026-10-01' }),
      person('ub', { buyingRole: 'UB', lastContactDate: '2026-11-20' }),
      person('tb', { buyingRole: 'TB', lastContactDate: null }),
      person('big', { influence: 5, lastContactDate: '2026-10-22' }),
      person('clerk', { influence: 2, lastContactDate: null }),
      person('seat', { placeholder: true, name: '', buyingRole: 'COACH' }),
    ];
    expect(goneCold(people, today, 30).map((c) => [c.person.id, c.days])).toEqual([
      ['tb', null],
      ['eb', 52],
      ['big', 31],
    ]);
  });
});

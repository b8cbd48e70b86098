import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fieldNameOf, toDraft, toFormValues } from '../../../renderer/views/accounts/accountFormModel';
import { validateAccountDraft } from '../../../shared/domain/accountRules';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';

const account = buildSampleWorkspace({ accounts: 1 }).accounts[0]!;

describe('account form model', () => {
  it('shows money in yuan and dates as days, and converts back to exactly what was stored', () => {
    const values = toFormValues(account, 'CNY');
    expect(values.information.revenue).toBe(5_000_000.01);
    expect(values.information.founded?.format('YYYY-MM-DD')).toBe('2008-06-18');
    expect(values.purchases[0]?.amount).toBe(20_000);
    const { draft, problems } = toDraft(values, 'CNY');
    expect(problems).toEqual([]);
    const validated = validateAccountDraft(draft, { id: account.id, today: '2026-03-01', accounts: [] });
    if (!validated.ok) throw new Error(JSON.stringify(validated.problems));
    expect({ ...account, ...validated.value }).toEqual(account);
    expect(Object.keys(validated.value)).not.toContain('id');
  });

  it('reports amounts with more decimals than the currency has at their field, instead of rounding', () => {
    const values = toFormValues(account, 'CNY');
    values.information.revenue = 12.345;
    values.purchases[0]!.amount = 0.001;
    expect(toDraft(values, 'CNY').problems.map((p) => p.path)).toEqual(['information.revenue', 'purchases[0].amount']);
    const yen = toFormValues(null, 'JPY');
    yen.transactions.arrears = 10.5;
    expect(toDraft(yen, 'JPY').problems.map((p) => p.path)).toEqual(['transactions.arrears']);
  });

  it('a new account starts empty but valid except for its name', () => {
    const { draft } = toDraft(toFormValues(null, 'CNY'), 'CNY');
    const validated = validateAccountDraft(draft, { id: null, today: '2026-03-01', accounts: [] });
    expect(validated.ok ? [] : validated.problems.map((p) => `${p.path}:${p.code}`)).toEqual(['name:required']);
  });

  it('a purchase without a date is reported at that purchase', () => {
    const values = toFormValues(null, 'CNY');
    values.name = '客户';
    values.purchases = [{ id: '', date: dayjs('2026-01-02'), amount: 1 }, { id: '', date: null, amount: 2 }];
    const { draft } = toDraft(values, 'CNY');
    const validated = validateAccountDraft(draft, { id: null, today: '2026-03-01', accounts: [] });
    expect(validated.ok ? [] : validated.problems.map((p) => `${p.path}:${p.code}`)).toEqual(['purchases[1].date:invalid_type']);
  });

  it('maps problem paths to form field names', () => {
    expect(fieldNameOf('name')).toEqual(['name']);
    expect(fieldNameOf('information.founded')).toEqual(['information', 'founded']);
    expect(fieldNameOf('purchases[12].date')).toEqual(['purchases', 12, 'date']);
    expect(fieldNameOf('barriers[0]')).toEqual(['barriers', 0]);
  });
});

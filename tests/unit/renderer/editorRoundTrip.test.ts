/**
 * A file can never hold what the UI forbids, and what the UI allows it keeps as it is: every account or
 * contract that restore() accepts opens in its editor and saves back unchanged (no field moves when
 * the person opens it and presses Save without typing).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDraft, toFormValues } from '../../../renderer/views/accounts/accountFormModel';
import { draftOf, valuesOf } from '../../../renderer/views/payments/contractForm';
import { accountDraftSchema, validateAccountDraft } from '../../../shared/domain/accountRules';
import { ACCOUNT_TIERS, BARRIER_TYPES } from '../../../shared/domain/codes';
import { contractDraftSchema, validateContractDraft } from '../../../shared/domain/contractRules';
import { diffFields } from '../../../shared/domain/recordPatch';
import { restore } from '../../../shared/fileFormat/restore';
import { splitAmount } from '../../../shared/methods/collection';
import { buildSampleWorkspace, envelopeOf } from '../../support/sampleWorkspace';

const TODAY = '2026-11-22';
const day = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const words = fc.string({ unit: fc.constantFrom(...Array.from('陕西移动分公司华东电网 ABCabc123-（）')), minLength: 0, maxLength: 30 });
const money = fc.integer({ min: 0, max: 9_000_000_000_00 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const accountArb = fc.record({
  name: words.filter((w) => w.trim() !== ''),
  region: words,
  tier: fc.constantFrom(...ACCOUNT_TIERS),
  notes: words,
  information: fc.record({ founded: maybe(day), headcount: maybe(fc.nat({ max: 10_000_000 })), revenue: maybe(money), procurementBudget: maybe(money), mainBusiness: words, pastSuppliers: words }),
  barriers: fc.uniqueArray(fc.record({ id: fc.uuid(), type: fc.constantFrom(...BARRIER_TYPES), description: words, breakthroughPlan: words }), { maxLength: 3, selector: (b) => b.id }),
  purchases: fc.uniqueArray(fc.record({ id: fc.uuid(), date: day, amount: money }), { maxLength: 4, selector: (p) => p.id }),
  transactions: fc.record({ cumulativeSales: maybe(money), arrears: maybe(money), collectionPeriodDays: maybe(fc.nat({ max: 3650 })) }),
});

const sharesArb = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }).map((weights) => {
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((w * 10_000) / total));
  shares[shares.length - 1]! += 10_000 - shares.reduce((a, b) => a + b, 0);
  return shares;
});

const contractArb = fc.record({
  title: words,
  amount: fc.integer({ min: 1, max: 9_000_000_000_00 }),
  signedDate: maybe(day),
  shares: sharesArb,
  dueDates: fc.array(maybe(day), { minLength: 5, maxLength: 5 }),
  received: fc.array(fc.tuple(fc.nat({ max: 100 }), day, fc.boolean()), { minLength: 5, maxLength: 5 }),
  notes: words,
  /** Moves one minor unit from the first installment to the last: still adds up, but not the editor's split. */
  shifted: fc.boolean(),
});

describe('what restore() accepts, the editors save back unchanged', () => {
  it('accounts', () => {
    let opened = 0;
    fc.assert(
      fc.property(accountArb, (fields) => {
        const doc = envelopeOf(buildSampleWorkspace({ accounts: 1, everyTable: false }));
        const stored = doc.data.accounts[0]!;
        Object.assign(stored, fields, { information: { ...stored.information, ...fields.information }, transactions: { ...stored.transactions, ...fields.transactions } });
        const restored = restore(JSON.parse(JSON.stringify(doc)), { today: TODAY });
        fc.pre(restored.ok);
        if (!restored.ok) return;
        opened += 1;
        const account = restored.data.accounts[0]!;
        const { draft, problems } = toDraft(toFormValues(account, 'CNY'), 'CNY');
        expect(problems).toEqual([]);
        const saved = validateAccountDraft(draft, { id: account.id, today: TODAY, accounts: [] });
        if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
        expect(diffFields(accountDraftSchema.parse(account), saved.value)).toEqual([]);
      }),
      { numRuns: 150 },
    );
    // Most generated accounts are valid: the property is about them, not about refusals.
    expect(opened).toBeGreaterThan(50);
  });

  it('contracts', () => {
    let opened = 0;
    fc.assert(
      fc.property(contractArb, (c) => {
        const doc = envelopeOf(buildSampleWorkspace({ accounts: 1, stakeholders: 1, opportunities: 0, activities: 0, planRows: 0 }));
        const amounts = splitAmount(c.amount, c.shares);
        if (c.shifted && amounts.length > 1 && amounts[0]! > 0) {
          amounts[0]! -= 1;
          amounts[amounts.length - 1]! += 1;
        }
        doc.data.contracts[0] = {
          ...doc.data.contracts[0]!,
          title: c.title,
          amount: c.amount,
          signedDate: c.signedDate,
          notes: c.notes,
          installments: c.shares.map((share, i) => {
            const [percent, date, over] = c.received[i]!;
            const received = Math.floor(((amounts[i] ?? 0) * percent) / (over ? 50 : 100));
            return { id: `ins-${i}`, stage: null, label: '', shareBasisPoints: share, amount: amounts[i]!, dueDate: c.dueDates[i] ?? null, received, receivedDate: received > 0 ? date : null, overpayment: over };
          }),
        };
        const restored = restore(JSON.parse(JSON.stringify(doc)), { today: TODAY });
        fc.pre(restored.ok);
        if (!restored.ok) return;
        opened += 1;
        const contract = restored.data.contracts[0]!;
        const saved = validateContractDraft(draftOf(valuesOf(contract, 'CNY', null), 'CNY'), TODAY);
        if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
        expect(diffFields(contractDraftSchema.parse(contract), saved.value)).toEqual([]);
      }),
      { numRuns: 150 },
    );
    expect(opened).toBeGreaterThan(30);
  });
});

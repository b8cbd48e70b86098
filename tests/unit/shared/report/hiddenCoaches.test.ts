/**
 * Hiding coaches means their names appear nowhere in what leaves the machine: a property over random
 * workspaces whose free text names the coaches (summaries, strategies, notes, snapshots), for the
 * workspace file (whole and sliced) and the review pack's model, which the PDF, the deck and the
 * workbook are all drawn from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeWorkspace } from '../../../../shared/fileFormat/serialize';
import { sliceWorkspace } from '../../../../shared/fileFormat/slice';
import { buildReviewModel } from '../../../../shared/report/reviewModel';
import { SAFE_REDACTION } from '../../../../shared/report/redaction';
import { hideNamesInText, hiddenNames } from '../../../../shared/report/hiddenNames';
import { buildSampleWorkspace } from '../../../support/sampleWorkspace';

const APP = { name: 'Keyplan', version: '0.1.0' };
const SURNAMES = ['陈', '韩', '沈', '欧阳', '王'];
const GIVEN = ['静', '冰', '建华', '明', '晓燕'];

describe('hidden coaches', () => {
  it('replace the longest name first, and leave one-character names alone', () => {
    const names = hiddenNames(
      [
        { id: 'a', name: '陈静' },
        { id: 'b', name: '陈静怡' },
        { id: 'c', name: '王' },
      ],
      new Map([
        ['a', '向导 A'],
        ['b', '向导 B'],
        ['c', '向导 C'],
      ]),
    );
    expect(hideNamesInText('陈静怡和陈静都说王总同意', names)).toBe('向导 B和向导 A都说王总同意');
  });

  it('property: no hidden coach’s name in the workspace file, its slice, or the review pack’s model', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...GIVEN)), { minLength: 1, maxLength: 3 }),
        fc.string({ maxLength: 8 }),
        (coachNames, filler) => {
          const data = buildSampleWorkspace({ accounts: 2, stakeholders: 4, opportunities: 1, activities: 2, planRows: 1 });
          const coaches = data.stakeholders.filter((_, i) => i < coachNames.length);
          coaches.forEach((person, i) => Object.assign(person, { name: coachNames[i]!.join(''), buyingRole: 'COACH', placeholder: false }));
          const said = coaches.map((c) => c.name).join('、');
          // Everywhere people write: a visit's summary, a plan's strategy, another person's notes, a snapshot.
          for (const a of data.activities) a.summary = `${filler}${said}透露财务部对预算有顾虑`;
          for (const r of data.planRows) r.strategy = `以${said}为内线，${filler}`;
          const other = data.stakeholders.find((p) => p.buyingRole !== 'COACH');
          if (other) other.notes = `${said}引荐`;
          for (const snap of data.chartSnapshots) snap.stakeholders = snap.stakeholders.map((p) => ({ ...p, notes: `${said}的意见` }));
          const { settings, ...tables } = data;
          const options = { app: APP, exportedAt: '2026-12-07T00:00:00.000Z', redact: true, withoutContacts: true, coachAlias: '向导 {letter}' };
          const outputs = [
            serializeWorkspace(settings, tables, options).join(''),
            serializeWorkspace(settings, sliceWorkspace(tables, [tables.accounts[0]!.id]), { ...options, slice: true }).join(''),
            JSON.stringify(
              buildReviewModel({ tables, settings, scope: { kind: 'all' }, year: settings.planYear, redaction: { ...SAFE_REDACTION, hideCoaches: true }, today: '2026-12-07', coachAlias: (l) => `向导 ${l}` }),
              (_, value: unknown) => (value instanceof Map ? [...value] : value),
            ),
          ];
          for (const output of outputs) for (const coach of coaches) expect(output).not.toContain(coach.name);
          expect(outputs[0]).toContain('向导 A');
        },
      ),
      { numRuns: 40 },
    );
  });
});

/**
 * The analysis methods the views recompute on every edit: RFM for an account with 200 purchases,
 * the A/B/C/D grade, and the matrix placement with a 40-person decision chain. Microseconds per
 * call (in Node, same V8 as the app), against a raw loop summing the same purchases in the same run:
 * a frame has 16,667 µs.
 */
import { gradeChecklistSchema } from '../../../shared/domain/opportunity';
import { matrixSettingsSchema } from '../../../shared/domain/matrixSettings';
import { rfmSettingsSchema } from '../../../shared/domain/rfmSettings';
import { placeAccount } from '../../../shared/methods/customerMatrix';
import { gradeOpportunity } from '../../../shared/methods/opportunityGrade';
import { computeRfm } from '../../../shared/methods/rfm';
import { person } from '../../support/chainBuilder';
import type { Figure, Scenario } from '../harness';

function perCall(work: () => unknown, rounds = 20_000): number {
  for (let i = 0; i < 1000; i += 1) work();
  const started = performance.now();
  for (let i = 0; i < rounds; i += 1) work();
  return ((performance.now() - started) * 1000) / rounds;
}

export const analysisMethodsScenario: Scenario = {
  name: 'analysis methods (per edit)',
  run: () => {
    const purchases = Array.from({ length: 200 }, (_, i) => ({ date: `2026-${String((i % 11) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`, amount: 100_000 + i }));
    const rfmSettings = rfmSettingsSchema.parse({});
    const checklist = gradeChecklistSchema.parse({ EB: { contacted: true, endorses: true }, budgetConfirmed: true });
    const chain = Array.from({ length: 40 }, (_, i) => person(`p${i}`, { buyingRole: (['EB', 'UB', 'TB', 'COACH', 'NONE'] as const)[i % 5], stance: (i % 5) - 2, coverage: i % 2 ? 'DEEP' : 'NOT_CONTACTED' }));
    const matrix = matrixSettingsSchema.parse({});
    let sink = 0;
    const raw = perCall(() => {
      for (const p of purchases) sink += p.amount;
    });
    const rfm = perCall(() => computeRfm(purchases, '2026-11-22', rfmSettings));
    const grade = perCall(() => gradeOpportunity(checklist, '2026-12-20', '2026-11-22'));
    const place = perCall(() => placeAccount({ lifecycleStage: 'STABILITY', quadrantOverride: null }, 5_000_000, chain, matrix));
    if (sink < 0) console.log(sink);
    const figures: Figure[] = [
      { name: 'raw loop over 200 purchases (baseline)', value: raw, unit: 'µs' },
      { name: 'RFM of an account with 200 purchases', value: rfm, unit: 'µs', note: `${(rfm / raw).toFixed(1)}× raw` },
      { name: 'A/B/C/D grade of an opportunity', value: grade, unit: 'µs' },
      { name: 'matrix placement with a 40-person chain', value: place, unit: 'µs' },
    ];
    return Promise.resolve(figures);
  },
};

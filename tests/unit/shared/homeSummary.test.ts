import { describe, expect, it } from 'vitest';
import { createHomeSummarizer, HOME_LIST_SIZE, type HomeInputs } from '../../../shared/methods/homeSummary';
import { effectiveQuadrants, type Potentials } from '../../../shared/methods/matrixModel';
import { chainStandings } from '../../../shared/methods/chainStandings';
import { installmentLines } from '../../../shared/methods/paymentsModel';
import { quadrantCounts, yearFigures } from '../../../shared/methods/portfolioModel';
import { goneCold } from '../../../shared/methods/goneCold';
import { summarizePlanYear } from '../../../shared/methods/planYearSummary';
import { purchasePotentials, type ResolvedPotential } from '../../../shared/methods/accountPotential';
import { buildSampleWorkspace } from '../../support/sampleWorkspace';

const today = '2026-11-22';
const data = buildSampleWorkspace({ accounts: 40, stakeholders: 6, opportunities: 3, activities: 3, planRows: 2 });
const everything = (): HomeInputs => ({
  today,
  settings: data.settings,
  accounts: data.accounts,
  contracts: data.contracts,
  opportunities: data.opportunities,
  renewals: data.renewals,
  activities: data.activities,
  people: data.stakeholders,
  whitespace: data.whitespaceCells,
  plan: summarizePlanYear(data.planRows.filter((r) => r.year === data.settings.planYear), today),
});

describe('the home summary (computed in the home worker)', () => {
  it('gives the figures the home computed from the records before, and the first lines of each list with its length', () => {
    const inputs = everything();
    const summary = createHomeSummarizer()(inputs);
    const byId = new Map(data.accounts.map((a) => [a.id, a]));
    expect(summary.quadrants).toEqual(quadrantCounts(effectiveQuadrants(data.accounts, chainStandings(data.stakeholders), data.settings.matrix, purchasePotentials(data.accounts, data.whitespaceCells, inputs.plan!.potentialByAccount)).values()));
    expect(summary.figures).toEqual(yearFigures(inputs.plan!, data.opportunities, data.settings.planYear, data.settings.stageProbabilities));
    const overdue = installmentLines(data.contracts, byId, today, 'OVERDUE');
    expect(summary.overdue?.count).toBe(overdue.length);
    expect(summary.overdue?.total).toBe(overdue.reduce((s, l) => s + l.outstanding, 0));
    const cold = goneCold(data.stakeholders, today, data.settings.coldAfterDays);
    expect(cold.length).toBeGreaterThan(HOME_LIST_SIZE);
    expect(summary.cold?.count).toBe(cold.length);
    expect(summary.cold?.items).toHaveLength(HOME_LIST_SIZE);
    // The account's name travels with the line: the window holds no account records to look it up.
    const first = cold[0]!.person;
    expect(summary.cold?.items[0]).toEqual({ id: first.id, name: first.name, title: first.title, accountId: first.accountId, accountName: byId.get(first.accountId)!.name, lastContactDate: first.lastContactDate });
  });

  it('leaves a part out until the records it needs have been read', () => {
    const summarize = createHomeSummarizer();
    const { plan, people, ...rest } = everything();
    const partial = summarize(rest);
    expect(partial.quadrants).toBeUndefined();
    expect(partial.cold).toBeUndefined();
    expect(partial.figures).toBeUndefined();
    expect(partial.due).toBeUndefined();
    expect(partial.stages).toBeDefined();
    expect(partial.overdue).toBeDefined();
    const whole = summarize({ ...rest, plan, people });
    expect(whole.quadrants).toBeDefined();
    expect(whole.due).toBeDefined();
  });

  it('recomputes only the parts whose records changed', () => {
    const summarize = createHomeSummarizer();
    const inputs = everything();
    const before = summarize(inputs);
    const after = summarize({ ...inputs, activities: [...data.activities] });
    expect(after.quadrants).toBe(before.quadrants);
    expect(after.cold).toBe(before.cold);
    expect(after.due).not.toBe(before.due);
    const fewerPeople = summarize({ ...inputs, people: data.stakeholders.slice(1) });
    expect(fewerPeople.quadrants).not.toBe(before.quadrants);
  });
});

describe('the quadrant counts', () => {
  it('leave out accounts whose potential is unknown (the matrix lists them apart; they are not 问题客户)', () => {
    const data = buildSampleWorkspace({ accounts: 3, stakeholders: 0 });
    const known: Potentials = new Map<string, ResolvedPotential | null>([[data.accounts[0]!.id, { amount: 500_000_000, source: 'DRIVERS' }]]);
    const quadrants = effectiveQuadrants(data.accounts, {}, data.settings.matrix, known);
    expect([...quadrants.keys()]).toEqual([data.accounts[0]!.id]);
  });
});

/** What the account page's header computes from the account's records and the workspace settings. */
import type { Account } from '../../../shared/domain/account';
import type { MatrixQuadrant } from '../../../shared/domain/codes';
import type { Settings } from '../../../shared/domain/settings';
import { accountYearFigures, type AccountYearFigures } from '../../../shared/methods/accountFigures';
import { planPotentialByAccount, resolvePurchasePotential, type ResolvedPotential } from '../../../shared/methods/accountPotential';
import { placeAccount } from '../../../shared/methods/customerMatrix';
import { computeRfm, type RfmResult } from '../../../shared/methods/rfm';
import type { AccountRecords } from '../../data/hooks/accountWorkspaceHooks';

export interface AccountHeadline {
  figures: AccountYearFigures;
  potential: ResolvedPotential | null;
  /** The computed quadrant (null while the potential is unknown) and the user's own. */
  computedQuadrant: MatrixQuadrant | null;
  quadrantOverride: MatrixQuadrant | null;
  relationship: number;
  rfm: RfmResult | null;
}

export function accountHeadline(account: Account, records: AccountRecords, settings: Settings, today: string): AccountHeadline {
  const year = settings.planYear;
  const figures = accountYearFigures({ year, today, probabilities: settings.stageProbabilities, planRows: records.planRows, opportunities: records.opportunities, contracts: records.contracts });
  const potential = resolvePurchasePotential({
    drivers: account.purchaseDrivers,
    whitespace: records.whitespace,
    plan: planPotentialByAccount(records.planRows.filter((r) => r.year === year))[account.id] ?? null,
  });
  const placement = placeAccount(account, potential?.amount ?? null, records.people, settings.matrix);
  return {
    figures,
    potential,
    computedQuadrant: placement.computed,
    quadrantOverride: account.quadrantOverride,
    relationship: placement.relationship.level,
    rfm: computeRfm(account.purchases, today, settings.rfm),
  };
}

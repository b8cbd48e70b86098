/** What deleting an account takes with it, as a person reads it: "20 位关键人、3 个商机、6 行计划、2 份合同". */
import type { TFunction } from 'i18next';
import type { AccountDependents } from '../../data/repositories/accountRepository';
import { looseT } from '../../i18n/looseT';

const ORDER = ['stakeholders', 'opportunities', 'planRows', 'contracts', 'renewals', 'activities', 'competitors', 'whitespaceCells', 'chartSnapshots', 'influenceLinks', 'subsidiaries'] as const;

export function dependentsText(t: TFunction, dependents: AccountDependents): string {
  // The table is chosen at run time; the typed t() cannot check the key (tests/unit/shared/i18n.test.ts checks both languages).
  const loose = looseT(t);
  return ORDER.flatMap((key) => {
    const count = dependents[key] ?? 0;
    return count > 0 ? [loose(`accounts.dependents.${key}`, { count })] : [];
  }).join(t('accounts.dependents.separator'));
}

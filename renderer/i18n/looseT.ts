/**
 * `t` for a key built at run time from data (`codes.<group>.<code>`, `problems.<code>`, a table's
 * name …). The typed `t()` only takes keys it can see; these exist in both languages for every value
 * (tests/unit/shared/i18n.test.ts checks it), so the one cast that loosens the type lives here.
 */
import type { TFunction } from 'i18next';

export type LooseT = (key: string, options?: Record<string, unknown>) => string;

export function looseT(t: TFunction): LooseT {
  return t as unknown as LooseT;
}

/**
 * BANT qualification: Budget, Authority, Need, Timeline. An opportunity is qualified when all four
 * are confirmed; the card says which are still open.
 */
import type { Opportunity } from '../domain/opportunity';

export const BANT_ITEMS = ['budget', 'authority', 'need', 'timeline'] as const;
export type BantItem = (typeof BANT_ITEMS)[number];

export interface BantResult {
  met: number;
  missing: BantItem[];
  qualified: boolean;
}

export function bantQualification(bant: Opportunity['bant']): BantResult {
  const missing = BANT_ITEMS.filter((item) => !bant[item]);
  return { met: BANT_ITEMS.length - missing.length, missing, qualified: missing.length === 0 };
}

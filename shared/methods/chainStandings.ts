/**
 * Every account's chain standing (customerMatrix.ts) from the stakeholders of a workspace: what the
 * matrix, the plan's quadrant column and the home need of 100,000 stakeholders, in a few numbers per
 * account. Deleted people do not count; an account without anyone is left out (NO_STANDING).
 */
import { groupByAccount } from '../domain/byAccount';
import type { Stakeholder } from '../domain/stakeholder';
import { chainStanding, type ChainStanding } from './customerMatrix';

export type ChainStandings = Readonly<Record<string, ChainStanding>>;

export function chainStandings(stakeholders: Iterable<Stakeholder>): ChainStandings {
  const live: Stakeholder[] = [];
  for (const s of stakeholders) if (s.deletedAt === null) live.push(s);
  const standings: Record<string, ChainStanding> = {};
  for (const [accountId, people] of groupByAccount(live)) standings[accountId] = chainStanding(people);
  return standings;
}

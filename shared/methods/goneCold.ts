/**
 * Key people gone cold (no contact in N days): the key people
 * of every account (EB, UB, TB, coach, or influence ≥ 4) whose last contact is older than N days or
 * who were never contacted, the longest-silent first.
 */
import { isGoneCold, isKeyPerson, daysBetween, type HealthPerson } from './decisionChainHealth';

export interface ColdPerson<P extends HealthPerson> {
  person: P;
  /** Days since the last contact; null = never contacted. */
  days: number | null;
}

export function goneCold<P extends HealthPerson>(people: readonly P[], today: string, coldAfterDays: number): ColdPerson<P>[] {
  return people
    .filter((p) => !p.placeholder && isKeyPerson(p) && isGoneCold(p, { today, coldAfterDays }))
    .map((person) => ({ person, days: person.lastContactDate === null ? null : daysBetween(person.lastContactDate, today) }))
    .sort((a, b) => (b.days ?? Infinity) - (a.days ?? Infinity));
}

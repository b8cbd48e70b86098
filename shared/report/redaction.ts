/**
 * What a review pack (and a workspace export) leaves out. Personal files (family, hometown, school,
 * hobbies, career goals) and contact details stay out unless the person ticks them; "hide coach
 * identities" replaces every coach's name and title with an alias (向导 A, 向导 B …) wherever the
 * person appears, so a deck shown to a wider room never names the customer's insider.
 */
import type { ChartSnapshot } from '../domain/chartSnapshot';
import type { Stakeholder } from '../domain/stakeholder';

export interface Redaction {
  /** Include personal files. */
  personalFiles: boolean;
  /** Include phone, mobile, e-mail, WeChat and address. */
  contacts: boolean;
  /** Replace coaches' names and titles with an alias. */
  hideCoaches: boolean;
}

/** The workspace export's default: nothing sensitive in, coaches named (the team's own file). */
export const SAFE_REDACTION: Redaction = { personalFiles: false, contacts: false, hideCoaches: false };

/** What leaves the machine for other eyes — a review pack, a slice for a colleague: coaches hidden too, unless ticked. */
export const LEAVING_REDACTION: Redaction = { ...SAFE_REDACTION, hideCoaches: true };

/** Backups and restore points: the workspace as it is, nothing left out. */
export const NOTHING_LEFT_OUT: Redaction = { personalFiles: true, contacts: true, hideCoaches: false };

export type LeftOut = 'personalFiles' | 'contacts' | 'coachIdentities';

/** What the dialog says is left out, in a fixed order. */
export function leftOut(redaction: Redaction): LeftOut[] {
  const out: LeftOut[] = [];
  if (!redaction.personalFiles) out.push('personalFiles');
  if (!redaction.contacts) out.push('contacts');
  if (redaction.hideCoaches) out.push('coachIdentities');
  return out;
}

const EMPTY_PERSONAL_FILE: Stakeholder['personalFile'] = { family: '', hometown: '', school: '', hobbies: '', careerGoals: '' };
const EMPTY_CONTACTS: Stakeholder['contacts'] = { phone: '', mobile: '', email: '', wechat: '', address: '' };

/** A, B, … Z, AA, AB … — the n-th coach's letter (n from 0). */
export function aliasLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Each hidden coach's alias: coaches are lettered in a stable order (by account, then id), so the
 * same workspace gives the same aliases in every format; `alias` words the letter in the pack's
 * language ("向导 A"). Empty unless coaches are to be hidden.
 */
export function coachAliases(people: readonly Stakeholder[], redaction: Redaction, alias: (letter: string) => string): Map<string, string> {
  if (!redaction.hideCoaches) return new Map();
  return new Map(
    people
      .filter((p) => p.buyingRole === 'COACH' && !p.placeholder)
      .sort((a, b) => (a.accountId === b.accountId ? (a.id < b.id ? -1 : 1) : a.accountId < b.accountId ? -1 : 1))
      .map((p, i) => [p.id, alias(aliasLetter(i))]),
  );
}

/**
 * The people as the pack may show them. A hidden coach's notes and needs go too: they are written
 * about him. `aliases` (coachAliases) may cover more people than these — a snapshot's people are
 * redacted with the live chain's aliases, so 向导 A is the same person on both.
 */
export function redactPeople(people: readonly Stakeholder[], redaction: Redaction, alias: (letter: string) => string, aliases: ReadonlyMap<string, string> = coachAliases(people, redaction, alias)): Stakeholder[] {
  return people.map((p) => {
    const name = aliases.get(p.id);
    const hidden = name === undefined ? {} : { name, title: '', department: '', notes: '', personalNeeds: '', decisionCriteria: '', organizationalNeeds: '' };
    return {
      ...p,
      ...hidden,
      personalFile: redaction.personalFiles && name === undefined ? p.personalFile : EMPTY_PERSONAL_FILE,
      contacts: redaction.contacts && name === undefined ? p.contacts : EMPTY_CONTACTS,
    };
  });
}

/** Every stakeholder of a workspace, live and in snapshots, each once: the people coaches are lettered over. */
export function everyPerson(tables: { stakeholders: readonly Stakeholder[]; chartSnapshots: readonly Pick<ChartSnapshot, 'stakeholders'>[] }): Stakeholder[] {
  const people = new Map(tables.stakeholders.map((p) => [p.id, p]));
  for (const snap of tables.chartSnapshots) for (const p of snap.stakeholders) if (!people.has(p.id)) people.set(p.id, p);
  return [...people.values()];
}

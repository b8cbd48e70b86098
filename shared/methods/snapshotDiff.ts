/**
 * What changed in a decision chain between two pictures of it (a snapshot and today, or two
 * snapshots): people who joined or left, stance / coverage / role / owner / reporting changes per
 * person, links added or removed, and the KP coverage and support balance before and after.
 * People are matched by id, so a renamed person is a change, not a leave-and-join.
 */
import { COVERAGE_LEVELS } from '../domain/codes';
import type { InfluenceLink, Stakeholder } from '../domain/stakeholder';
import { keyPersonCoverage, supportBalance, type KeyPersonCoverage, type SupportBalance } from './decisionChainHealth';

export interface ChainPicture {
  stakeholders: readonly Stakeholder[];
  links: readonly InfluenceLink[];
}

export const TRACKED_FIELDS = ['name', 'stance', 'coverage', 'buyingRole', 'influence', 'ownerId', 'reportsToId', 'placeholder'] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

export interface FieldChange {
  field: TrackedField;
  from: string | number | boolean | null;
  to: string | number | boolean | null;
}

/** One badge per person on the compared chart; the most telling change wins. */
export type ChangeBadge = 'JOINED' | 'STANCE_UP' | 'STANCE_DOWN' | 'COVERAGE_UP' | 'COVERAGE_DOWN' | 'CHANGED';

export interface PersonChange {
  id: string;
  name: string;
  changes: FieldChange[];
  badge: ChangeBadge;
}

export interface ChainDiff {
  joined: Stakeholder[];
  left: Stakeholder[];
  changed: PersonChange[];
  linksAdded: InfluenceLink[];
  linksRemoved: InfluenceLink[];
  keyPeople: { before: KeyPersonCoverage[]; after: KeyPersonCoverage[] };
  balance: { before: SupportBalance; after: SupportBalance };
  /** Badge per person id of the later picture. */
  badges: Map<string, ChangeBadge>;
}

const live = <T extends { deletedAt: string | null }>(records: readonly T[]): T[] => records.filter((r) => r.deletedAt === null);
const coverageRank = (c: Stakeholder['coverage']) => COVERAGE_LEVELS.indexOf(c);

function badgeFor(before: Stakeholder, after: Stakeholder): ChangeBadge {
  if (after.stance > before.stance) return 'STANCE_UP';
  if (after.stance < before.stance) return 'STANCE_DOWN';
  if (coverageRank(after.coverage) > coverageRank(before.coverage)) return 'COVERAGE_UP';
  if (coverageRank(after.coverage) < coverageRank(before.coverage)) return 'COVERAGE_DOWN';
  return 'CHANGED';
}

export function diffChains(earlier: ChainPicture, later: ChainPicture): ChainDiff {
  const before = live(earlier.stakeholders);
  const after = live(later.stakeholders);
  const beforeById = new Map(before.map((s) => [s.id, s]));
  const afterIds = new Set(after.map((s) => s.id));

  const joined = after.filter((s) => !beforeById.has(s.id));
  const left = before.filter((s) => !afterIds.has(s.id));
  const changed: PersonChange[] = [];
  const badges = new Map<string, ChangeBadge>(joined.map((s) => [s.id, 'JOINED']));
  for (const now of after) {
    const then = beforeById.get(now.id);
    if (!then) continue;
    const changes = TRACKED_FIELDS.filter((f) => then[f] !== now[f]).map((f) => ({ field: f, from: then[f], to: now[f] }));
    if (changes.length === 0) continue;
    const badge = badgeFor(then, now);
    changed.push({ id: now.id, name: now.name, changes, badge });
    badges.set(now.id, badge);
  }

  const linkKey = (l: InfluenceLink) => `${l.fromId}>${l.toId}>${l.kind}`;
  const beforeLinks = new Set(live(earlier.links).map(linkKey));
  const afterLinks = new Set(live(later.links).map(linkKey));
  return {
    joined,
    left,
    changed,
    linksAdded: live(later.links).filter((l) => !beforeLinks.has(linkKey(l))),
    linksRemoved: live(earlier.links).filter((l) => !afterLinks.has(linkKey(l))),
    keyPeople: { before: keyPersonCoverage(before), after: keyPersonCoverage(after) },
    balance: { before: supportBalance(before), after: supportBalance(after) },
    badges,
  };
}

/** Live reads for the views. They re-render when the data changes, in this window or the worker. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Account } from '../../../shared/domain/account';
import type { AccountTier } from '../../../shared/domain/codes';
import type { Opportunity } from '../../../shared/domain/opportunity';
import type { Activity } from '../../../shared/domain/activity';
import type { Contract } from '../../../shared/domain/contract';
import type { Renewal } from '../../../shared/domain/renewal';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { SETTINGS_ID, type Settings } from '../../../shared/domain/settings';
import { sharedLiveQuery } from './sharedLiveQuery';
import type { Competitor, TeamMember } from '../../../shared/domain/team';
import { db } from '../db';
import { countLiveAccountsByTier } from '../repositories/accountRepository';
import { withoutTombstones } from '../repositories/liveRecords';

const live = withoutTombstones;

export function useAccounts(enabled = true): Account[] | undefined {
  return useLiveQuery(async () => (enabled ? live(await db.accounts.toArray()) : undefined), [enabled]);
}

/** Live accounts per tier from index counts: the home's first figures, without reading the accounts. */
export function useAccountCountsByTier(): Record<AccountTier, number> | undefined {
  return useLiveQuery(() => countLiveAccountsByTier(db), []);
}

export function useTeamMembers(): TeamMember[] | undefined {
  return useLiveQuery(() => db.teamMembers.filter((m) => m.deletedAt === null).sortBy('name'), []);
}

/** Every team member, tombstoned ones included, so old owners still show a name. */
export function useTeamDirectory(): Map<string, TeamMember> | undefined {
  return useLiveQuery(async () => new Map((await db.teamMembers.toArray()).map((m) => [m.id, m])), []);
}

/** Read once for every component showing a setting (sharedLiveQuery.ts); a view can start it early. */
const settingsQuery = sharedLiveQuery(() => db.settings.get(SETTINGS_ID));

export function useSettings(): Settings | undefined {
  return settingsQuery.use();
}

/** Starts reading the settings, for a view about to show them; resolves with them once read. */
export const preloadSettings = (): Promise<Settings | undefined> => settingsQuery.preload();

export function useAccount(id: string | undefined): Account | null | undefined {
  return useLiveQuery(async () => (id === undefined ? null : ((await db.accounts.get(id)) ?? null)), [id]);
}

/** One account's live opportunities, through the accountId index (not the whole table). */
export function useAccountOpportunities(accountId: string): Opportunity[] | undefined {
  return useLiveQuery(async () => live(await db.opportunities.where('accountId').equals(accountId).toArray()), [accountId]);
}

/** `enabled` = false reads nothing yet (a screen that paints its first figures before the rest). */
export function useOpportunities(enabled = true): Opportunity[] | undefined {
  return useLiveQuery(async () => (enabled ? live(await db.opportunities.toArray()) : undefined), [enabled]);
}

export function useActivities(enabled = true): Activity[] | undefined {
  return useLiveQuery(async () => (enabled ? live(await db.activities.orderBy('date').reverse().toArray()) : undefined), [enabled]);
}

/** Live stakeholders of every account (the activity log picks participants and lists who has gone cold). */
export function useAllStakeholders(enabled = true): Stakeholder[] | undefined {
  return useLiveQuery(async () => (enabled ? live(await db.stakeholders.toArray()) : undefined), [enabled]);
}

export function useCompetitors(): Competitor[] | undefined {
  return useLiveQuery(async () => live(await db.competitors.toArray()), []);
}

export function useContracts(enabled = true): Contract[] | undefined {
  return useLiveQuery(async () => (enabled ? live(await db.contracts.toArray()) : undefined), [enabled]);
}

export function useRenewals(enabled = true): Renewal[] | undefined {
  return useLiveQuery(async () => (enabled ? live(await db.renewals.toArray()) : undefined), [enabled]);
}

/** One account's people (through the accountId index), for picking signers. */
export function useAccountStakeholders(accountId: string | null): Stakeholder[] | undefined {
  return useLiveQuery(async () => (accountId === null ? [] : live(await db.stakeholders.where('accountId').equals(accountId).toArray())), [accountId]);
}



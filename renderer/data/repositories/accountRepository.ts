/**
 * Accounts. Saving validates the whole record (schema + context rules) inside the write
 * transaction. Deleting tombstones the account and everything that belongs to it, detaches its
 * subsidiaries, and returns a receipt holding the records as they were, so undo puts back exactly
 * what was there (with a fresh `updatedAt`, so a later merge sees the undo as the newest change).
 */
import { nowIso, todayIsoDate } from '../../../shared/domain/common';
import type { Account } from '../../../shared/domain/account';
import { ACCOUNT_TIERS, type AccountTier } from '../../../shared/domain/codes';
import { accountDraftSchema, validateAccountDraft, type AccountDraft } from '../../../shared/domain/accountRules';
import type { TableName } from '../../../shared/domain/workspace';
import { compareAccountNames } from '../../../shared/report/reviewScope';
import Dexie, { type Table } from 'dexie';
import type { KeyplanDatabase } from '../database';
import { fieldsToStore, storeRecord, type SaveTarget } from './editConflicts';
import { ValidationError } from './validationError';
import { writeTransaction } from './writeTransaction';

/** Tables whose records belong to one account through `accountId`. */
export const ACCOUNT_CHILD_TABLES = [
  'stakeholders',
  'influenceLinks',
  'competitors',
  'opportunities',
  'activities',
  'planRows',
  'contracts',
  'renewals',
  'whitespaceCells',
  'chartSnapshots',
] as const satisfies readonly TableName[];

type ChildTable = (typeof ACCOUNT_CHILD_TABLES)[number];
type ChildRecord = { id: string; accountId: string; deletedAt: string | null; updatedAt: string };

/**
 * The child tables seen through the fields deletion touches. Each table holds its own record type;
 * the tombstone and undo code only spreads whole records, so every other field is carried as-is.
 */
function childTable(db: KeyplanDatabase, table: ChildTable): Table<ChildRecord, string> {
  return db.tableOf(table) as unknown as Table<ChildRecord, string>;
}

export interface DeletionReceipt {
  accountName: string;
  /** Records exactly as they were before the deletion, per table. */
  before: { accounts: Account[] } & { [T in ChildTable]: ChildRecord[] };
}

/**
 * Creates an account (`target` null) or saves the fields the person changed since the editor loaded
 * the account (see editConflicts.ts); the merged account is validated as a whole before it is written.
 */
export async function saveAccount(db: KeyplanDatabase, target: SaveTarget<Account>, draft: AccountDraft, today: string = todayIsoDate()): Promise<Account> {
  const id = target?.loaded.id ?? null;
  return writeTransaction(db, ['accounts'], async () => {
    // Only accounts that have a parent can be links of a group-tree cycle; the index finds them
    // without reading every account on each save.
    const withParents = await db.accounts.where('parentId').above('').filter((a) => a.deletedAt === null).toArray();
    const current = id === null ? undefined : await db.accounts.get(id);
    const fields = fieldsToStore((value) => validateAccountDraft(value, { id, today, accounts: withParents }), draft, { target, current, schema: accountDraftSchema, table: 'accounts' });
    const parentId = fields.parentId;
    if (parentId !== null && (await db.accounts.get(parentId))?.deletedAt !== null) {
      throw new ValidationError([{ path: 'parentId', code: 'dangling_reference', params: { id: parentId, table: 'accounts' } }]);
    }
    return storeRecord<Account>(db.accounts, 'accounts', id, current, fields);
  });
}

/**
 * Puts an account under another one (or at the top, `parentId` null): the group tree's drag. Only the
 * parent is laid onto the account as stored now, under the same rules as the editor's parent field
 * (no loop, the parent must exist); a parent changed elsewhere meanwhile asks (ConflictError).
 */
export async function moveAccount(db: KeyplanDatabase, loaded: Account, parentId: string | null): Promise<Account> {
  return saveAccount(db, { loaded }, { ...accountDraftSchema.parse(loaded), parentId });
}

export async function deleteAccount(db: KeyplanDatabase, id: string): Promise<DeletionReceipt> {
  return writeTransaction(db, ['accounts', ...ACCOUNT_CHILD_TABLES], async () => {
    const account = await db.accounts.get(id);
    if (!account || account.deletedAt !== null) throw new Error(`Account ${id} does not exist`);
    const now = nowIso();
    const subsidiaries = await db.accounts.where('parentId').equals(id).filter((a) => a.deletedAt === null).toArray();
    await db.accounts.bulkPut([
      { ...account, deletedAt: now, updatedAt: now },
      ...subsidiaries.map((s) => ({ ...s, parentId: null, updatedAt: now })),
    ]);
    const before = { accounts: [account, ...subsidiaries] } as DeletionReceipt['before'];
    for (const table of ACCOUNT_CHILD_TABLES) {
      const children = await childTable(db, table).where('accountId').equals(id).filter((r) => r.deletedAt === null).toArray();
      (before as Record<ChildTable, ChildRecord[]>)[table] = children;
      if (children.length > 0) await childTable(db, table).bulkPut(children.map((r) => ({ ...r, deletedAt: now, updatedAt: now })));
    }
    return { accountName: account.name, before };
  });
}

/** What deleting an account takes with it: live records per child table, and subsidiaries that lose their group. */
export type AccountDependents = Partial<Record<ChildTable | 'subsidiaries', number>>;

export async function countAccountDependents(db: KeyplanDatabase, id: string): Promise<AccountDependents> {
  return db.transaction('r', [db.accounts, ...ACCOUNT_CHILD_TABLES.map((t) => db.tableOf(t))], async () => {
    const counts: AccountDependents = {};
    const subsidiaries = await db.accounts.where('parentId').equals(id).filter((a) => a.deletedAt === null).count();
    if (subsidiaries > 0) counts.subsidiaries = subsidiaries;
    for (const table of ACCOUNT_CHILD_TABLES) {
      const live = await childTable(db, table).where('accountId').equals(id).filter((r) => r.deletedAt === null).count();
      if (live > 0) counts[table] = live;
    }
    return counts;
  });
}

/**
 * Live accounts per tier from index counts alone (no record is read): all accounts of the tier minus
 * the deleted ones, which are the only records in the `[tier+deletedAt]` index (see SCHEMA_V4).
 */
/** What a picker needs of an account. */
export interface AccountEntry {
  id: string;
  name: string;
  ownerId: string | null;
  deletedAt: null;
}

/**
 * Every live account's id, name and owner, in the order people look names up (pinyin for Chinese).
 * Read by the directory worker (workers/directoryWorker.ts) in one request: on the window's thread
 * this read copied every account (a 400 ms task over 5,000 accounts), and walking the name and
 * owner indexes instead took 10,000 cursor steps that waited behind every other read at start-up
 * (8.5 s before the review pack's 导出 could be pressed).
 */
export async function readAccountDirectory(db: KeyplanDatabase): Promise<AccountEntry[]> {
  const accounts = await db.accounts.toArray();
  return accounts
    .filter((a) => a.deletedAt === null)
    .map((a): AccountEntry => ({ id: a.id, name: a.name, ownerId: a.ownerId, deletedAt: null }))
    .sort((a, b) => compareAccountNames(a.name, b.name));
}

export async function countLiveAccountsByTier(db: KeyplanDatabase): Promise<Record<AccountTier, number>> {
  return db.transaction('r', db.accounts, async () => {
    const counts = await Promise.all(
      ACCOUNT_TIERS.map(async (tier) => {
        const [all, deleted] = await Promise.all([
          db.accounts.where('tier').equals(tier).count(),
          db.accounts.where('[tier+deletedAt]').between([tier, Dexie.minKey], [tier, Dexie.maxKey], true, true).count(),
        ]);
        return [tier, all - deleted] as const;
      }),
    );
    return Object.fromEntries(counts) as Record<AccountTier, number>;
  });
}

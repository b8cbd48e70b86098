/**
 * Notes every record an undoable step changes, with its version before and after, while a journal is
 * open on the step's transaction (undoStepRepository.ts opens one). It sits under every repository
 * write like ancestorKeeper.ts, so any editor's step — today's and those added later — can be taken
 * back without an undo function of its own. No journal is open for ordinary writes: they pay nothing.
 */
import type { DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { collapseChanges, type RecordChange, type StoredRecord } from '../../../shared/domain/undoSteps';
import { TABLES, type TableName } from '../../../shared/domain/workspace';
import { mutationMiddleware } from './mutationMiddleware';

const TRACKED: ReadonlySet<string> = new Set<string>(TABLES);

/** Open journals by IndexedDB transaction: every write of the step, nested transactions included, shares it. */
const journals = new WeakMap<object, RecordChange[]>();

export function openJournal(trans: object): void {
  journals.set(trans, []);
}

/** The step's changes, one per record (collapseChanges), and the journal closed. */
export function closeJournal(trans: object): RecordChange[] {
  const changes = journals.get(trans) ?? [];
  journals.delete(trans);
  return collapseChanges(changes);
}

function keysOf(request: DBCoreMutateRequest): string[] | null {
  if (request.type === 'delete') return request.keys.map(String);
  if (request.type === 'put') return (request.values as readonly { id?: unknown }[]).map((v) => (typeof v.id === 'string' ? v.id : ''));
  return null;
}

async function note(name: TableName, table: DBCoreTable, request: DBCoreMutateRequest, journal: RecordChange[]): Promise<void> {
  const keys = keysOf(request);
  if (!keys || keys.length === 0) return;
  const before = (await table.getMany({ trans: request.trans, keys })) as (StoredRecord | undefined)[];
  keys.forEach((id, i) => {
    const after = request.type === 'put' ? (structuredClone(request.values[i]) as StoredRecord) : null;
    journal.push({ table: name, id, before: before[i] ?? null, after });
  });
}

export const changeJournal = mutationMiddleware('changeJournal', TRACKED, (name, table) => async (request) => {
  const journal = journals.get(request.trans);
  if (journal) await note(name as TableName, table, request, journal);
  return table.mutate(request);
});

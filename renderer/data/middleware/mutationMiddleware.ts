/**
 * A Dexie middleware that sees every write (put, delete) to some tables before it reaches IndexedDB,
 * in the writing transaction — the shape the digest tracker, the merge ancestors and the undo journal
 * share. `mutate` builds a table's write from the table below; reads pass untouched.
 */
import type { DBCore, DBCoreTable, Middleware } from 'dexie';

export function mutationMiddleware(name: string, tables: ReadonlySet<string>, mutate: (tableName: string, table: DBCoreTable, down: DBCore) => DBCoreTable['mutate']): Middleware<{ stack: 'dbcore' } & DBCore> {
  return {
    stack: 'dbcore',
    name,
    create: (down) => ({
      ...down,
      table: (tableName: string): DBCoreTable => {
        const table = down.table(tableName);
        return tables.has(tableName) ? { ...table, mutate: mutate(tableName, table, down) } : table;
      },
    }),
  };
}

/**
 * Live records of a table read whole: reads use toArray() (IndexedDB getAll) and drop tombstones
 * afterwards — Dexie's filter() walks a cursor one record at a time, several times slower on
 * thousands of records. Shared by the window's live queries and the home worker's.
 */
export const withoutTombstones = <T extends { deletedAt: string | null }>(records: T[]): T[] => records.filter((r) => r.deletedAt === null);

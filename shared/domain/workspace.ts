/**
 * The workspace: every table of the domain plus the settings record. TABLES is the single list the
 * database, the file format, the reference checks and the benchmarks iterate over, in a fixed order
 * (parents before children) so exports are deterministic and imports write referenced rows first.
 */
import { z } from 'zod';
import { accountSchema } from './account';
import { activitySchema } from './activity';
import { chartSnapshotSchema } from './chartSnapshot';
import { contractSchema } from './contract';
import { opportunitySchema } from './opportunity';
import { planRowSchema } from './planRow';
import { renewalSchema, whitespaceCellSchema } from './renewal';
import { settingsSchema } from './settings';
import { influenceLinkSchema, stakeholderSchema } from './stakeholder';
import { competitorSchema, teamMemberSchema } from './team';

export const tableSchemas = {
  teamMembers: teamMemberSchema,
  accounts: accountSchema,
  stakeholders: stakeholderSchema,
  influenceLinks: influenceLinkSchema,
  competitors: competitorSchema,
  opportunities: opportunitySchema,
  activities: activitySchema,
  planRows: planRowSchema,
  contracts: contractSchema,
  renewals: renewalSchema,
  whitespaceCells: whitespaceCellSchema,
  chartSnapshots: chartSnapshotSchema,
} as const;

export type TableName = keyof typeof tableSchemas;
export const TABLES = Object.keys(tableSchemas) as TableName[];

export type TableRecord<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;
export type WorkspaceTables = { [T in TableName]: TableRecord<T>[] };

/**
 * Records hard to fit in memory are refused by the file reader before they reach this schema. A
 * table left out of a file is an empty table (a file written before the table existed, or by hand).
 */
export const workspaceDataSchema = z.object({
  settings: settingsSchema,
  ...(Object.fromEntries(TABLES.map((t) => [t, z.array(tableSchemas[t]).default([])])) as {
    [T in TableName]: z.ZodDefault<z.ZodArray<(typeof tableSchemas)[T]>>;
  }),
});

export type WorkspaceData = z.infer<typeof workspaceDataSchema>;

/**
 * Tables built table by table (a slice, a merge). Each table holds its own record type, which a loop
 * over TABLES cannot express to the type checker: the one assertion of that lives here, and `build`
 * must return records of the table it is given.
 */
export function tablesFrom(build: (table: TableName) => readonly object[]): WorkspaceTables {
  return Object.fromEntries(TABLES.map((t) => [t, build(t)])) as unknown as WorkspaceTables;
}

export function emptyTables(): WorkspaceTables {
  return tablesFrom(() => []);
}

export function countRecords(data: WorkspaceTables): number {
  return TABLES.reduce((sum, t) => sum + data[t].length, 0);
}

/**
 * Which record a problem is about, in the words a person knows: "关键人 王建国（陕西移动）", not
 * `data.stakeholders[27]`. Read from the document as it was checked (raw JSON is fine: a label is
 * only looked up, never trusted), so problems found by the schema are named as well as the others.
 * The path stays on the problem for the expert.
 */
import { TABLES, type TableName } from '../domain/workspace';
import type { Problem, ProblemSubject } from './problems';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/**
 * The record's own name: what its editor shows as its title. `names` finds a referenced record's
 * label (an influence link is named by its two people). Used for problems and for an undo refused.
 */
export function recordLabel(table: TableName, record: Record<string, unknown>, names: (table: TableName, id: unknown) => string): string {
  switch (table) {
    case 'contracts':
      return textOf(record.title);
    case 'renewals':
      return textOf(record.period);
    case 'planRows':
      return [textOf(record.year), textOf(record.product)].filter(Boolean).join(' · ');
    case 'activities':
      return [textOf(record.date), textOf(record.summary).slice(0, 20)].filter(Boolean).join(' ');
    case 'influenceLinks':
      return `${names('stakeholders', record.fromId) || textOf(record.fromId)} → ${names('stakeholders', record.toId) || textOf(record.toId)}`;
    case 'whitespaceCells':
      return [textOf(record.businessUnit), textOf(record.productLine)].filter(Boolean).join(' · ');
    default:
      return textOf(record.name);
  }
}

export class SubjectNamer {
  private readonly byId = new Map<TableName, Map<string, Record<string, unknown>>>();

  constructor(private readonly document: unknown) {}

  private tableOf(table: TableName): unknown[] {
    const data = isObject(this.document) ? this.document.data : undefined;
    const records = isObject(data) ? data[table] : undefined;
    return Array.isArray(records) ? records : [];
  }

  private name = (table: TableName, id: unknown): string => {
    if (typeof id !== 'string') return '';
    let index = this.byId.get(table);
    if (!index) {
      index = new Map(this.tableOf(table).flatMap((r) => (isObject(r) && typeof r.id === 'string' ? [[r.id, r] as const] : [])));
      this.byId.set(table, index);
    }
    const record = index.get(id);
    return record ? recordLabel(table, record, this.name) : '';
  };

  subjectOf(path: string): ProblemSubject | null {
    const match = /^data\.(\w+)\[(\d+)\]/.exec(path);
    const table = TABLES.find((t) => t === match?.[1]);
    if (!match || !table) return null;
    const record = this.tableOf(table)[Number(match[2])];
    if (!isObject(record)) return null;
    const label = recordLabel(table, record, this.name) || textOf(record.id);
    const account = table === 'accounts' ? '' : this.name('accounts', record.accountId);
    return { table, label, account, field: path.slice(match[0].length).replace(/^\./, '') };
  }

  describe(problems: Problem[]): Problem[] {
    return problems.map((problem) => {
      const subject = this.subjectOf(problem.path);
      return subject ? { ...problem, subject } : problem;
    });
  }
}

/** The problems with the record each is about, where the path names one. */
export function withSubjects(problems: Problem[], document: unknown): Problem[] {
  return new SubjectNamer(document).describe(problems);
}

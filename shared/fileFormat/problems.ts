/**
 * A problem found in a workspace file or a form: where (a JS-like path such as
 * `data.stakeholders[12].stance`), a stable code, and parameters. The text is produced from the i18n
 * resources (`problems.<code>`), so the same problem reads well in Chinese and English.
 *
 * Zod issues are converted here. Our own rules put a problem code in the zod message (see
 * domain/fieldRules.ts); `out_of_range:min:max` carries both bounds.
 */
import type { z } from 'zod';

export const PROBLEM_CODES = [
  'not_json',
  'empty_file',
  'too_large',
  'not_object',
  'wrong_format',
  'missing_version',
  'invalid_version',
  'not_enough_space',
  'changed_since_preview',
  'not_encrypted',
  'encryption_unsupported',
  'encryption_weak',
  'encrypted_damaged',
  'wrong_password',
  'newer_version',
  'unsupported_version',
  'required',
  'invalid_type',
  'too_small',
  'too_big',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'out_of_range',
  'not_integer',
  'invalid_option',
  'invalid_id',
  'invalid_date',
  'invalid_timestamp',
  'invalid_period',
  'invalid_value',
  'self_reference',
  'floor_above_target',
  'shares_not_full',
  'installments_not_amount',
  'installment_not_share',
  'duplicate_id',
  'dangling_reference',
  'cross_account_reference',
  'cycle',
  'duplicate_link',
  'duplicate_name',
  'duplicate_cell',
  'place_taken',
  'not_participant',
  'planned_chain_update',
  'thresholds_not_ascending',
  'reason_required',
  'before_activity',
  'date_in_future',
  'overpaid',
  'before_signing',
  'more_problems',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type ProblemParams = Record<string, string | number>;
export type PathSegment = string | number;

/** The record a problem is about, named as the person knows it (see problemSubjects.ts). */
export interface ProblemSubject {
  table: string;
  /** Its name, title or period, else its id. */
  label: string;
  /** The name of the account it belongs to ('' for none). */
  account: string;
  /** The path inside the record, e.g. `installments[1].received`. */
  field: string;
}

export interface Problem {
  path: string;
  code: ProblemCode;
  params: ProblemParams;
  subject?: ProblemSubject;
}

const KNOWN_CODES = new Set<string>(PROBLEM_CODES);

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Converts one zod issue; `root` is the value that was parsed (used to say what was found). */
export function problemFromZodIssue(issue: z.core.$ZodIssue, root: unknown, prefix: readonly PathSegment[] = []): Problem {
  const segments = [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
  const path = formatPath(segments);
  const message = issue.message;

  if (message.startsWith('out_of_range:')) {
    const [, min = '', max = ''] = message.split(':');
    return { path, code: 'out_of_range', params: { min: Number(min), max: Number(max) } };
  }
  if (KNOWN_CODES.has(message)) {
    return { path, code: message as ProblemCode, params: {} };
  }

  switch (issue.code) {
    case 'invalid_type': {
      const found = valueAt(root, issue.path);
      if (found === undefined) return { path, code: 'required', params: {} };
      return { path, code: 'invalid_type', params: { expected: issue.expected, found: describeValue(found) } };
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return { path, code: minimum <= 1 ? 'required' : 'too_short', params: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { path, code: 'too_few', params: { minimum } };
      return { path, code: 'too_small', params: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { path, code: 'too_long', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { path, code: 'too_many', params: { maximum } };
      return { path, code: 'too_big', params: { maximum } };
    }
    case 'invalid_value':
      return { path, code: 'invalid_option', params: { options: issue.values.map(String).join(', ') } };
    default:
      return { path, code: 'invalid_value', params: { detail: message } };
  }
}

/** Fills `{{name}}` placeholders: the same syntax i18next uses, so shared/ can format messages too. */
export function interpolate(template: string, params: ProblemParams): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => (name in params ? String(params[name]) : `{{${name}}}`));
}

export function describeProblem(problem: Problem, messages: Record<ProblemCode, string>): string {
  const text = interpolate(messages[problem.code], problem.params);
  return problem.path ? `${problem.path}: ${text}` : text;
}

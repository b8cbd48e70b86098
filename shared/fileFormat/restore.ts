/**
 * restore(): the one way a workspace file becomes a workspace. It parses, recognises the format by
 * name, migrates older versions, validates every record (defaults filled in, unknown keys dropped),
 * checks references, and returns either the workspace or the list of problems with their paths.
 * It never throws for bad input and never returns a half-valid workspace.
 */
import type { WorkspaceData } from '../domain/workspace';
import { CURRENT_FORMAT_VERSION, MAX_FILE_BYTES, WORKSPACE_FORMAT, envelopeSchema, type WorkspaceEnvelope } from './envelope';
import { OLDEST_SUPPORTED_VERSION, migrate } from './migrations';
import type { Problem } from './problems';
import { problemFromZodIssue } from './problems';
import { checkReferences } from './references';
import { checkRecordRules } from './recordRules';
import { withSubjects } from './problemSubjects';
import { todayIsoDate } from '../domain/common';

export const PROBLEM_LIMIT = 100;

export type RestoreResult =
  | { ok: true; envelope: WorkspaceEnvelope; data: WorkspaceData; migratedFrom: number | null }
  | { ok: false; problems: Problem[]; total: number };

const failure = (...problems: Problem[]): RestoreResult => ({ ok: false, problems, total: problems.length });

/** Parses JSON text, saying where it broke (line and column) when it is not JSON. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  if (text.length > MAX_FILE_BYTES) {
    return { ok: false, problem: { path: '', code: 'too_large', params: { limitMb: MAX_FILE_BYTES / 1024 / 1024 } } };
  }
  if (text.trim() === '') return { ok: false, problem: { path: '', code: 'empty_file', params: {} } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const { line, column } = lineAndColumn(text, errorOffset(text, detail));
    return { ok: false, problem: { path: '', code: 'not_json', params: { line, column } } };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where JSON.parse gave up. V8 says "at position N" for most errors, but for an unexpected token
 * it only names the token ("Unexpected token 'x', ..."): then the first occurrence of that token
 * outside string literals is where parsing stopped. Truncated input points at the end.
 */
function errorOffset(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const token = /Unexpected token '(.)'/u.exec(message)?.[1];
  if (token !== undefined) {
    let inString = false;
    for (let i = 0; i < text.length; i += 1) {
      const char = text[i];
      if (inString) {
        if (char === '\\') i += 1;
        else if (char === '"') inString = false;
      } else if (char === token) {
        return i;
      } else if (char === '"') {
        inString = true;
      }
    }
  }
  return text.length;
}

export function restoreText(text: string): RestoreResult {
  const parsed = parseJsonText(text);
  return parsed.ok ? restore(parsed.value) : failure(parsed.problem);
}

export interface RestoreOptions {
  /** Today's date (YYYY-MM-DD, the user's time zone) for the rules on dates that have not happened yet. */
  today?: string;
}

export function restore(document: unknown, options: RestoreOptions = {}): RestoreResult {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return failure({ path: '', code: 'not_object', params: {} });
  }
  const doc = document as Record<string, unknown>;
  if (doc.format !== WORKSPACE_FORMAT) {
    return failure({ path: 'format', code: 'wrong_format', params: { expected: WORKSPACE_FORMAT, found: typeof doc.format === 'string' ? doc.format : JSON.stringify(doc.format ?? null) } });
  }
  const version = doc.version;
  if (version === undefined || version === null) return failure({ path: 'version', code: 'missing_version', params: {} });
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    // "1" (a string) or 1e309 (Infinity once parsed): say what is there, not that nothing is.
    return failure({ path: 'version', code: 'invalid_version', params: { found: typeof version === 'string' ? `"${version}"` : typeof version === 'number' ? String(version) : JSON.stringify(version) } });
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return failure({ path: 'version', code: 'newer_version', params: { version, supported: CURRENT_FORMAT_VERSION } });
  }
  if (version < OLDEST_SUPPORTED_VERSION) {
    return failure({ path: 'version', code: 'unsupported_version', params: { version, oldest: OLDEST_SUPPORTED_VERSION } });
  }

  const migrated = version < CURRENT_FORMAT_VERSION ? migrate(doc, version, CURRENT_FORMAT_VERSION) : doc;
  const parsed = envelopeSchema.safeParse(migrated);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    return {
      ok: false,
      problems: withSubjects(issues.slice(0, PROBLEM_LIMIT).map((issue) => problemFromZodIssue(issue, migrated)), migrated),
      total: issues.length,
    };
  }

  const checked = checkWorkspace(parsed.data.data, options, migrated);
  if (!checked.ok) return checked;

  return { ok: true, envelope: parsed.data, data: parsed.data.data, migratedFrom: version < CURRENT_FORMAT_VERSION ? version : null };
}

/**
 * The checks across records (no dangling reference, no reporting loop, shares that add up, dates that
 * have not happened …) for data whose records were each validated already — a merge of files that
 * passed restore() and of the stored workspace. `document` names the records in problems.
 */
export function checkWorkspace(data: WorkspaceData, options: RestoreOptions = {}, document: unknown = { data }): { ok: true } | { ok: false; problems: Problem[]; total: number } {
  const references = checkReferences(data, { limit: PROBLEM_LIMIT });
  if (references.total > 0) return { ok: false, problems: withSubjects(references.problems, document), total: references.total };
  const ruleProblems: Problem[] = [];
  let ruleTotal = 0;
  checkRecordRules(data, options.today ?? todayIsoDate(), (problem) => {
    ruleTotal += 1;
    if (ruleProblems.length < PROBLEM_LIMIT) ruleProblems.push(problem);
  });
  if (ruleTotal > 0) return { ok: false, problems: withSubjects(ruleProblems, document), total: ruleTotal };
  return { ok: true };
}

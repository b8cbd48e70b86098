/**
 * The project's import graph, read from the code (TypeScript's own import scanner, so comments and
 * strings are not mistaken for imports): which file imports which, which room a file lives in, the
 * circles (strongly connected groups of files) and the imports that run against the floors.
 * Used by the architecture test and by `npm run graph`, which prints the figures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  from: string;
  to: string;
}

const SOURCE = /\.(ts|tsx)$/;
const ROOTS = ['renderer', 'shared', 'electron'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(root: string, fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const bare = specifier.replace(/\?.*$/, '');
  const base = resolve(dirname(join(root, fromFile)), bare);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  return null;
}

/** Every import between the project's own source files (static, dynamic and `new URL(…)` workers). */
export function importGraph(root: string): { files: string[]; edges: ImportEdge[] } {
  const files = ROOTS.flatMap((r) => sourceFiles(join(root, r))).map((f) => relative(root, f));
  const edges: ImportEdge[] = [];
  for (const from of files) {
    const text = readFileSync(join(root, from), 'utf8');
    const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
    // Workers: new Worker(new URL('./x.ts', import.meta.url)).
    for (const m of text.matchAll(/new URL\(\s*'([^']+)'\s*,\s*import\.meta\.url\s*\)/g)) specifiers.push(m[1]!);
    for (const specifier of new Set(specifiers)) {
      const to = resolveImport(root, from, specifier);
      if (to && to !== from) edges.push({ from, to });
    }
  }
  return { files, edges };
}

/** The room a file lives in: `renderer/<room>` (views as one room), `shared/<area>`, or `electron`. */
export function roomOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'electron') return 'electron';
  if (parts.length <= 2) return parts[0]!;
  return `${parts[0]}/${parts[1]}`;
}

/** Groups of files that import each other round a circle (Tarjan's strongly connected components). */
export function circles(files: readonly string[], edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const e of edges) next.get(e.from)?.push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}

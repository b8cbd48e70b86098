/**
 * Hiding a coach means hiding his name everywhere it is written, not only on his card: an activity's
 * summary ("陈静透露财务部对预算有顾虑"), a plan row's strategy, an influence link's note, a snapshot —
 * in every format that leaves the machine. One rule for all of them: every occurrence of a hidden
 * person's name in any text is replaced by his alias. Names of one character are left alone (they
 * would rewrite ordinary words); longer names are replaced first, so "陈静怡" is not left as "向导 A怡".
 */
import type { Stakeholder } from '../domain/stakeholder';

/** The real name → alias pairs to hide, longest name first. */
export type HiddenNames = readonly (readonly [string, string])[];

export function hiddenNames(people: readonly Pick<Stakeholder, 'id' | 'name'>[], aliases: ReadonlyMap<string, string>): HiddenNames {
  const pairs = new Map<string, string>();
  for (const person of people) {
    const alias = aliases.get(person.id);
    const name = person.name.trim();
    if (alias !== undefined && Array.from(name).length >= 2 && name !== alias) pairs.set(name, alias);
  }
  return [...pairs].sort((a, b) => b[0].length - a[0].length);
}

export function hideNamesInText(text: string, names: HiddenNames): string {
  let out = text;
  for (const [name, alias] of names) if (out.includes(name)) out = out.split(name).join(alias);
  return out;
}

/** Every string inside `value` (objects, arrays, maps) with the names hidden; other values as they are. */
export function hideNamesDeep<T>(value: T, names: HiddenNames): T {
  if (names.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return hideNamesInText(v, names);
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Map) return new Map([...v].map(([k, item]) => [k, walk(item)]));
    if (v instanceof Set || v instanceof Date || v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item)]));
  };
  return walk(value) as T;
}

/** JSON text with the names hidden inside its strings (names are searched as JSON writes them). */
export function hideNamesInJson(json: string, names: HiddenNames): string {
  return hideNamesInText(
    json,
    names.map(([name, alias]) => [JSON.stringify(name).slice(1, -1), JSON.stringify(alias).slice(1, -1)] as const),
  );
}

/**
 * The pick list of a cell (Excel's data-validation drop-down): which values a column offers and which
 * of them match what has been typed so far. Names that start with the typed text come first, then
 * names that contain it; at most `limit` are listed (an account list can hold thousands).
 */
import { normalizeName } from './planContext';

const sortedCache = new WeakMap<object, readonly string[]>();

/** The names of a map's members in the locale's order (pinyin for Chinese), computed once per map. */
export function sortedNames(members: ReadonlyMap<string, { name: string }>, locale: string): readonly string[] {
  let names = sortedCache.get(members);
  if (!names) {
    const collator = new Intl.Collator(locale, { numeric: true });
    names = [...new Set([...members.values()].map((m) => m.name))].sort(collator.compare);
    sortedCache.set(members, names);
  }
  return names;
}

export const CHOICE_LIMIT = 50;

export function matchingChoices(choices: readonly string[], typed: string, limit = CHOICE_LIMIT): readonly string[] {
  const wanted = normalizeName(typed);
  if (wanted === '') return choices.slice(0, limit);
  const starting: string[] = [];
  const containing: string[] = [];
  for (const choice of choices) {
    const name = normalizeName(choice);
    if (name.startsWith(wanted)) {
      starting.push(choice);
      if (starting.length >= limit) break;
    } else if (containing.length < limit && name.includes(wanted)) containing.push(choice);
  }
  return [...starting, ...containing].slice(0, limit);
}

export type ChoiceStep = { kind: 'highlight'; index: number } | { kind: 'pick'; index: number } | { kind: 'close' };

/**
 * What a key does while the pick list is open: ↓/↑ move the highlight, Enter or Tab pick the highlighted
 * choice, Esc or Alt+↑ close the list. null leaves the key to the cell editor (Enter with nothing
 * highlighted saves what was typed, which is then validated like every other entry).
 */
export function choiceStep(key: string, altKey: boolean, highlighted: number, count: number): ChoiceStep | null {
  if (key === 'Escape' || (altKey && key === 'ArrowUp')) return { kind: 'close' };
  if (count === 0) return null;
  if (key === 'ArrowDown' && !altKey) return { kind: 'highlight', index: Math.min(highlighted + 1, count - 1) };
  if (key === 'ArrowUp') return { kind: 'highlight', index: Math.max(highlighted - 1, 0) };
  if ((key === 'Enter' && !altKey) || key === 'Tab') return highlighted >= 0 && highlighted < count ? { kind: 'pick', index: highlighted } : null;
  return null;
}

/**
 * Items inside one record (a contract's installments, an account's barriers, purchases and drivers, a
 * plan row's milestones and revisions, a renewal's items) are told apart by their id: an editor edits,
 * deletes and merges them by it. Two items with one id inside a record are refused, in an editor and
 * in an imported file alike.
 */
import type { Problem } from '../fileFormat/problems';

export function repeatedItemIds(record: object): Problem[] {
  const problems: Problem[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (!Array.isArray(value)) continue;
    const seen = new Map<string, number>();
    value.forEach((item: unknown, index) => {
      const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else problems.push({ path: `${field}[${index}].id`, code: 'duplicate_id', params: { id, other: `${field}[${first}]` } });
    });
  }
  return problems;
}

/**
 * Is there room for an import? Asked before anything is written, so a full disk is a clear refusal
 * instead of a write that fails half-way (IndexedDB then aborts, and on some engines a backing store
 * that ran out of disk does not come back). IndexedDB holds the incoming records beside the old ones
 * until the replacing transaction commits, plus its indexes and log: about three times the file.
 */
import type { Problem } from '../../shared/fileFormat/problems';

/** Room IndexedDB needs per byte of the imported file while it replaces the workspace. */
export const WRITE_FACTOR = 3;
const MB = 1024 * 1024;

export interface SpaceEstimate {
  usage?: number;
  quota?: number;
}

/**
 * null when there is room (or the browser cannot tell), else the problem to show. `restorePointBytes`
 * is the copy of the current workspace kept before it is replaced.
 */
export function spaceProblem(estimate: SpaceEstimate | null, fileBytes: number, restorePointBytes: number): Problem | null {
  if (!estimate || estimate.quota === undefined || estimate.usage === undefined) return null;
  const available = Math.max(0, estimate.quota - estimate.usage);
  const needed = fileBytes * WRITE_FACTOR + restorePointBytes;
  if (needed <= available) return null;
  const mb = (bytes: number) => Math.max(1, Math.ceil(bytes / MB));
  return { path: '', code: 'not_enough_space', params: { neededMb: mb(needed), availableMb: Math.floor(available / MB) } };
}

/** navigator.storage.estimate(), or null where the browser has none or it fails. */
export async function estimateSpace(storage: { estimate?: () => Promise<SpaceEstimate> } | undefined): Promise<SpaceEstimate | null> {
  try {
    return (await storage?.estimate?.()) ?? null;
  } catch {
    return null;
  }
}

import { nowIso } from '../../../shared/domain/common';
import { SETTINGS_ID, defaultSettings, settingsSchema, type Settings } from '../../../shared/domain/settings';
import type { KeyplanDatabase } from '../database';
import { mergeEdit } from '../../../shared/domain/recordPatch';
import { ConflictError, type EditTarget } from './editConflicts';
import { writeTransaction } from './writeTransaction';

/** Creates the settings record on first start; returns what is stored. */
export async function ensureSettings(db: KeyplanDatabase, now: Date = new Date()): Promise<Settings> {
  return writeTransaction(db, ['settings'], async () => {
    const existing = await db.settings.get(SETTINGS_ID);
    if (existing) return existing;
    const created = defaultSettings(now.toISOString(), now.getFullYear());
    await db.settings.add(created);
    return created;
  });
}

export type SettingsChanges = Partial<Omit<Settings, 'id' | 'createdAt' | 'updatedAt'>>;

/** Validates the merged record before writing, so a bad value never reaches the database. */
export async function updateSettings(db: KeyplanDatabase, changes: SettingsChanges): Promise<Settings> {
  return writeTransaction(db, ['settings'], async () => {
    const current = await db.settings.get(SETTINGS_ID);
    if (!current) throw new Error('Settings are missing; ensureSettings() runs at start-up');
    const next = settingsSchema.parse({ ...current, ...changes, updatedAt: nowIso() });
    await db.settings.put(next);
    return next;
  });
}

/**
 * Saves what a settings form changed since it loaded `target.loaded`: only those fields are laid onto
 * the settings as stored now (another window may have changed others meanwhile); a field changed on
 * both sides is a ConflictError for the person to settle (editConflicts.ts).
 */
export async function saveSettingsEdit(db: KeyplanDatabase, target: EditTarget<Settings>, edited: SettingsChanges): Promise<Settings> {
  return writeTransaction(db, ['settings'], async () => {
    const current = await db.settings.get(SETTINGS_ID);
    if (!current) throw new Error('Settings are missing; ensureSettings() runs at start-up');
    const changed = { ...target.loaded, ...edited };
    const { merged, conflicts } = mergeEdit<Settings>(target.loaded, changed, current, target.choices);
    if (conflicts.length > 0) throw new ConflictError(conflicts);
    const next = settingsSchema.parse({ ...merged, updatedAt: nowIso() });
    await db.settings.put(next);
    return next;
  });
}

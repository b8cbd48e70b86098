/**
 * Migration chain for workspace files. Each step takes a document of version N (already known to be
 * an object with `format` and `version`) and returns version N+1. Steps never throw on odd input:
 * they move what they recognise and leave the rest for validation to report with a path.
 *
 * Version 1 — the pilot format used while the data model was drafted: the currency sat at
 * `data.currency` (no settings record) and stances were words.
 * Version 2 — settings record with currency and plan year; stance is a number from −2 to 2.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const PILOT_STANCES: Record<string, number> = {
  'strong-support': 2,
  support: 1,
  neutral: 0,
  doubt: -1,
  oppose: -2,
};

function v1ToV2(doc: Json): Json {
  const data = isObject(doc.data) ? { ...doc.data } : doc.data;
  if (isObject(data)) {
    // The pilot kept no plan year: the year the file was exported is the year it was planning. A file
    // without a readable export time gets the current year and time, as a new workspace would (never
    // 1970, which no plan year can be).
    const exported = typeof doc.exportedAt === 'string' ? new Date(doc.exportedAt) : null;
    const exportedAt = exported && !Number.isNaN(exported.getTime()) ? exported.toISOString() : new Date().toISOString();
    const year = Number(exportedAt.slice(0, 4));
    if (!('settings' in data)) {
      data.settings = {
        id: 'workspace',
        createdAt: exportedAt,
        updatedAt: exportedAt,
        currency: data.currency ?? 'CNY',
        planYear: year,
      };
    }
    delete data.currency;
    if (Array.isArray(data.stakeholders)) {
      data.stakeholders = data.stakeholders.map((s: unknown) => {
        if (!isObject(s) || typeof s.stance !== 'string') return s;
        const stance = PILOT_STANCES[s.stance];
        return stance === undefined ? s : { ...s, stance };
      });
    }
  }
  return { ...doc, version: 2, data };
}

/** `MIGRATIONS[n]` upgrades version n to n + 1. Append only. */
export const MIGRATIONS: Readonly<Record<number, (doc: Json) => Json>> = {
  1: v1ToV2,
};

export const OLDEST_SUPPORTED_VERSION = 1;

export function migrate(doc: Json, fromVersion: number, toVersion: number): Json {
  let current = doc;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from version ${version}`);
    current = step(current);
  }
  return current;
}

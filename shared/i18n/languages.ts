/** The languages Keyplan speaks. Kept apart from the resource tables so the preload stays tiny. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Maps a system locale list (navigator.languages, app.getPreferredSystemLanguages()) to ours. */
export function pickLanguage(systemLocales: readonly string[]): Language {
  const first = systemLocales[0]?.toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh-CN' : 'en';
}

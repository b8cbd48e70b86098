/**
 * Language resources shared by the renderer (i18next) and the Electron main process (menus, dialogs).
 * zh-CN is the default whenever the system language is Chinese; everything else falls back to English.
 */
import { en, type Messages } from './en';
import { zhCN } from './zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources: Record<Language, Messages> = { 'zh-CN': zhCN, en };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Maps a system locale list (navigator.languages, app.getPreferredSystemLanguages()) to ours. */
export function pickLanguage(systemLocales: readonly string[]): Language {
  const first = systemLocales[0]?.toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh-CN' : 'en';
}

export type { Messages };
export { en, zhCN };

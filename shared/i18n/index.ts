/**
 * Language resources shared by the renderer (i18next) and the Electron main process (menus, dialogs).
 * zh-CN is the default whenever the system language is Chinese; everything else falls back to English.
 */
import { en, type Messages } from './en';
import { zhCN } from './zh-CN';

import type { Language } from './languages';

export { LANGUAGES, isLanguage, pickLanguage, type Language } from './languages';

export const resources: Record<Language, Messages> = { 'zh-CN': zhCN, en };

/** The resources as i18next takes them (one namespace, `translation`), for the window and the workers alike. */
export const I18NEXT_RESOURCES = { 'zh-CN': { translation: zhCN }, en: { translation: en } } as const;

export type { Messages };
export { en, zhCN };

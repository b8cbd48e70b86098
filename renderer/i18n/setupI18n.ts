/**
 * i18next set-up. The language is a per-device preference kept in localStorage (it survives
 * reloads and is not part of the workspace file); on first start it follows the system language.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, pickLanguage, type Language } from '../../shared/i18n/languages';
import type { en, Messages } from '../../shared/i18n/en';
import { desktopBridge } from '../platform/desktopBridge';

const STORAGE_KEY = 'keyplan.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function initialLanguage(): Language {
  return storedLanguage() ?? pickLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

/**
 * Each language's words in their own chunk, fetched when needed: the first screen loads one
 * dictionary (about 75 KB), not both. Both are complete (a unit test compares them key by key), so
 * there is nothing to fall back to.
 */
const DICTIONARIES: Record<Language, () => Promise<Messages>> = {
  'zh-CN': () => import('../../shared/i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('../../shared/i18n/en').then((m) => m.en),
};

async function ensureDictionary(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) i18n.addResourceBundle(language, 'translation', await DICTIONARIES[language]());
}

export async function setupI18n(): Promise<typeof i18n> {
  const language = initialLanguage();
  await i18n.use(initReactI18next).init({
    resources: { [language]: { translation: await DICTIONARIES[language]() } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(language);
  return i18n;
}

function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.title = i18n.t('app.fullName');
  void desktopBridge()?.setLanguage({ language });
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or a full disk: the choice still applies to this session.
  }
  await ensureDictionary(language);
  await i18n.changeLanguage(language);
  applyDocumentLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

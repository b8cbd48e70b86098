/**
 * i18next set-up. The language is a per-device preference kept in localStorage (it survives
 * reloads and is not part of the workspace file); on first start it follows the system language.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18NEXT_RESOURCES, isLanguage, pickLanguage, type en, type Language } from '../../shared/i18n';
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

export async function setupI18n(): Promise<typeof i18n> {
  const language = initialLanguage();
  await i18n.use(initReactI18next).init({
    resources: I18NEXT_RESOURCES,
    lng: language,
    fallbackLng: 'en',
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
  await i18n.changeLanguage(language);
  applyDocumentLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

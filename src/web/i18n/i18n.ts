import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type Language = 'zh' | 'en';
export type { MessageKey };

const MESSAGES: Record<Language, Record<MessageKey, string>> = { zh, en };
const STORED = 'redchain.language';

/** Chinese unless the user switched to English on this browser before. */
export function initialLanguage(): Language {
  return localStorage.getItem(STORED) === 'en' ? 'en' : 'zh';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORED, language);
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
}

export interface Translator {
  language: Language;
  t(key: MessageKey): string;
  /** The API's reasons come in both languages: the one shown follows the switch. */
  pick<T>(zhValue: T, enValue: T): T;
}

export function translator(language: Language): Translator {
  const messages = MESSAGES[language];
  return { language, t: (key) => messages[key], pick: (zhValue, enValue) => (language === 'zh' ? zhValue : enValue) };
}

export const LanguageContext = createContext<Translator>(translator('zh'));

export const useT = (): Translator => useContext(LanguageContext);

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from './en';
import { formatDate, formatNumber } from './format';
import { zh, type MessageKey } from './zh';

import type { Language } from './language';

export type { Language };
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
  /** Dates and numbers as the view's locale writes them (format.ts): every date the page shows goes through these. */
  date(value: string | number | Date): string;
  dateTime(value: string | number | Date): string;
  number(value: number, digits?: number): string;
}

export function translator(language: Language): Translator {
  const messages = MESSAGES[language];
  return {
    language,
    t: (key) => messages[key],
    pick: (zhValue, enValue) => (language === 'zh' ? zhValue : enValue),
    date: (value) => formatDate(value, language),
    dateTime: (value) => formatDate(value, language, true),
    number: (value, digits) => formatNumber(value, language, digits),
  };
}

export const LanguageContext = createContext<Translator>(translator('zh'));

export const useT = (): Translator => useContext(LanguageContext);

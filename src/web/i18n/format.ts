import type { Language } from './language';

/** The locale each view formats in: 2026年12月2日 14:20 in Chinese, 2 Dec 2026, 14:20 in English. */
const LOCALES: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter as T;
}

/** A date (ISO text, epoch ms or Date) as the view's locale writes it; what does not parse is shown as it came. */
export function formatDate(value: string | number | Date, language: Language, withTime = false): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const options: Intl.DateTimeFormatOptions = withTime
    ? { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }
    : { year: 'numeric', month: 'short', day: 'numeric' };
  return cached(`${language}|d|${withTime}`, () => new Intl.DateTimeFormat(LOCALES[language], options)).format(date);
}

/** A count or amount with the locale's grouping (12,345); fractions to at most `digits` places. */
export function formatNumber(value: number, language: Language, digits = 2): string {
  return cached(
    `${language}|n|${digits}`,
    () => new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }),
  ).format(value);
}

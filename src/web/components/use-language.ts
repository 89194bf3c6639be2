import { useMemo, useState } from 'preact/hooks';
import { initialLanguage, rememberLanguage, translator, type Language } from '../i18n/i18n';

/** The page's language and its words; `switchLanguage` turns 中文 ↔ English and remembers it on this browser. */
export function useLanguage() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const i18n = useMemo(() => translator(language), [language]);
  const switchLanguage = () => {
    const next = language === 'zh' ? 'en' : 'zh';
    rememberLanguage(next);
    setLanguage(next);
  };
  return { i18n, switchLanguage };
}

/** The page's two languages; kept apart from i18n.ts so that pure helpers need not load preact. */
export type Language = 'zh' | 'en';

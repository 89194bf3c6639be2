import type { Reasons } from '../domain/answers/reasons.schema';

/** Human-readable reasons in Chinese (shown in the UI) and English, kept in step. */
export type { Reasons };

/**
 * @example const r = reasonList(); r.say('同属白银高新区', 'both in 白银高新区'); r.list // { zh: [...], en: [...] }
 */
export function reasonList(): { say: (zh: string, en: string) => void; list: Reasons } {
  const list: Reasons = { zh: [], en: [] };
  return {
    say: (zh, en) => {
      list.zh.push(zh);
      list.en.push(en);
    },
    list,
  };
}

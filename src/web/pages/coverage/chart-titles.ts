import type { Translator } from '../../i18n/i18n';

/**
 * The coverage charts' titles, in both languages. They are kept here rather than in the page's
 * message files because only this page shows them and the chosen chain's name goes into one.
 */
const TITLES = {
  problemsByStatus: { zh: '难题（按状态）', en: 'Problems by status' },
  requestsByStatus: { zh: '诉求（按状态）', en: 'Requests by status' },
  coverageByChain: { zh: '各产业链企业的党组织覆盖', en: 'Enterprises a party organisation covers, per chain' },
  peopleByChain: {
    zh: '各产业链的党员（填报）与党组织、党建指导员、结对共建',
    en: 'Members (stated), party orgs, instructors and pairings, per chain',
  },
  coverageBySegment: { zh: '各环节企业的党组织覆盖', en: 'Enterprises a party organisation covers, per segment' },
} as const;

export type ChartTitle = keyof typeof TITLES;

/** A chart's title in the page's language; `of` (a chain's name) before it when given. */
export function chartTitle({ pick }: Translator, title: ChartTitle, of?: string): string {
  const text = pick<string>(TITLES[title].zh, TITLES[title].en);
  return of ? pick(`${of}：${text}`, `${of}: ${text}`) : text;
}

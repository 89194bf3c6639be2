import { reasonList, type Reasons } from '../reasons';

/**
 * The facts a tackling candidate's reasons are made of, decided by the engine (rank-experts.ts,
 * rank-institutions.ts) and stored with the list: the reasons are rendered from them when a list
 * is read, in both languages. Only what is said is present.
 */
export interface ExpertWhy {
  /** Bio and works relate to the problem (said only when no skill is covered). */
  related?: true;
  /** A problem of the same segment they solved. */
  solved?: string;
  load: number;
  maxLoad: number;
  /** The party-organisation path to the poster in words, [zh, en]; else the region shared with it. */
  path?: [string, string];
  shared?: string;
}

export interface InstitutionWhy {
  /** Its research relates to the problem. */
  related?: true;
  solved?: string;
  path?: [string, string];
  shared?: string;
}

/** An expert's reasons, zh and en, from the skills they cover (stored with the list) and the facts. */
export function expertReasons(covered: readonly { skill: string }[], why: ExpertWhy): Reasons {
  const { say, list } = reasonList();
  if (covered.length > 0)
    say(
      `专长覆盖难题所需：${covered.map((c) => `「${c.skill}」`).join('')}`,
      `skills cover ${covered.map((c) => c.skill).join(', ')}`,
    );
  else if (why.related) say('简历与成果和难题描述相关', 'bio and works relate to the problem');
  if (why.solved !== undefined)
    say(`曾攻克同环节难题「${why.solved}」`, `solved 「${why.solved}」 in the same segment`);
  const free = why.load < why.maxLoad;
  say(
    `当前任务 ${why.load}/${why.maxLoad}${free ? '，可承接' : '，已满'}`,
    `carrying ${why.load} of ${why.maxLoad}${free ? ', can take more' : ', full'}`,
  );
  sayWhere(say, why);
  return list;
}

/** An institution's reasons, zh and en, from the facts. */
export function institutionReasons(why: InstitutionWhy): Reasons {
  const { say, list } = reasonList();
  if (why.related) say('研究方向与难题相关', 'its research relates to the problem');
  if (why.solved !== undefined) say(`人员曾攻克同环节难题「${why.solved}」`, `its people solved 「${why.solved}」`);
  sayWhere(say, why);
  return list;
}

function sayWhere(say: (zh: string, en: string) => void, why: { path?: [string, string]; shared?: string }): void {
  if (why.path) say(`党组织路径：${why.path[0]}`, `party-organisation path: ${why.path[1]}`);
  else if (why.shared !== undefined) say(`与发榜单位同在${why.shared}`, `in ${why.shared} like the poster`);
}

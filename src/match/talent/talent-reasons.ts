import type { Reasons } from '../../domain/answers/reasons.schema';
import { reasonList } from '../reasons';
import type { Recommendation } from './recommending-org';

/** The facts a talent candidate's reasons are said from. */
export interface TalentFacts {
  covered: { skill: string; by: string; score: number }[];
  works: number;
  closestWork: string | null;
  place: { score: number; zh: string; en: string };
  rec: Recommendation;
  employer: string | null;
  recommender: string | null;
}

/** A work this close to the role is worth naming. */
const WORK_WORTH_NAMING = 0.1;

/**
 * Why a person is proposed for a need, zh and en: the skills they cover, the work closest to the
 * role, where they work and how near, and who can recommend them.
 * @example talentReasons(facts).zh // ['技能匹配：激光雷达、项目管理', '可由「科大集智党支部」组织推荐', …]
 */
export function talentReasons(f: TalentFacts): Reasons {
  const r = reasonList();
  if (f.covered.length > 0) {
    const said = f.covered.map((c) => (c.by === c.skill ? c.skill : `${c.skill}（${c.by}）`));
    const saidEn = f.covered.map((c) => (c.by === c.skill ? c.skill : `${c.skill} (${c.by})`));
    r.say(`技能匹配：${said.join('、')}`, `skills: ${saidEn.join(', ')}`);
  }
  if (f.closestWork && f.works >= WORK_WORTH_NAMING)
    r.say(`成果《${f.closestWork}》与岗位相关`, `work “${f.closestWork}” fits the role`);
  if (f.employer) r.say(`现任职于${f.employer}`, `works at ${f.employer}`);
  if (f.place.zh) r.say(f.place.zh, f.place.en);
  if (f.recommender && f.rec.trust > 0)
    r.say(`可由「${f.recommender}」组织推荐：${f.rec.zh}`, `${f.recommender} can recommend them: ${f.rec.en}`);
  return r.list;
}

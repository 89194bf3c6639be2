import { EnterpriseTags, type EnterpriseTag } from '../../domain';
import { reasonList, type Reasons } from '../reasons';

/**
 * The facts a partner's reasons are made of, decided by the engine (explain-partner.ts) and stored
 * with the list: the reasons are rendered from them when a list is read, in both languages, so a
 * stored list carries no sentences. Only what is said is present.
 */
export interface PartnerWhy {
  /** Products and needs match in words (textFit ≥ 0.5). */
  text?: true;
  /** Near enough to matter: the distance in whole kilometres, or the region both lie in. */
  km?: number;
  region?: string;
  /** The candidate's qualifications, as stored on it. */
  tags?: EnterpriseTag[];
  /** The party-organisation path in words, [zh, en] (names, relations and years). */
  path?: [string, string];
  /** Already a supply tie. */
  tie?: true;
  /** Reached through two segments yet ranked above a direct candidate: which one, and what it leads by. */
  ahead?: PartnerAhead;
}

/** The direct candidate a two-step one ranks above, and the components it leads by: [component, its value, theirs]. */
export interface PartnerAhead {
  name: string;
  leads: [keyof typeof COMPONENT_WORDS, number, number][];
}

/** The score's components in words, zh and en, as a reason names them. */
const COMPONENT_WORDS = {
  segmentFit: ['环节契合度', 'segment fit'],
  textFit: ['产品与需求描述相符度', 'fit of products and needs in words'],
  proximity: ['地理邻近度', 'proximity'],
  quality: ['企业规模与资质', 'scale and qualifications'],
  trust: ['党组织关系', 'party-organisation ties'],
} as const;

/** The segment a candidate fits through and how (partner-list.ts's `via`, which imports this file's types). */
interface ViaWords {
  segmentName: string;
  how: 'need' | 'feeds' | 'two-hops' | 'buyer-need';
}

/** A partner candidate's reasons, zh and en, from the segment it fits through and the facts. */
export function partnerReasons(direction: 'upstream' | 'downstream', via: ViaWords, why: PartnerWhy): Reasons {
  const { say, list } = reasonList();
  const segment = via.segmentName;
  const [streamZh, streamEn] = direction === 'upstream' ? ['上游', 'upstream'] : ['下游', 'downstream'];
  if (via.how === 'need') say(`声明需求环节「${segment}」直接供应`, `supplies the declared need 「${segment}」`);
  else if (via.how === 'buyer-need') say(`对方声明需求「${segment}」`, `declares a need for 「${segment}」`);
  else if (via.how === 'feeds')
    say(`${streamZh}环节「${segment}」直接配套`, `${streamEn} segment 「${segment}」, one step`);
  else say(`${streamZh}环节「${segment}」（隔一环节）`, `${streamEn} segment 「${segment}」, two steps`);
  if (why.text) say('产品与需求描述相符', 'products and needs match in words');
  if (why.km !== undefined) say(`相距约${why.km}公里`, `about ${why.km} km apart`);
  else if (why.region !== undefined) say(`同属${why.region}`, `both in ${why.region}`);
  if (why.tags && why.tags.length > 0)
    say(why.tags.map((t) => EnterpriseTags.zh[t]).join('、'), why.tags.map((t) => EnterpriseTags.en[t]).join(', '));
  if (why.path) say(`党组织路径：${why.path[0]}`, `party-organisation path: ${why.path[1]}`);
  if (why.tie) say('已有供应关系', 'already a supply tie');
  if (why.ahead) sayAhead(say, why.ahead);
  return list;
}

/** 排在直接配套的「X」之前：产品与需求描述相符度 0.62（对方 0.10）… — the components that put it there. */
function sayAhead(say: (zh: string, en: string) => void, { name, leads }: PartnerAhead): void {
  if (leads.length === 0) {
    // equal scores: the order among them is by enterprise id
    say(
      `与直接配套的「${name}」得分相同，按企业编号排在其前`,
      `scores the same as 「${name}」, a direct fit, and comes first by enterprise id`,
    );
    return;
  }
  const value = (x: number) => x.toFixed(2);
  const zh = leads.map(([c, mine, theirs]) => `${COMPONENT_WORDS[c][0]} ${value(mine)}（对方 ${value(theirs)}）`);
  const en = leads.map(([c, mine, theirs]) => `${COMPONENT_WORDS[c][1]} ${value(mine)} against ${value(theirs)}`);
  say(
    `虽隔一环节，仍排在直接配套的「${name}」之前，因为${zh.join('、')}`,
    `ranked above 「${name}」, a direct fit, despite the extra step: ${en.join(', ')}`,
  );
}

import { explainPath, trustOfHops, type ExplainedPath, type OrgPaths } from '../algorithms/org-path';
import type { EnterpriseSpace } from '../enterprise-space';
import { nameOf } from '../graph-access';
import { enterpriseQuality } from '../quality';
import { reasonList, type Reasons } from '../reasons';
import { distanceKm, proximityScore, sharedRegion } from '../space-proximity';
import { weightedScore, type PartnerWeights } from '../weights';
import type { Direction, PartnerCandidate, PartnerComponents } from './partner-list';

/** How the candidate was reached: through which segment, how, and that segment's fit. */
interface Via {
  fit: number;
  segment: string;
  how: PartnerCandidate['via']['how'];
}

export interface Explaining {
  via: Via;
  textFit: number;
  tie: boolean;
  weights: PartnerWeights;
}

/**
 * A chosen candidate (or an existing tie) in full: components rounded, the segment it came
 * through, the place said only when near enough to matter, its standing and the
 * party-organisation path, with reasons in both languages.
 */
export function explainCandidate(
  space: EnterpriseSpace,
  me: number,
  c: number,
  direction: Direction,
  paths: OrgPaths,
  { via, textFit, tie, weights }: Explaining,
): PartnerCandidate {
  const { graph } = space;
  const key = space.keys[c]!;
  const words = wordsOf(space);
  const path = explainPath(graph, paths, key);
  const standing = (words.standing[c] ??= enterpriseQuality(graph.getNodeAttributes(key)));
  const components: PartnerComponents = {
    segmentFit: via.fit,
    textFit,
    proximity: proximityScore(space, me, c),
    quality: space.quality[c]!,
    trust: trustOfHops(path.hops.length > 0 ? path.hops.length : undefined),
  };
  // the place is said only when near enough to matter (reasonsFor), so only then put in words
  let near = { score: components.proximity, zh: '', en: '' };
  if (components.proximity >= 0.4) {
    const km = distanceKm(space, me, c);
    const shared = Number.isNaN(km) ? sharedRegion(space, me, c) : null;
    if (!Number.isNaN(km))
      near = { score: components.proximity, zh: `相距约${km.toFixed(0)}公里`, en: `about ${km.toFixed(0)} km apart` };
    else if (shared)
      near = {
        score: components.proximity,
        zh: `同属${nameOf(graph, shared)}`,
        en: `both in ${nameOf(graph, shared)}`,
      };
  }
  const segment = space.segmentIndex.get(via.segment)!;
  return {
    enterpriseId: space.ids[c]!,
    name: space.names[c]!,
    score: round(weightedScore(components, weights)),
    components: roundAll(components),
    via: { segmentId: words.segmentIds[segment]!, segmentName: words.segmentNames[segment]!, how: via.how },
    orgPath: path.steps,
    reasons: reasonsFor(words.segmentNames[segment]!, direction, via, near, standing, path, components, tie),
    existingTie: tie,
  };
}

/** Words the explanations repeat, kept per space: segment ids and names, each enterprise's standing. */
interface Words {
  segmentIds: string[];
  segmentNames: string[];
  standing: ({ zh: string; en: string } | undefined)[];
}
const wordsBySpace = new WeakMap<EnterpriseSpace, Words>();

function wordsOf(space: EnterpriseSpace): Words {
  let words = wordsBySpace.get(space);
  if (!words) {
    words = {
      segmentIds: space.segmentKeys.map((key) => space.graph.getNodeAttribute(key, 'id')),
      segmentNames: space.segmentKeys.map((key) => nameOf(space.graph, key)),
      standing: new Array<{ zh: string; en: string } | undefined>(space.keys.length),
    };
    wordsBySpace.set(space, words);
  }
  return words;
}

function reasonsFor(
  segment: string,
  direction: Direction,
  via: Via,
  near: { score: number; zh: string; en: string },
  standing: { zh: string; en: string },
  path: ExplainedPath,
  c: PartnerComponents,
  tie: boolean,
): Reasons {
  const { say, list } = reasonList();
  const [streamZh, streamEn] = direction === 'upstream' ? ['上游', 'upstream'] : ['下游', 'downstream'];
  if (via.how === 'need') say(`声明需求环节「${segment}」直接供应`, `supplies the declared need 「${segment}」`);
  else if (via.how === 'buyer-need') say(`对方声明需求「${segment}」`, `declares a need for 「${segment}」`);
  else if (via.how === 'feeds')
    say(`${streamZh}环节「${segment}」直接配套`, `${streamEn} segment 「${segment}」, one step`);
  else say(`${streamZh}环节「${segment}」（隔一环节）`, `${streamEn} segment 「${segment}」, two steps`);
  if (c.textFit >= 0.5) say('产品与需求描述相符', 'products and needs match in words');
  if (near.zh && near.score >= 0.4) say(near.zh, near.en);
  if (standing.zh) say(standing.zh, standing.en);
  if (path.hops.length > 0) say(`党组织路径：${path.zh}`, `party-organisation path: ${path.en}`);
  if (tie) say('已有供应关系', 'already a supply tie');
  return list;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function roundAll(c: PartnerComponents): PartnerComponents {
  return {
    segmentFit: round(c.segmentFit),
    textFit: round(c.textFit),
    proximity: round(c.proximity),
    quality: round(c.quality),
    trust: round(c.trust),
  };
}

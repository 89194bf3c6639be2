import { explainPath, trustOfHops, type OrgPaths } from '../algorithms/org-path';
import type { EnterpriseSpace } from '../enterprise-space';
import { nameOf } from '../graph-access';
import { EnterpriseTags, type EnterpriseTag } from '../../domain';
import type { ProjectedNode } from '../../projection/projected-graph';
import { distanceKm, proximityScore, sharedRegion } from '../space-proximity';
import { weightedScore, type PartnerWeights } from '../weights';
import type { Direction, PartnerCandidate, PartnerComponents } from './partner-list';
import { partnerReasons, type PartnerWhy } from './partner-reasons';

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
  const components: PartnerComponents = {
    segmentFit: via.fit,
    textFit,
    proximity: proximityScore(space, me, c),
    quality: space.quality[c]!,
    trust: trustOfHops(path.hops.length > 0 ? path.hops.length : undefined),
  };
  // the place is said only when near enough to matter, so only then put in words
  const why: PartnerWhy = {};
  if (textFit >= 0.5) why.text = true;
  if (components.proximity >= 0.4) {
    const km = distanceKm(space, me, c);
    const shared = Number.isNaN(km) ? sharedRegion(space, me, c) : null;
    if (!Number.isNaN(km)) why.km = Number(km.toFixed(0));
    else if (shared) why.region = nameOf(graph, shared);
  }
  const tags = (words.tags[c] ??= tagsOf(graph.getNodeAttributes(key)));
  if (tags.length > 0) why.tags = tags;
  if (path.hops.length > 0) why.path = [path.zh, path.en];
  if (tie) why.tie = true;
  const segment = space.segmentIndex.get(via.segment)!;
  return {
    enterpriseId: space.ids[c]!,
    name: space.names[c]!,
    score: round(weightedScore(components, weights)),
    components: roundAll(components),
    via: { segmentId: words.segmentIds[segment]!, segmentName: words.segmentNames[segment]!, how: via.how },
    orgPath: path.steps,
    // rendered when read, from the facts as they are then: a worker stores `why` and never reads
    // the sentences (about 6 % of a province's partner run went to them), and a fact added after
    // explaining (noteOvertakes' `ahead`) is in them without rendering them twice
    get reasons() {
      return partnerReasons(direction, this.via, this.why);
    },
    why,
    existingTie: tie,
  };
}

/** Words the explanations repeat, kept per space: segment ids and names, each enterprise's qualifications. */
interface Words {
  segmentIds: string[];
  segmentNames: string[];
  tags: (EnterpriseTag[] | undefined)[];
}
const wordsBySpace = new WeakMap<EnterpriseSpace, Words>();

function wordsOf(space: EnterpriseSpace): Words {
  let words = wordsBySpace.get(space);
  if (!words) {
    words = {
      segmentIds: space.segmentKeys.map((key) => space.graph.getNodeAttribute(key, 'id')),
      segmentNames: space.segmentKeys.map((key) => nameOf(space.graph, key)),
      tags: new Array<EnterpriseTag[] | undefined>(space.keys.length),
    };
    wordsBySpace.set(space, words);
  }
  return words;
}

/** The qualifications an enterprise's standing names (quality.ts scores them): the known tags, in order. */
function tagsOf(node: ProjectedNode): EnterpriseTag[] {
  return ((node.props['tags'] as EnterpriseTag[] | undefined) ?? []).filter((t) => t in EnterpriseTags.zh);
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

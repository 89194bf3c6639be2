import type { ProjectedGraph } from '../../projection/projected-graph';
import type { EnterpriseSpace } from '../enterprise-space';
import { nameOf, nodeAt } from '../graph-access';
import { enterpriseQuality } from '../quality';
import { reasonList } from '../reasons';
import { weightedScore } from '../weights';
import type { LocalMarks, SegmentGap } from './chain-map';
import { LEADS_DEFAULTS, type Lead } from './lead';

/** A ranked lead in words: the gaps it fills, its local customers, standing, shared region and party ties. */
export function explainLead(
  graph: ProjectedGraph,
  space: EnterpriseSpace,
  local: LocalMarks,
  e: number,
  components: Lead['components'],
  segments: SegmentGap[],
  regionPath: string[],
): Lead {
  const key = space.keys[e]!;
  const node = nodeAt(graph, key)!;
  const suppliesLocal = space.suppliesTo[e]!.filter((buyer) => local.has(buyer));
  const standing = enterpriseQuality(node);
  const shared = space.regions[e]!.find((r) => regionPath.includes(r));
  const { say, list } = reasonList();
  for (const s of segments)
    say(
      `补链：环节「${s.name}」本地${s.status === 'missing' ? '缺失' : '薄弱'}，本地需求${s.demand.length}家`,
      `fills ${s.status} segment 「${s.name}」 with ${s.demand.length} local buyers`,
    );
  if (suppliesLocal.length > 0)
    say(`已向本地${suppliesLocal.length}家企业供货`, `already supplies ${suppliesLocal.length} local enterprises`);
  if (standing.zh) say(standing.zh, standing.en);
  if (shared) say(`同在${nameOf(graph, shared)}`, `also in ${nameOf(graph, shared)}`);
  if (components.orgTies === 1)
    say('党组织与本地党组织结对或隶属', 'its party organisation is paired with or under a local one');
  return {
    enterpriseId: node.id,
    name: space.names[e]!,
    score: Math.round(weightedScore(components, LEADS_DEFAULTS.weights) * 1000) / 1000,
    segments: segments.map((s) => ({ id: s.segmentId, name: s.name, status: s.status })),
    components,
    suppliesLocal: suppliesLocal.map((b) => space.ids[b]!),
    reasons: list,
  };
}

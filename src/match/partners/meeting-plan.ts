import type { ProjectedGraph } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import { MinCostFlow } from '../algorithms/min-cost-flow';
import { chainSegments, localEnterprises } from '../gaps/chain-map';
import { intoOf, keyOf, nameOf, nodeAt } from '../graph-access';
import type { PartnerCandidate } from './partner-list';
import { findPartners } from './find-partners';
import type { Meeting, MeetingPlan } from '../../domain/answers/meeting-plan.schema';

/**
 * 供需对接会: the meetings to hold at a supply-demand meeting of chain C in region R — supplier and
 * buyer pairs among the local enterprises on the chain that maximise the total partner score,
 * with each enterprise in at most k meetings as a buyer and at most k as a supplier (two tables
 * of an afternoon). Exact: a maximum-weight flow (supplier side → buyer side), which takes a pair
 * only when it adds to the total. Existing supply ties are not proposed.
 */
export const MEETING_DEFAULTS = {
  /** Meetings per enterprise on each side (as buyer, as supplier). */
  meetingsPerEnterprise: 3,
  /** Upstream candidates considered per buyer. */
  candidatesPerBuyer: 20,
} as const;

export type { Meeting, MeetingPlan };

export function planMeetings(
  graph: ProjectedGraph,
  chainId: string,
  regionId: string,
  { meetingsPerEnterprise = MEETING_DEFAULTS.meetingsPerEnterprise as number } = {},
): MeetingPlan {
  if (!Number.isInteger(meetingsPerEnterprise) || meetingsPerEnterprise < 1)
    throw EngineError.badArgument('meetingsPerEnterprise', 'must be a whole number ≥ 1');
  const chainKey = keyOf('Chain', chainId);
  const regionKey = keyOf('Region', regionId);
  if (!nodeAt(graph, chainKey)) throw EngineError.notFound(`Chain '${chainId}'`);
  if (!nodeAt(graph, regionKey)) throw EngineError.notFound(`Region '${regionId}'`);
  const local = localEnterprises(graph, regionKey);
  const onChain = new Set(
    chainSegments(graph, chainKey).flatMap((s) => [...intoOf(graph, s, 'IN_SEGMENT'), ...intoOf(graph, s, 'NEEDS')]),
  );
  const participants = [...local].filter((key) => onChain.has(key)).sort();
  const index = new Map(participants.map((key, i) => [key, i]));

  // the candidate kept whole: its reasons are rendered when read, so only for the pairs that meet
  const pairs: { supplier: string; buyer: string; score: number; candidate: PartnerCandidate }[] = [];
  for (const buyer of participants) {
    const { candidates } = findPartners(graph, {
      enterpriseId: nodeAt(graph, buyer)!.id,
      direction: 'upstream',
      limit: MEETING_DEFAULTS.candidatesPerBuyer,
      maxPerSegment: MEETING_DEFAULTS.candidatesPerBuyer,
    });
    for (const c of candidates) {
      const supplier = keyOf('Enterprise', c.enterpriseId);
      if (index.has(supplier) && c.score > 0) pairs.push({ supplier, buyer, score: c.score, candidate: c });
    }
  }
  const n = participants.length;
  const flow = new MinCostFlow(2 * n + 2, pairs.length + 2 * n);
  const [source, sink] = [2 * n, 2 * n + 1];
  for (let i = 0; i < n; i++) {
    flow.addEdge(source, i, meetingsPerEnterprise, 0);
    flow.addEdge(n + i, sink, meetingsPerEnterprise, 0);
  }
  const arcs = pairs.map((p) =>
    flow.addEdge(index.get(p.supplier)!, n + index.get(p.buyer)!, 1, 1000 - Math.round(1000 * p.score)),
  );
  flow.solve(source, sink, Number.POSITIVE_INFINITY, 999);

  const meetings = pairs
    .filter((_, i) => flow.flowOn(arcs[i]!) > 0)
    .map((p) => ({
      supplier: { id: nodeAt(graph, p.supplier)!.id, name: nameOf(graph, p.supplier) },
      buyer: { id: nodeAt(graph, p.buyer)!.id, name: nameOf(graph, p.buyer) },
      score: p.score,
      reasons: p.candidate.reasons,
    }))
    .sort((a, b) => b.score - a.score || a.buyer.id.localeCompare(b.buyer.id));
  return {
    chain: { id: chainId, name: nameOf(graph, chainKey) },
    region: { id: regionId, name: nameOf(graph, regionKey) },
    participants: n,
    meetings,
    totalScore: Math.round(meetings.reduce((s, m) => s + m.score, 0) * 1000) / 1000,
  };
}

import type { Candidate, CandidateSet, NodeRef } from '../domain';
import { refKey } from '../domain/node-key';
import type { PartnerResult } from '../match/partners/find-partners';
import type { TacklingResult } from '../match/tackling/tackling-index';
import type { ProjectedGraph } from '../projection/projected-graph';

/**
 * Engine answers as stored candidate sets (src/domain/results.schema.ts): the ranked list, each
 * candidate with its detail — its name (so a read needs no lookups), components, segment, paths
 * and the facts its reasons are rendered from at read time (`why`; src/match/stored-reasons.ts).
 * No sentence is stored: a read renders the same reasons the engine gave, zh and en. A candidate
 * the graph holds as generated keeps `synthetic: true` in its detail, so the page's 合成 badge
 * costs a read nothing: asking the store for each candidate's mark on every read was a Neo4j
 * round trip per candidate.
 */
export function partnerSet(result: PartnerResult, graph: ProjectedGraph): CandidateSet {
  return {
    type: 'PARTNER_CANDIDATE',
    from: { kind: 'Enterprise', id: result.enterprise.id },
    qualifier: result.direction,
    candidates: ranked(
      graph,
      result.candidates,
      (c) => ({ kind: 'Enterprise', id: c.enterpriseId }),
      (c) => ({ name: c.name, components: c.components, via: c.via, orgPath: c.orgPath, why: c.why }),
    ),
    textNorm: result.textNorm,
  };
}

export function tacklingSets(result: TacklingResult, graph: ProjectedGraph): CandidateSet[] {
  const from = { kind: 'Problem' as const, id: result.problem.id };
  return [
    {
      type: 'TACKLE_CANDIDATE',
      from,
      qualifier: 'experts',
      candidates: ranked(
        graph,
        result.experts,
        (e) => ({ kind: 'Person', id: e.personId }),
        (e) => ({
          name: e.name,
          components: e.components,
          coveredSkills: e.coveredSkills,
          employer: e.employer,
          why: e.why,
        }),
      ),
    },
    {
      type: 'TACKLE_CANDIDATE',
      from,
      qualifier: 'institutions',
      candidates: ranked(
        graph,
        result.institutions,
        (inst) => ({ kind: 'Institution', id: inst.institutionId }),
        (inst) => ({ name: inst.name, components: inst.components, why: inst.why }),
      ),
    },
  ];
}

/** An engine's ranked list as stored: ranked in its order, generated candidates marked. */
function ranked<T extends { score: number }>(
  graph: ProjectedGraph,
  list: readonly T[],
  to: (item: T) => NodeRef,
  detail: (item: T) => Record<string, unknown>,
): Candidate[] {
  return list.map((item, i) => {
    const ref = to(item);
    const key = refKey(ref);
    const synthetic = graph.hasNode(key) && graph.getNodeAttribute(key, 'props')['synthetic'] === true;
    const facts = synthetic ? { ...detail(item), synthetic: true } : detail(item);
    return { to: ref, rank: i + 1, score: item.score, detail: facts };
  });
}

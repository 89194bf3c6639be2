import type { NodeKind } from '../domain';
import { findLeads } from '../match/gaps/leads';
import { findPartners } from '../match/partners/find-partners';
import { tacklingIndexOf } from '../match/tackling/tackling-index';
import type { ProjectedGraph } from '../projection/projected-graph';

/** Milliseconds each engine's first question took: what its first job would have waited. */
export type WarmTimes = { partners: number; tackling: number; gaps: number };

/**
 * Builds what the engines derive from a freshly loaded projection by asking each one question, as
 * its jobs would: one enterprise's partners (the enterprise space, partner texts, trust graph), one
 * problem's candidates (the tackling index and the expert profiles' postings, 20 s at province
 * scale), one chain's gap map in one region (the chain maps). Each is kept with the projection
 * and patched or kept through edits, so a worker that does this at start spares the first edit
 * after it the builds. Asking, rather than naming the structures, keeps this true when an engine
 * comes to derive something new. A graph without an enterprise, problem, chain or region skips
 * that engine.
 */
export function warmEngines(graph: ProjectedGraph): WarmTimes {
  const timed = (work: () => unknown): number => {
    const started = performance.now();
    work();
    return Math.round(performance.now() - started);
  };
  const enterprise = firstId(graph, 'Enterprise');
  const problem = firstId(graph, 'Problem');
  const chain = firstId(graph, 'Chain');
  const region = firstId(graph, 'Region');
  return {
    partners: timed(() => enterprise && findPartners(graph, { enterpriseId: enterprise, direction: 'upstream' })),
    tackling: timed(() => problem && tacklingIndexOf(graph).rank(problem)),
    gaps: timed(() => chain && region && findLeads(graph, chain, region)),
  };
}

function firstId(graph: ProjectedGraph, kind: NodeKind): string | undefined {
  const key = graph.findNode((_key, node) => node.kind === kind);
  return key === undefined ? undefined : (graph.getNodeAttribute(key, 'id') as string);
}

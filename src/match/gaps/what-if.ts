import type { ProjectedGraph } from '../../projection/projected-graph';
import { keyOf, nodeAt } from '../graph-access';
import type { WhatIf } from '../../domain/answers/leads.schema';
import { buildChainMap } from './chain-map';

export type { WhatIf };

/** What attracting these enterprises would change: which gaps close, who gains a local supplier. */
export function whatIf(graph: ProjectedGraph, chainId: string, regionId: string, leadIds: string[]): WhatIf {
  const before = buildChainMap(graph, chainId, regionId);
  const added = new Set(leadIds.map((id) => keyOf('Enterprise', id)).filter((key) => nodeAt(graph, key)));
  const after = buildChainMap(graph, chainId, regionId, added);
  const closed: WhatIf['closed'] = [];
  const gainLocalSupplier: WhatIf['gainLocalSupplier'] = [];
  after.segments.forEach((segment, i) => {
    const old = before.segments[i]!;
    if (old.status !== segment.status && (old.status === 'missing' || old.status === 'weak')) {
      closed.push({ segmentId: segment.segmentId, name: segment.name, from: old.status, to: segment.status });
    }
    if (old.producers.length === 0 && segment.producers.length > 0) {
      for (const buyer of old.demand) gainLocalSupplier.push({ enterpriseId: buyer.id, segmentId: segment.segmentId });
    }
  });
  return { added: [...added].map((key) => nodeAt(graph, key)!.id), closed, gainLocalSupplier, after };
}

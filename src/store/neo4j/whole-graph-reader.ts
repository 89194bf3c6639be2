import type { NodeKind, RelType } from '../../domain';

/** Where a whole-graph read hands each node and relationship as it arrives. */
export interface WholeGraphSink {
  node(kind: NodeKind, id: string, props: Record<string, unknown>): void;
  edge(
    type: RelType,
    fromKind: NodeKind,
    fromId: string,
    toKind: NodeKind,
    toId: string,
    props: Record<string, unknown>,
  ): void;
}

/**
 * A store that can stream the whole graph faster than the port's paged reads (the Neo4j store:
 * parallel, lean statements), and count what it holds cheaply. Not part of the GraphStore port:
 * a projection uses it when the store offers it and the port's reads otherwise, with the same
 * result (test/contract/projection-parity.test.ts).
 */
export interface WholeGraphReader {
  readWholeGraph(sink: WholeGraphSink): Promise<void>;
  /** Relationships held per type, without reading them. */
  countRelationships(): Promise<Map<RelType, number>>;
}

export function canReadWholeGraph(store: object): store is WholeGraphReader {
  const candidate = store as Partial<WholeGraphReader>;
  return typeof candidate.readWholeGraph === 'function' && typeof candidate.countRelationships === 'function';
}

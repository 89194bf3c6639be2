import type { NodeKind, RelType } from '../domain';

/**
 * Where a whole-graph read hands each node and relationship as it arrives. A relationship's ends
 * are node keys as `nodeKey` makes them (the projection's own keys), so a store that holds them
 * hands them over without taking them apart and putting them together again.
 */
export interface WholeGraphSink {
  node(kind: NodeKind, id: string, props: Record<string, unknown>): void;
  edge(type: RelType, fromKey: string, toKey: string, props: Record<string, unknown>): void;
}

/**
 * A store that can stream the whole graph faster than the port's paged reads (Neo4j: parallel,
 * lean statements; the memory store: one pass over its edges instead of one per type), and count
 * what it holds cheaply. Not part of the GraphStore port: a projection uses it when the store
 * offers it and the port's reads otherwise, with the same result
 * (test/contract/projection-parity.test.ts).
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

import type {
  CandidateRun,
  CandidateType,
  ListStanding,
  NodeKind,
  NodeRef,
  RelInput,
  RelType,
  ReportKind,
  ReportRun,
  StoredCandidates,
  StoredReport,
  CandidateLists,
} from '../domain';

/** A node as the store returns it: its validated properties plus createdAt / updatedAt. */
export interface GraphNode {
  kind: NodeKind;
  id: string;
  props: Record<string, unknown>;
}

export interface GraphEdge {
  type: RelType;
  from: NodeRef;
  to: NodeRef;
  props: Record<string, unknown>;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface WriteCount {
  /** Records that did not exist before. */
  created: number;
  /** Records that existed and whose properties changed. */
  updated: number;
  /** Records that existed with exactly these properties: nothing was written. */
  unchanged: number;
}

export interface RelWriteCount extends WriteCount {
  /** Relationships whose endpoints do not exist, with why; nothing was written for them. */
  missing: { index: number; reason: string }[];
}

export interface Page<T> {
  items: T[];
  /** Opaque; pass back as `cursor` for the next page. null on the last page. */
  nextCursor: string | null;
}

export interface ListQuery {
  /** Equality on scalar properties, membership on list properties (tags: 'high_tech'). */
  where?: Record<string, string | number | boolean>;
  /**
   * Only nodes with this relationship to this node, or to any of these nodes of one kind: LOCATED_IN
   * a region, or any region of a city (a region and those below it).
   */
  related?: { type: RelType; direction: 'out' | 'in'; node: NodeRef | RelatedNodes };
  /** Page size, 1-1000, default 50. */
  limit?: number;
  cursor?: string;
}

/** Several nodes of one kind, any of which a listed node is related to. */
export interface RelatedNodes {
  kind: NodeKind;
  ids: readonly string[];
}

/** The ids of a `related` filter's node or nodes. */
export function relatedIds(node: NodeRef | RelatedNodes): readonly string[] {
  return 'ids' in node ? node.ids : [node.id];
}

export interface NeighbourhoodQuery {
  /** Hops from the centre, 1-3, default 1. */
  depth?: number;
  /** Most nodes returned, default 200; the nearest come first. */
  limit?: number;
  /** Relationship types followed; default all domain types. */
  types?: RelType[];
}

/**
 * One step of a projection: from these nodes along one relationship type, in one direction,
 * to nodes of one kind. Returns the relationships found and the nodes at their far end.
 */
export interface FollowStep {
  fromKind: NodeKind;
  ids: string[];
  type: RelType;
  direction: 'out' | 'in';
  toKind: NodeKind;
}

/**
 * The one port to storage (docs/architecture.md, Design rules that hold across the layers). Two
 * adapters implement it: Neo4j, the system of record, and memory (graphology with a snapshot file)
 * for the embedded default. One contract suite (test/contract) runs the same cases against both.
 *
 * Writes take records already validated against the domain schemas; the store stamps
 * createdAt / updatedAt and never changes a record whose properties are the same.
 */
export interface GraphStore {
  readonly kind: 'neo4j' | 'memory';

  upsertNodes(kind: NodeKind, records: Record<string, unknown>[]): Promise<WriteCount>;
  /** Each relationship is checked with relationshipProblem by the caller. */
  upsertRelationships(rels: RelInput[]): Promise<RelWriteCount>;
  getNode(kind: NodeKind, id: string): Promise<GraphNode | null>;
  listNodes(kind: NodeKind, query?: ListQuery): Promise<Page<GraphNode>>;
  countNodes(kind: NodeKind): Promise<number>;
  /** Which of these ids exist as nodes of the kind. */
  existingIds(kind: NodeKind, ids: string[]): Promise<Set<string>>;
  /** Deletes the node and every relationship it has. False when it did not exist. */
  deleteNode(kind: NodeKind, id: string): Promise<boolean>;
  deleteRelationships(rels: Pick<RelInput, 'type' | 'from' | 'to'>[]): Promise<number>;
  neighbourhood(centre: NodeRef, query?: NeighbourhoodQuery): Promise<Subgraph>;
  follow(step: FollowStep): Promise<Subgraph>;
  /** Every relationship of one type, in its stored direction: for projections of the whole graph. */
  allRelationships(type: RelType): Promise<GraphEdge[]>;

  /** Replaces each set of the run atomically: readers see the old list or the new, never a mix. */
  writeCandidateRun(run: CandidateRun): Promise<void>;
  readCandidates(type: CandidateType, from: NodeRef, qualifier: string): Promise<StoredCandidates | null>;
  /**
   * What each of these stored lists says of itself — its length, last candidate and text
   * normaliser — and whether `member` is among its candidates, by set key, without reading the
   * lists whole: which lists an edit can move (src/match/partners/partner-moves.ts). A list not
   * stored is left out.
   */
  readListStandings(
    type: CandidateType,
    lists: readonly { from: NodeRef; qualifier: string }[],
    member: NodeRef,
  ): Promise<Map<string, ListStanding>>;
  /**
   * An API read of a node's lists in one go: null when the node does not exist; else its regions
   * (regionRelationOf its kind) and, per qualifier, the first `limit` candidates of the latest
   * list.
   */
  readCandidateLists(
    type: CandidateType,
    from: NodeRef,
    qualifiers: readonly string[],
    limit: number,
  ): Promise<CandidateLists | null>;
  writeReports(run: ReportRun): Promise<void>;
  readReport(kind: ReportKind, key: string): Promise<StoredReport | null>;

  /** Throws when the store cannot serve (readiness). */
  ping(): Promise<void>;
  /** Flushes and releases; safe to call twice. */
  close(): Promise<void>;
}

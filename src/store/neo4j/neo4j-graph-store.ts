import { startErrorOf } from './neo4j-start-error';
import neo4j from 'neo4j-driver';
import {
  isUndirected,
  REL_TYPES,
  type CandidateLists,
  type CandidateRun,
  type CandidateType,
  type ListStanding,
  type NodeKind,
  type NodeRef,
  type RelInput,
  type RelType,
  type ReportKind,
  type ReportRun,
  type StoredCandidates,
  type StoredReport,
} from '../../domain';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/cursor';
import {
  relatedIds,
  type FollowStep,
  type GraphEdge,
  type GraphNode,
  type GraphStore,
  type ListQuery,
  type NeighbourhoodQuery,
  type Page,
  type RelWriteCount,
  type Subgraph,
  type WriteCount,
} from '../graph-store';
import { expandNeighbourhood } from '../neighbourhood';
import { cypherFile } from './cypher-files';
import { Neo4jConnection, type Neo4jSettings, type Row } from './neo4j-connection';
import { Neo4jResults } from './neo4j-results';
import { applySchema } from './neo4j-schema';
import { groupBy } from '../../shared/group-by';
import { chunk } from './batching';
import { propsToNeo4j } from './neo4j-values';
import { countRelationships, readWholeGraph } from './neo4j-whole-graph';
import { upsertNodes, upsertRelationships, WRITE_BATCH } from './neo4j-upserts';
export { WRITE_BATCH } from './neo4j-upserts';
import type { WholeGraphReader, WholeGraphSink } from '../whole-graph-reader';
import type { StoreEpoch } from '../store-epoch';

/**
 * The system of record. Every statement is a file under cypher/ (see cypher-files.ts); writes
 * are batched with UNWIND, one managed transaction per batch.
 */
export class Neo4jGraphStore implements GraphStore, WholeGraphReader {
  readonly kind = 'neo4j' as const;
  private readonly results: Neo4jResults;

  private constructor(
    readonly connection: Neo4jConnection,
    epoch: StoreEpoch | null,
  ) {
    this.results = new Neo4jResults(connection, epoch);
  }

  /**
   * Connects, checks the server answers, and applies the schema (idempotent). With `epoch` (every
   * process of a deployment with Redis: open-store.ts) this store advances it after each write and
   * answers a node's lists again without Neo4j while it stands (epoch-held-reads.ts).
   */
  static async open(
    settings: Neo4jSettings,
    { epoch = null }: { epoch?: StoreEpoch | null } = {},
  ): Promise<Neo4jGraphStore> {
    const connection = new Neo4jConnection(settings);
    try {
      await connection.driver.verifyConnectivity({ database: settings.database });
      await applySchema(connection);
    } catch (error) {
      await connection.close();
      await epoch?.close();
      throw startErrorOf(error, settings);
    }
    return new Neo4jGraphStore(connection, epoch);
  }

  /** A write of the graph, and then the epoch advanced — also after a failure, which may have committed some batches. */
  private async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } finally {
      await this.results.written();
    }
  }

  async serverVersion(): Promise<{ name: string; version: string; edition: string }> {
    const [row] = await this.connection.read((tx) => tx.rows(cypherFile('store/server-version')));
    return row as { name: string; version: string; edition: string };
  }

  upsertNodes(kind: NodeKind, records: Record<string, unknown>[]): Promise<WriteCount> {
    return this.writing(() => upsertNodes(this.connection, kind, records));
  }

  upsertRelationships(rels: RelInput[]): Promise<RelWriteCount> {
    return this.writing(() => upsertRelationships(this.connection, rels));
  }

  async getNode(kind: NodeKind, id: string): Promise<GraphNode | null> {
    const rows = await this.connection.read((tx) => tx.rows(cypherFile('store/get-node', { label: kind }), { id }));
    return rows[0] ? toGraphNode(kind, rows[0]['n']) : null;
  }

  async listNodes(kind: NodeKind, query: ListQuery = {}): Promise<Page<GraphNode>> {
    const limit = pageSize(query.limit);
    const params = {
      after: query.cursor === undefined ? null : decodeCursor(query.cursor),
      where: propsToNeo4j(query.where ?? {}),
      limit: neo4j.int(limit + 1),
    };
    let statement = cypherFile('store/list-nodes', { label: kind });
    let extra: Record<string, unknown> = {};
    if (query.related) {
      const { type, direction, node } = query.related;
      const name = isUndirected(type) ? 'store/list-nodes-related-any' : `store/list-nodes-related-${direction}`;
      statement = cypherFile(name, { label: kind, type, relatedLabel: node.kind });
      extra = { relatedIds: [...relatedIds(node)] };
    }
    const rows = await this.connection.read((tx) => tx.rows(statement, { ...params, ...extra }));
    const items = rows.slice(0, limit).map((row) => toGraphNode(kind, row['n']));
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
  }

  async countNodes(kind: NodeKind): Promise<number> {
    const [row] = await this.connection.read((tx) => tx.rows(cypherFile('store/count-nodes', { label: kind })));
    return Number(row?.['count'] ?? 0);
  }

  async existingIds(kind: NodeKind, ids: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const statement = cypherFile('store/existing-ids', { label: kind });
    for (const batch of chunk([...new Set(ids)], WRITE_BATCH)) {
      const rows = await this.connection.read((tx) => tx.rows(statement, { ids: batch }));
      for (const row of rows) found.add(String(row['id']));
    }
    return found;
  }

  deleteNode(kind: NodeKind, id: string): Promise<boolean> {
    return this.writing(() =>
      this.connection.write(async (tx) => {
        const [row] = await tx.rows(cypherFile('store/delete-node', { label: kind }), { id });
        await tx.rows(cypherFile('store/delete-result-sets-of'), { fromKey: `${kind}:${id}` });
        await Neo4jResults.dropCandidate(tx, kind, id);
        return Number(row?.['deleted'] ?? 0) > 0;
      }),
    );
  }

  deleteRelationships(rels: Pick<RelInput, 'type' | 'from' | 'to'>[]): Promise<number> {
    return this.writing(() => this.deleteRelationshipsNow(rels));
  }

  private async deleteRelationshipsNow(rels: Pick<RelInput, 'type' | 'from' | 'to'>[]): Promise<number> {
    let deleted = 0;
    for (const group of groupBy(rels, (rel) => `${rel.type}|${rel.from.kind}|${rel.to.kind}`).values()) {
      const { type, from, to } = group[0] as RelInput;
      const name = isUndirected(type) ? 'store/delete-undirected-relationships' : 'store/delete-relationships';
      const statement = cypherFile(name, { from: from.kind, to: to.kind, type });
      const rows = group.map((rel) => ({ from: rel.from.id, to: rel.to.id }));
      const [row] = await this.connection.write((tx) => tx.rows(statement, { rows }));
      deleted += Number(row?.['deleted'] ?? 0);
    }
    return deleted;
  }

  async neighbourhood(centre: NodeRef, query: NeighbourhoodQuery = {}): Promise<Subgraph> {
    return expandNeighbourhood(centre, query, {
      node: (ref) => this.getNode(ref.kind, ref.id),
      incident: (refs, types) => this.incident(refs, types),
    });
  }

  private async incident(refs: NodeRef[], types: readonly string[] = REL_TYPES): Promise<Subgraph> {
    const nodes = new Map<string, GraphNode>();
    const edges: GraphEdge[] = [];
    for (const group of groupBy(refs, (ref) => ref.kind).values()) {
      const label = (group[0] as NodeRef).kind;
      const rows = await this.connection.read((tx) =>
        tx.rows(cypherFile('store/incident-edges', { label }), { ids: group.map((r) => r.id), types: [...types] }),
      );
      for (const row of rows) {
        const start = toGraphNode(row['startLabel'] as NodeKind, row['start']);
        const end = toGraphNode(row['endLabel'] as NodeKind, row['end']);
        nodes.set(`${start.kind}:${start.id}`, start);
        nodes.set(`${end.kind}:${end.id}`, end);
        edges.push({ type: row['type'] as GraphEdge['type'], from: start, to: end, props: row['props'] as Row });
      }
    }
    return {
      nodes: [...nodes.values()],
      edges: edges.map((e) => ({
        ...e,
        from: { kind: e.from.kind, id: e.from.id },
        to: { kind: e.to.kind, id: e.to.id },
      })),
    };
  }

  async follow(step: FollowStep): Promise<Subgraph> {
    const name = isUndirected(step.type) ? 'store/follow-both' : `store/follow-${step.direction}`;
    const statement = cypherFile(name, { from: step.fromKind, to: step.toKind, type: step.type });
    const nodes = new Map<string, GraphNode>();
    const edges: GraphEdge[] = [];
    for (const ids of chunk([...new Set(step.ids)], WRITE_BATCH)) {
      const rows = await this.connection.read((tx) => tx.rows(statement, { ids }));
      for (const row of rows) {
        const far = toGraphNode(step.toKind, row['far']);
        nodes.set(far.id, far);
        const near: NodeRef = { kind: step.fromKind, id: String(row['nearId']) };
        const farRef: NodeRef = { kind: step.toKind, id: far.id };
        const nearIsStart = row['nearIsStart'] === true;
        edges.push({
          type: step.type,
          from: nearIsStart ? near : farRef,
          to: nearIsStart ? farRef : near,
          props: row['props'] as Row,
        });
      }
    }
    return { nodes: [...nodes.values()], edges };
  }

  async allRelationships(type: RelType): Promise<GraphEdge[]> {
    const rows = await this.connection.read((tx) => tx.rows(cypherFile('store/all-relationships', { type })));
    return rows.map((row) => ({
      type,
      from: { kind: row['fromLabel'] as NodeKind, id: String(row['fromId']) },
      to: { kind: row['toLabel'] as NodeKind, id: String(row['toId']) },
      props: row['props'] as Row,
    }));
  }

  /** The whole graph for a projection: parallel, lean, streamed reads (neo4j-whole-graph.ts). */
  readWholeGraph(sink: WholeGraphSink): Promise<void> {
    return readWholeGraph(this.connection, sink);
  }

  countRelationships(): Promise<Map<RelType, number>> {
    return countRelationships(this.connection);
  }

  writeCandidateRun(run: CandidateRun): Promise<void> {
    return this.results.writeCandidateRun(run);
  }

  readCandidates(type: CandidateType, from: NodeRef, qualifier: string): Promise<StoredCandidates | null> {
    return this.results.readCandidates(type, from, qualifier);
  }

  readListStandings(
    type: CandidateType,
    lists: readonly { from: NodeRef; qualifier: string }[],
    member: NodeRef,
  ): Promise<Map<string, ListStanding>> {
    return this.results.readListStandings(type, lists, member);
  }

  readCandidateLists(
    type: CandidateType,
    from: NodeRef,
    qualifiers: readonly string[],
    limit: number,
  ): Promise<CandidateLists | null> {
    return this.results.readCandidateLists(type, from, qualifiers, limit);
  }

  writeReports(run: ReportRun): Promise<void> {
    return this.results.writeReports(run);
  }

  readReport(kind: ReportKind, key: string): Promise<StoredReport | null> {
    return this.results.readReport(kind, key);
  }

  async ping(): Promise<void> {
    await this.connection.read((tx) => tx.rows(cypherFile('store/ping')));
  }

  async close(): Promise<void> {
    try {
      await this.connection.close();
    } finally {
      await this.results.close();
    }
  }
}

function toGraphNode(kind: NodeKind, props: unknown): GraphNode {
  const plain = props as Row;
  return { kind, id: String(plain['id']), props: plain };
}

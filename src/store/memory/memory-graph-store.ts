import { MultiDirectedGraph } from 'graphology';
import { isDeepStrictEqual } from 'node:util';
import {
  isUndirected,
  regionRelationOf,
  type CandidateLists,
  type CandidateRun,
  type CandidateType,
  type NodeKind,
  type NodeRef,
  type RelInput,
  type RelType,
  type ReportKind,
  type ReportRun,
  type StoredCandidates,
  type StoredReport,
} from '../../domain';
import { decodeCursor, encodeCursor, pageSize } from '../cursor';
import type {
  FollowStep,
  GraphEdge,
  GraphNode,
  GraphStore,
  ListQuery,
  NeighbourhoodQuery,
  Page,
  RelWriteCount,
  Subgraph,
  WriteCount,
} from '../graph-store';
import { nodeKey, parseNodeKey, refKey } from '../node-key';
import { MemoryResults } from './memory-results';
import { readSnapshot, writeSnapshotAtomically } from './snapshot-file';
import { followInGraph, incidentInGraph, toGraphNode } from './memory-traversal';
import type { MemoryGraph, MemoryNodeAttributes } from './memory-types';
import { expandNeighbourhood } from '../neighbourhood';

const SNAPSHOT_FORMAT = 'redchain-snapshot/1';

export interface MemoryStoreOptions {
  /** Snapshot file; when absent nothing is persisted (tests, throwaway demos). */
  snapshotFile?: string;
  /** Milliseconds writes are gathered before one snapshot is written. Default 250. */
  persistDelayMs?: number;
}

/**
 * The embedded store: a graphology multigraph in memory, persisted to a snapshot file.
 * Good for a demo and one park of a few hundred enterprises (DESIGN.md §5).
 */
export class MemoryGraphStore implements GraphStore {
  readonly kind = 'memory' as const;
  private readonly graph: MemoryGraph = new MultiDirectedGraph();
  private readonly results = new MemoryResults();
  private readonly idIndex = new Map<NodeKind, string[]>();
  private persistTimer: NodeJS.Timeout | null = null;
  /** Something was written since the last snapshot. */
  private dirty = false;
  private persisting: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(private readonly options: MemoryStoreOptions) {}

  /** Opens the store, loading the snapshot when one exists. */
  static async open(options: MemoryStoreOptions = {}): Promise<MemoryGraphStore> {
    const store = new MemoryGraphStore(options);
    if (options.snapshotFile) {
      const text = await readSnapshot(options.snapshotFile);
      if (text !== null) store.load(text, options.snapshotFile);
    }
    return store;
  }

  private load(text: string, file: string): void {
    const parsed = JSON.parse(text) as { format?: string; graph?: unknown; results?: unknown };
    if (parsed.format !== SNAPSHOT_FORMAT) {
      throw new Error(`memory store: ${file} is not a ${SNAPSHOT_FORMAT} snapshot (format: ${String(parsed.format)})`);
    }
    this.graph.import(parsed.graph as Parameters<MemoryGraph['import']>[0]);
    this.results.import(parsed.results);
  }

  async upsertNodes(kind: NodeKind, records: Record<string, unknown>[]): Promise<WriteCount> {
    const count: WriteCount = { created: 0, updated: 0, unchanged: 0 };
    const now = new Date().toISOString();
    for (const record of dedupeById(records)) {
      const id = String(record['id']);
      const key = nodeKey(kind, id);
      const props = withoutUndefined(record);
      if (!this.graph.hasNode(key)) {
        this.graph.addNode(key, { kind, id, props: { ...props, createdAt: now, updatedAt: now } });
        this.idIndex.delete(kind);
        count.created++;
        continue;
      }
      const current = this.graph.getNodeAttributes(key).props;
      const { createdAt, updatedAt: _previous, ...currentProps } = current;
      if (isDeepStrictEqual(currentProps, props)) {
        count.unchanged++;
      } else {
        this.graph.mergeNodeAttributes(key, { props: { ...props, createdAt, updatedAt: now } });
        count.updated++;
      }
    }
    this.schedulePersist();
    return count;
  }

  async upsertRelationships(rels: RelInput[]): Promise<RelWriteCount> {
    const count: RelWriteCount = { created: 0, updated: 0, unchanged: 0, missing: [] };
    rels.forEach((rel, index) => {
      const from = refKey(rel.from);
      const to = refKey(rel.to);
      if (!this.graph.hasNode(from))
        return void count.missing.push({ index, reason: `no ${rel.from.kind} with id '${rel.from.id}'` });
      if (!this.graph.hasNode(to))
        return void count.missing.push({ index, reason: `no ${rel.to.kind} with id '${rel.to.id}'` });
      const props = withoutUndefined(rel.props ?? {});
      const existing = this.findEdge(rel.type, from, to);
      if (existing === null) {
        this.graph.addDirectedEdgeWithKey(edgeKey(rel.type, from, to), from, to, { type: rel.type, props });
        count.created++;
      } else if (isDeepStrictEqual(this.graph.getEdgeAttribute(existing, 'props'), props)) {
        count.unchanged++;
      } else {
        this.graph.setEdgeAttribute(existing, 'props', props);
        count.updated++;
      }
    });
    this.schedulePersist();
    return count;
  }

  /** The edge of this type between the two nodes; either direction for undirected types. */
  private findEdge(type: RelInput['type'], from: string, to: string): string | null {
    const key = edgeKey(type, from, to);
    if (this.graph.hasEdge(key)) return key;
    if (isUndirected(type)) {
      const reverse = edgeKey(type, to, from);
      if (this.graph.hasEdge(reverse)) return reverse;
    }
    return null;
  }

  async getNode(kind: NodeKind, id: string): Promise<GraphNode | null> {
    const key = nodeKey(kind, id);
    return this.graph.hasNode(key) ? toGraphNode(this.graph.getNodeAttributes(key)) : null;
  }

  async listNodes(kind: NodeKind, query: ListQuery = {}): Promise<Page<GraphNode>> {
    const limit = pageSize(query.limit);
    const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
    const ids = this.sortedIds(kind);
    const page: MemoryNodeAttributes[] = [];
    let more = false;
    for (let i = after === null ? 0 : firstAfter(ids, after); i < ids.length; i++) {
      const key = nodeKey(kind, ids[i] as string);
      const attributes = this.graph.getNodeAttributes(key);
      if (query.where && !matchesWhere(attributes.props, query.where)) continue;
      if (query.related && !this.isRelated(key, query.related)) continue;
      if (page.length === limit) {
        more = true;
        break;
      }
      page.push(attributes);
    }
    const last = page[page.length - 1];
    return { items: page.map(toGraphNode), nextCursor: more && last ? encodeCursor(last.id) : null };
  }

  private isRelated(key: string, related: NonNullable<ListQuery['related']>): boolean {
    const other = refKey(related.node);
    if (!this.graph.hasNode(other)) return false;
    const edges = isUndirected(related.type)
      ? [...this.graph.edges(key, other), ...this.graph.edges(other, key)]
      : related.direction === 'out'
        ? this.graph.edges(key, other)
        : this.graph.edges(other, key);
    return edges.some((edge) => this.graph.getEdgeAttribute(edge, 'type') === related.type);
  }

  /** Ids of one kind in order, kept until a node of that kind is added or dropped. */
  private sortedIds(kind: NodeKind): string[] {
    let ids = this.idIndex.get(kind);
    if (!ids) {
      ids = [];
      this.graph.forEachNode((_key, attributes) => {
        if (attributes.kind === kind) ids!.push(attributes.id);
      });
      ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      this.idIndex.set(kind, ids);
    }
    return ids;
  }

  async countNodes(kind: NodeKind): Promise<number> {
    return this.sortedIds(kind).length;
  }

  async existingIds(kind: NodeKind, ids: string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.graph.hasNode(nodeKey(kind, id))));
  }

  async deleteNode(kind: NodeKind, id: string): Promise<boolean> {
    const key = nodeKey(kind, id);
    if (!this.graph.hasNode(key)) return false;
    this.graph.dropNode(key);
    this.idIndex.delete(kind);
    this.results.dropNode({ kind, id });
    this.schedulePersist();
    return true;
  }

  async deleteRelationships(rels: Pick<RelInput, 'type' | 'from' | 'to'>[]): Promise<number> {
    let deleted = 0;
    for (const rel of rels) {
      const edge = this.findEdge(rel.type, refKey(rel.from), refKey(rel.to));
      if (edge !== null) {
        this.graph.dropEdge(edge);
        deleted++;
      }
    }
    this.schedulePersist();
    return deleted;
  }

  async neighbourhood(centre: NodeRef, query: NeighbourhoodQuery = {}): Promise<Subgraph> {
    return expandNeighbourhood(centre, query, {
      node: async (ref) => this.getNode(ref.kind, ref.id),
      incident: async (refs, types) => incidentInGraph(this.graph, refs, types),
    });
  }

  async follow(step: FollowStep): Promise<Subgraph> {
    return followInGraph(this.graph, step);
  }

  async allRelationships(type: RelType): Promise<GraphEdge[]> {
    const edges: GraphEdge[] = [];
    this.graph.forEachEdge((_edge, attributes, source, target) => {
      if (attributes.type === type)
        edges.push({ type, from: parseNodeKey(source), to: parseNodeKey(target), props: { ...attributes.props } });
    });
    return edges;
  }

  async writeCandidateRun(run: CandidateRun): Promise<void> {
    this.results.writeCandidateRun(run);
    this.schedulePersist();
  }

  async readCandidates(type: CandidateType, from: NodeRef, qualifier: string): Promise<StoredCandidates | null> {
    return this.results.readCandidates(type, from, qualifier);
  }

  async readCandidateLists(
    type: CandidateType,
    from: NodeRef,
    qualifiers: readonly string[],
    limit: number,
  ): Promise<CandidateLists | null> {
    if (!(await this.getNode(from.kind, from.id))) return null;
    const located = regionRelationOf(from.kind);
    const regions = located
      ? await this.follow({ fromKind: from.kind, ids: [from.id], type: located, direction: 'out', toKind: 'Region' })
      : { nodes: [] };
    const lists: Record<string, StoredCandidates | null> = {};
    for (const qualifier of qualifiers) {
      const stored = this.results.readCandidates(type, from, qualifier);
      lists[qualifier] = stored && { ...stored, candidates: stored.candidates.slice(0, limit) };
    }
    return { regionIds: regions.nodes.map((n) => n.id), lists };
  }

  async writeReports(run: ReportRun): Promise<void> {
    this.results.writeReports(run);
    this.schedulePersist();
  }

  async readReport(kind: ReportKind, key: string): Promise<StoredReport | null> {
    return this.results.readReport(kind, key);
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('memory store is closed');
  }

  /** Writes the snapshot now if anything changed since the last one (also what close() does). */
  async flush(): Promise<void> {
    if (this.persistTimer) {
      clearTimeout(this.persistTimer);
      this.persistTimer = null;
    }
    // an unchanged store is not rewritten: a province's snapshot is hundreds of megabytes
    if (!this.dirty) return this.persisting;
    await this.persist();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flush();
  }

  private schedulePersist(): void {
    this.dirty = true;
    if (!this.options.snapshotFile || this.persistTimer || this.closed) return;
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      void this.persist();
    }, this.options.persistDelayMs ?? 250);
    this.persistTimer.unref();
  }

  /** Snapshots are chained so two never race on the same file. */
  private persist(): Promise<void> {
    const file = this.options.snapshotFile;
    if (!file) return Promise.resolve();
    this.dirty = false;
    this.persisting = this.persisting.then(() =>
      writeSnapshotAtomically(
        file,
        JSON.stringify({ format: SNAPSHOT_FORMAT, graph: this.graph.export(), results: this.results.export() }),
      ),
    );
    return this.persisting;
  }
}

/** The index of the first id greater than `after` (binary search). */
function firstAfter(ids: string[], after: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ids[mid] as string) <= after) low = mid + 1;
    else high = mid;
  }
  return low;
}

function edgeKey(type: string, from: string, to: string): string {
  return `${type}|${from}|${to}`;
}

function dedupeById(records: Record<string, unknown>[]): Record<string, unknown>[] {
  return [...new Map(records.map((record) => [String(record['id']), record])).values()];
}

/** Neo4j cannot hold null or undefined properties; the memory store mirrors that. */
function withoutUndefined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined && value !== null));
}

function matchesWhere(props: Record<string, unknown>, where: Record<string, string | number | boolean>): boolean {
  return Object.entries(where).every(([field, wanted]) => {
    const value = props[field];
    return Array.isArray(value) ? value.includes(wanted) : value === wanted;
  });
}

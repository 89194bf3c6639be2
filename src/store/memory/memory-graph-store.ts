import { MultiDirectedGraph } from 'graphology';
import path from 'node:path';
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
import { DataFileError } from './data-file-error';
import { DurableFiles } from './durable-files';
import type { JournalEntry } from './journal-entry';
import { followInGraph, incidentInGraph, toGraphNode } from './memory-traversal';
import type { MemoryGraph, MemoryNodeAttributes } from './memory-types';
import { expandNeighbourhood } from '../neighbourhood';

const SNAPSHOT_FORMAT = 'redchain-snapshot/1';

export interface MemoryStoreOptions {
  /** Snapshot file; when absent nothing is persisted (tests, throwaway demos). Its journal and lock sit beside it. */
  snapshotFile?: string;
  /** Journal bytes past which the snapshot is rewritten and the journal emptied. Default 8 MiB. */
  compactAfterBytes?: number;
  /** Read the files without taking the data directory (a command beside a running server); writes are refused. */
  readOnly?: boolean;
  /** Where recoveries are reported (a torn journal tail dropped, a snapshot that could not be written). Default stderr. */
  onWarning?: (message: string) => void;
}

/**
 * The embedded store: a graphology multigraph in memory, made durable by a journal fsynced before
 * each write is answered and folded into a snapshot file (durable-files.ts).
 * Good for a demo and one park of a few hundred enterprises (DESIGN.md §5).
 */
export class MemoryGraphStore implements GraphStore {
  readonly kind = 'memory' as const;
  private readonly graph: MemoryGraph = new MultiDirectedGraph();
  private readonly results = new MemoryResults();
  private readonly idIndex = new Map<NodeKind, string[]>();
  private files: DurableFiles | null = null;
  private closed = false;
  /** Nothing was ever written to the data directory: no snapshot, no journal entry. */
  private freshDirectory = false;

  private constructor() {}

  /**
   * Opens the store: with a snapshot file, takes the data directory's lock, loads the snapshot and
   * replays the journal's entries it does not hold yet. Without one, an empty store in memory.
   */
  static async open(options: MemoryStoreOptions = {}): Promise<MemoryGraphStore> {
    const store = new MemoryGraphStore();
    if (!options.snapshotFile) return store;
    const onWarning = options.onWarning ?? ((message) => process.stderr.write(`redchain: ${message}\n`));
    const { files, disk } = await DurableFiles.open({ ...options, snapshotFile: options.snapshotFile, onWarning });
    try {
      const snapshotSeq = disk.snapshot === null ? 0 : store.load(disk.snapshot, path.resolve(options.snapshotFile));
      for (const entry of disk.entries) if (entry.seq > snapshotSeq) store.replay(entry);
      files.attach((lastSeq) => store.serialise(lastSeq), snapshotSeq);
      store.freshDirectory = disk.snapshot === null && disk.entries.length === 0;
      store.files = files;
    } catch (error) {
      await files.close().catch(() => undefined);
      throw error;
    }
    return store;
  }

  /** Whether the data directory never held data (the demo dataset may be loaded into it). */
  get isFresh(): boolean {
    return this.freshDirectory;
  }

  /** Loads a snapshot; returns the journal seq it holds writes up to. */
  private load(text: string, file: string): number {
    const damaged = (why: string) =>
      new DataFileError(
        file,
        `${file} is damaged (${why}): restore it from a backup, or move it away to start from its journal alone`,
      );
    let parsed: { format?: unknown; graph?: unknown; results?: unknown; lastSeq?: unknown };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch (error) {
      throw damaged(`not JSON: ${(error as Error).message}`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw damaged('not a JSON object');
    if (parsed.format !== SNAPSHOT_FORMAT) {
      throw new DataFileError(
        file,
        `memory store: ${file} is not a ${SNAPSHOT_FORMAT} snapshot (format: ${String(parsed.format)})`,
      );
    }
    try {
      this.graph.import(parsed.graph as Parameters<MemoryGraph['import']>[0]);
      this.results.import(parsed.results);
    } catch (error) {
      throw damaged((error as Error).message);
    }
    return typeof parsed.lastSeq === 'number' ? parsed.lastSeq : 0;
  }

  private serialise(lastSeq: number): string {
    return JSON.stringify({
      format: SNAPSHOT_FORMAT,
      lastSeq,
      graph: this.graph.export(),
      results: this.results.export(),
    });
  }

  /** Re-applies a journaled write at start; one that failed when first made fails alike, and is skipped. */
  private replay(entry: JournalEntry): void {
    try {
      this.apply(entry);
    } catch {
      // the write threw when it was made too (apply is deterministic): its caller got the error
    }
  }

  /**
   * Every mutation goes through here: journaled and synced first when the store has files,
   * then applied (the same function replay runs).
   */
  private write<T>(op: JournalEntry['op'], args: unknown[]): Promise<T> {
    const at = new Date().toISOString();
    if (!this.files) {
      try {
        return Promise.resolve(this.apply({ seq: 1, at, op, args }) as T);
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    return this.files.commit({ at, op, args }, (entry) => this.apply(entry) as T);
  }

  private apply(entry: JournalEntry): unknown {
    const a = entry.args;
    switch (entry.op) {
      case 'upsertNodes':
        return this.applyUpsertNodes(a[0] as NodeKind, a[1] as Record<string, unknown>[], entry.at);
      case 'upsertRelationships':
        return this.applyUpsertRelationships(a[0] as RelInput[]);
      case 'deleteNode':
        return this.applyDeleteNode(a[0] as NodeKind, a[1] as string);
      case 'deleteRelationships':
        return this.applyDeleteRelationships(a[0] as Pick<RelInput, 'type' | 'from' | 'to'>[]);
      case 'writeCandidateRun':
        return this.results.writeCandidateRun(a[0] as CandidateRun);
      case 'writeReports':
        return this.results.writeReports(a[0] as ReportRun);
    }
  }

  upsertNodes(kind: NodeKind, records: Record<string, unknown>[]): Promise<WriteCount> {
    return this.write('upsertNodes', [kind, records]);
  }

  private applyUpsertNodes(kind: NodeKind, records: Record<string, unknown>[], now: string): WriteCount {
    const count: WriteCount = { created: 0, updated: 0, unchanged: 0 };
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
    return count;
  }

  upsertRelationships(rels: RelInput[]): Promise<RelWriteCount> {
    return this.write('upsertRelationships', [rels]);
  }

  private applyUpsertRelationships(rels: RelInput[]): RelWriteCount {
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

  deleteNode(kind: NodeKind, id: string): Promise<boolean> {
    return this.write('deleteNode', [kind, id]);
  }

  private applyDeleteNode(kind: NodeKind, id: string): boolean {
    const key = nodeKey(kind, id);
    if (!this.graph.hasNode(key)) return false;
    this.graph.dropNode(key);
    this.idIndex.delete(kind);
    this.results.dropNode({ kind, id });
    return true;
  }

  deleteRelationships(rels: Pick<RelInput, 'type' | 'from' | 'to'>[]): Promise<number> {
    return this.write('deleteRelationships', [rels]);
  }

  private applyDeleteRelationships(rels: Pick<RelInput, 'type' | 'from' | 'to'>[]): number {
    let deleted = 0;
    for (const rel of rels) {
      const edge = this.findEdge(rel.type, refKey(rel.from), refKey(rel.to));
      if (edge !== null) {
        this.graph.dropEdge(edge);
        deleted++;
      }
    }
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
    await this.write('writeCandidateRun', [run]);
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
    await this.write('writeReports', [run]);
  }

  async readReport(kind: ReportKind, key: string): Promise<StoredReport | null> {
    return this.results.readReport(kind, key);
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('memory store is closed');
  }

  /** Waits for the writes asked so far, then folds the journal into the snapshot (close() does it too). */
  async flush(): Promise<void> {
    await this.files?.flush();
  }

  /** Waits for the writes in flight, writes the snapshot, releases the data directory. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.files?.close();
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

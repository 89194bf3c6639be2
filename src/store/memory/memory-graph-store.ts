import { MultiDirectedGraph } from 'graphology';
import path from 'node:path';
import {
  regionRelationOf,
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
import { nodeKey, parseNodeKey } from '../../domain/node-key';
import { warnOnStderr } from '../../shared/warn-on-stderr';
import { MemoryResults } from './memory-results';
import { DurableFiles } from './durable-files';
import { MemoryMutations } from './memory-mutations';
import { damagedSnapshot, decodeSnapshot, encodeSnapshot } from './snapshot-codec';
import type { JournalEntry } from './journal-entry';
import { followInGraph, incidentInGraph, toGraphNode } from './memory-traversal';
import { MemoryNodeList } from './memory-node-list';
import { countMemoryRelationships, readMemoryGraph } from './memory-whole-graph';
import type { WholeGraphReader, WholeGraphSink } from '../whole-graph-reader';
import type { MemoryGraph } from './memory-types';
import { expandNeighbourhood } from '../neighbourhood';

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
export class MemoryGraphStore implements GraphStore, WholeGraphReader {
  readonly kind = 'memory' as const;
  private readonly graph: MemoryGraph = new MultiDirectedGraph();
  private readonly results = new MemoryResults();
  private readonly listing = new MemoryNodeList(this.graph);
  private readonly mutations = new MemoryMutations(this.graph, this.results, (kind) => this.listing.forget(kind));
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
    const onWarning = options.onWarning ?? warnOnStderr;
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
    const snapshot = decodeSnapshot(text, file);
    try {
      this.graph.import(snapshot.graph as Parameters<MemoryGraph['import']>[0]);
      this.results.import(snapshot.results);
    } catch (error) {
      throw damagedSnapshot(file, (error as Error).message);
    }
    return snapshot.lastSeq;
  }

  private serialise(lastSeq: number): string {
    return encodeSnapshot({ lastSeq, graph: this.graph.export(), results: this.results.export() });
  }

  /** Re-applies a journaled write at start; one that failed when first made fails alike, and is skipped. */
  private replay(entry: JournalEntry): void {
    try {
      this.mutations.apply(entry);
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
        return Promise.resolve(this.mutations.apply({ seq: 1, at, op, args }) as T);
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    return this.files.commit({ at, op, args }, (entry) => this.mutations.apply(entry) as T);
  }

  upsertNodes(kind: NodeKind, records: Record<string, unknown>[]): Promise<WriteCount> {
    return this.write('upsertNodes', [kind, records]);
  }

  upsertRelationships(rels: RelInput[]): Promise<RelWriteCount> {
    return this.write('upsertRelationships', [rels]);
  }

  async getNode(kind: NodeKind, id: string): Promise<GraphNode | null> {
    const key = nodeKey(kind, id);
    return this.graph.hasNode(key) ? toGraphNode(this.graph.getNodeAttributes(key)) : null;
  }

  async countNodes(kind: NodeKind): Promise<number> {
    return this.listing.count(kind);
  }

  async listNodes(kind: NodeKind, query: ListQuery = {}): Promise<Page<GraphNode>> {
    return this.listing.page(kind, query);
  }

  async existingIds(kind: NodeKind, ids: string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.graph.hasNode(nodeKey(kind, id))));
  }

  deleteNode(kind: NodeKind, id: string): Promise<boolean> {
    return this.write('deleteNode', [kind, id]);
  }

  deleteRelationships(rels: Pick<RelInput, 'type' | 'from' | 'to'>[]): Promise<number> {
    return this.write('deleteRelationships', [rels]);
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

  /** The whole graph for a projection, in one pass over the edges (memory-whole-graph.ts). */
  async readWholeGraph(sink: WholeGraphSink): Promise<void> {
    readMemoryGraph(this.graph, this.listing, sink);
  }

  async countRelationships(): Promise<Map<RelType, number>> {
    return countMemoryRelationships(this.graph);
  }

  async writeCandidateRun(run: CandidateRun): Promise<void> {
    await this.write('writeCandidateRun', [run]);
  }

  async readCandidates(type: CandidateType, from: NodeRef, qualifier: string): Promise<StoredCandidates | null> {
    return this.results.readCandidates(type, from, qualifier);
  }

  async readListStandings(
    type: CandidateType,
    lists: readonly { from: NodeRef; qualifier: string }[],
    member: NodeRef,
  ): Promise<Map<string, ListStanding>> {
    return this.results.readListStandings(type, lists, member);
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

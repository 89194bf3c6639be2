import { isDeepStrictEqual } from 'node:util';
import { isUndirected, type CandidateRun, type NodeKind, type RelInput, type ReportRun } from '../../domain';
import type { RelWriteCount, WriteCount } from '../graph-store';
import { nodeKey, refKey } from '../../domain/node-key';
import type { JournalEntry } from './journal-entry';
import type { MemoryResults } from './memory-results';
import type { MemoryGraph } from './memory-types';

/**
 * The writes of the memory store, applied to its graph and results. Deterministic in their
 * arguments and the entry's timestamp: the journal replays them at start to the same state.
 */
export class MemoryMutations {
  constructor(
    private readonly graph: MemoryGraph,
    private readonly results: MemoryResults,
    /** Called when a node of this kind is added or dropped (the store's sorted ids go stale). */
    private readonly onKindChanged: (kind: NodeKind) => void,
  ) {}

  apply(entry: JournalEntry): unknown {
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

  private applyUpsertNodes(kind: NodeKind, records: Record<string, unknown>[], now: string): WriteCount {
    const count: WriteCount = { created: 0, updated: 0, unchanged: 0 };
    for (const record of dedupeById(records)) {
      const id = String(record['id']);
      const key = nodeKey(kind, id);
      const props = withoutUndefined(record);
      if (!this.graph.hasNode(key)) {
        this.graph.addNode(key, { kind, id, props: { ...props, createdAt: now, updatedAt: now } });
        this.onKindChanged(kind);
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

  private applyDeleteNode(kind: NodeKind, id: string): boolean {
    const key = nodeKey(kind, id);
    if (!this.graph.hasNode(key)) return false;
    this.graph.dropNode(key);
    this.onKindChanged(kind);
    this.results.dropNode({ kind, id });
    return true;
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

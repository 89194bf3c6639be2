import { isUndirected, type NodeKind, type RelInput } from '../../domain';
import type { RelWriteCount, WriteCount } from '../graph-store';
import { groupBy } from '../../shared/group-by';
import { chunk, inParallel } from './batching';
import { cellBatches, runDisjoint, type DisjointBatch } from './disjoint-batches';
import { cypherFile } from './cypher-files';
import type { Neo4jConnection } from './neo4j-connection';
import { dateTimeParam, nodePropsToNeo4j, propsToNeo4j } from './neo4j-values';

/*
 * Batched writes of nodes and relationships (UNWIND, one managed transaction per batch), with
 * change detection: an unchanged record is not rewritten (cypher/store/upsert-*.cypher).
 */

/** Rows per transaction for batched writes: large enough to amortise, small enough for the heap. */
export const WRITE_BATCH = 5000;
/** Node batches written at once (upsertNodes): the benchmark machine has two cores. */
const NODE_WRITERS = 2;
/** Relationship batches written at once, never two that share a node (runDisjoint). */
const REL_WRITERS = 2;

interface IndexedRel {
  rel: RelInput;
  index: number;
}

/** What a batch of upsert-relationships answers, per outcome. */
interface RelOutcomeRow {
  outcome: 'created' | 'updated' | 'unchanged' | 'missing';
  count: number;
  missing: { index: number; end: 'from' | 'to' }[];
}

export async function upsertNodes(
  connection: Neo4jConnection,
  kind: NodeKind,
  records: Record<string, unknown>[],
): Promise<WriteCount> {
  const count: WriteCount = { created: 0, updated: 0, unchanged: 0 };
  const unique = [...new Map(records.map((r) => [String(r['id']), r])).values()];
  const statement = cypherFile('store/upsert-nodes', { label: kind });
  // batches of distinct ids touch distinct nodes: NODE_WRITERS run at once, so the server's
  // cores share the index and full-text upkeep that dominates writing new nodes
  await inParallel(chunk(unique, WRITE_BATCH), NODE_WRITERS, async (batch) => {
    const rows = batch.map((record) => ({ id: String(record['id']), props: nodePropsToNeo4j(kind, record) }));
    const now = dateTimeParam(new Date());
    const outcomes = await connection.write((tx) => tx.rows(statement, { rows, now }));
    for (const { outcome, count: n } of outcomes as { outcome: keyof WriteCount; count: number }[]) count[outcome] += n;
  });
  return count;
}

export async function upsertRelationships(connection: Neo4jConnection, rels: RelInput[]): Promise<RelWriteCount> {
  const count: RelWriteCount = { created: 0, updated: 0, unchanged: 0, missing: [] };
  const indexed = rels.map((rel, index) => ({ rel, index }));
  const groups = groupBy(indexed, ({ rel }) => `${rel.type}|${rel.from.kind}|${rel.to.kind}`);
  const batches: (DisjointBatch<IndexedRel> & { statement: string })[] = [];
  for (const group of groups.values()) {
    const { type, from, to } = (group[0] as IndexedRel).rel;
    const name = isUndirected(type) ? 'store/upsert-undirected-relationships' : 'store/upsert-relationships';
    const statement = cypherFile(name, { from: from.kind, to: to.kind, type });
    const unique = [...new Map(group.map((g) => [`${g.rel.from.id}|${g.rel.to.id}`, g])).values()];
    for (const batch of cellBatches(unique, WRITE_BATCH, ({ rel }) => [rel.from, rel.to]))
      batches.push({ ...batch, statement });
  }
  // two at a time, but never two batches that could tie the same node (disjoint-batches.ts)
  await runDisjoint(batches, REL_WRITERS, async ({ rows: batch, statement }) => {
    const rows = batch.map(({ rel, index }) => ({
      index,
      from: rel.from.id,
      to: rel.to.id,
      props: propsToNeo4j(rel.props ?? {}),
    }));
    // the answer is a few rows per batch (counts, and the missing rows), not one per row
    const outcomes = await connection.write((tx) => tx.rows(statement, { rows }));
    for (const row of outcomes as unknown as RelOutcomeRow[]) {
      if (row.outcome !== 'missing') {
        count[row.outcome] += Number(row.count);
        continue;
      }
      for (const { index, end: which } of row.missing) {
        const rel = rels[index] as RelInput;
        const end = which === 'from' ? rel.from : rel.to;
        count.missing.push({ index, reason: `no ${end.kind} with id '${end.id}'` });
      }
    }
  });
  count.missing.sort((a, b) => a.index - b.index);
  return count;
}

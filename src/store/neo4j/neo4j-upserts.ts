import { isUndirected, type NodeKind, type RelInput } from '../../domain';
import type { RelWriteCount, WriteCount } from '../graph-store';
import { groupBy } from '../../shared/group-by';
import { chunk, inParallel } from './batching';
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
  for (const group of groups.values()) {
    const { type, from, to } = (group[0] as { rel: RelInput }).rel;
    const name = isUndirected(type) ? 'store/upsert-undirected-relationships' : 'store/upsert-relationships';
    const statement = cypherFile(name, { from: from.kind, to: to.kind, type });
    const unique = [...new Map(group.map((g) => [`${g.rel.from.id}|${g.rel.to.id}`, g])).values()];
    // one after another: two batches tying the same nodes (a park, a segment) would wait on each
    // other's locks, or deadlock and be retried
    for (const batch of chunk(unique, WRITE_BATCH)) {
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
    }
  }
  count.missing.sort((a, b) => a.index - b.index);
  return count;
}

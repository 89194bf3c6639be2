import { performance } from 'node:perf_hooks';
import type { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import { cypherFile } from '../src/store/neo4j/cypher-files';
import { dateTimeParam, nodePropsToNeo4j, propsToNeo4j } from '../src/store/neo4j/neo4j-values';
import { importWorkload, type ImportWorkload } from './bench-data';
import type { Settled } from './quiet';

export interface ImportFigures {
  batchedMs: number;
  rowByRowMs: number;
  nodes: number;
  rels: number;
  /** How long the server took to go quiet before each path (ms), and whether it did. */
  settled: { batched: Settled; rowByRow: Settled };
}

/**
 * One measurement of both write paths, batched first, each on an emptied database and once the
 * server is quiet (`settle`): each path pays for its own writes, not for the background work the
 * other left.
 */
export async function measureImport(
  store: Neo4jGraphStore,
  settle: () => Promise<Settled>,
  workload: ImportWorkload = importWorkload(),
): Promise<ImportFigures> {
  const nodes = workload.nodes.reduce((n, g) => n + g.records.length, 0);
  await clear(store);
  const batchedSettled = await settle();
  let start = performance.now();
  await upsertAll(store, workload);
  const batchedMs = performance.now() - start;

  await clear(store);
  const rowByRowSettled = await settle();
  start = performance.now();
  for (const group of workload.nodes) {
    const statement = cypherFile('bench/merge-one-node', { label: group.kind });
    for (const record of group.records) {
      await store.connection.write((tx) =>
        tx.rows(statement, {
          id: record['id'],
          props: nodePropsToNeo4j(group.kind, record),
          now: dateTimeParam(new Date()),
        }),
      );
    }
  }
  for (const rel of workload.rels) {
    const statement = cypherFile('bench/merge-one-relationship', {
      from: rel.from.kind,
      to: rel.to.kind,
      type: rel.type,
    });
    await store.connection.write((tx) =>
      tx.rows(statement, { from: rel.from.id, to: rel.to.id, props: propsToNeo4j(rel.props ?? {}) }),
    );
  }
  const rowByRowMs = performance.now() - start;
  return {
    batchedMs,
    rowByRowMs,
    nodes,
    rels: workload.rels.length,
    settled: { batched: batchedSettled, rowByRow: rowByRowSettled },
  };
}

/** The workload through the batched path into an emptied database (the store's own upserts). */
export async function writeBatched(store: Neo4jGraphStore, workload: ImportWorkload): Promise<void> {
  await clear(store);
  await upsertAll(store, workload);
}

async function upsertAll(store: Neo4jGraphStore, workload: ImportWorkload): Promise<void> {
  for (const group of workload.nodes) await store.upsertNodes(group.kind, group.records);
  const written = await store.upsertRelationships(workload.rels);
  if (written.created !== workload.rels.length)
    throw new Error(`bench: batched import created ${written.created} of ${workload.rels.length}`);
}

async function clear(store: Neo4jGraphStore): Promise<void> {
  await store.connection.runSchema(cypherFile('bench/clear-database'));
}

import neo4j from 'neo4j-driver';
import { dateTimeFields, NODE_KINDS, REL_TYPES, relationshipSpecs, type NodeKind, type RelType } from '../../domain';
import type { WholeGraphSink } from '../whole-graph-reader';
import { nodeKey } from '../../domain/node-key';
import { cypherFile } from './cypher-files';
import type { Neo4jConnection, Row } from './neo4j-connection';
import { fromNeo4j } from './neo4j-values';

/** Statements streaming at once: each is a session from the driver's pool and a query thread in Neo4j. */
export const READS_AT_ONCE = 4;

/** Records the driver pulls per round trip: big pulls, since every record is wanted. */
const FETCH_SIZE = 10_000;

/**
 * Reads every node and every relationship of the graph into a sink, the way a whole-graph
 * projection wants them: node kinds several at a time, then relationship types (one statement per
 * type and pair of labels the domain allows, so only ids travel), each streamed record by record
 * into the sink instead of gathered into arrays of objects first. Nodes all come before any
 * relationship, so a relationship's ends are known when it arrives; one whose end was written
 * after the nodes were read is the sink's to skip.
 */
export async function readWholeGraph(connection: Neo4jConnection, sink: WholeGraphSink): Promise<void> {
  await inParallel(NODE_KINDS, READS_AT_ONCE, async (kind) => {
    const keys = await propertyKeysOf(connection, kind);
    const instants = ['createdAt', 'updatedAt', ...(dateTimeFields[kind] ?? [])];
    const statement = cypherFile('store/all-nodes-of-kind', { label: kind });
    await stream(connection, statement, { keys, instants }, (field) => {
      sink.node(kind, String(field(0)), propsOf(keys, field(1) as unknown[], instants));
    });
  });
  await inParallel(relationshipGroups(), READS_AT_ONCE, ({ type, from, to }) =>
    stream(connection, cypherFile('store/all-relationships-between', { type, from, to }), {}, (field) => {
      const fromKey = nodeKey(from, String(field(0)));
      const toIds = field(1) as string[];
      const withProps = field(2) as [string, unknown][];
      const props = new Map<string, Row>(withProps.map(([toId, p]) => [toId, fromNeo4j(p) as Row]));
      for (const toId of toIds) sink.edge(type, fromKey, nodeKey(to, toId), props.get(toId) ?? {});
    }),
  );
}

/** Every property key some node of the kind holds (a scan Neo4j answers in a fraction of the read that follows). */
async function propertyKeysOf(connection: Neo4jConnection, kind: NodeKind): Promise<string[]> {
  const rows = await connection.readOnce(cypherFile('store/property-keys-of-kind', { label: kind }));
  return rows.map((row) => String(row['key']));
}

/**
 * A node's properties from the values all-nodes-of-kind lists in the order of `keys`, as
 * `fromNeo4j` gives them from a map: a null (a key this node lacks; Neo4j stores no nulls)
 * dropped, and each instant the store writes for the kind as an ISO string with milliseconds,
 * though the statement sent it as Neo4j's text (`2025-07-31T04:00:00Z`).
 */
function propsOf(keys: readonly string[], values: unknown[], instants: readonly string[]): Row {
  const props: Row = {};
  for (let i = 0; i < keys.length; i++) {
    const value = values[i];
    if (value !== null && value !== undefined) props[keys[i] as string] = fromNeo4j(value);
  }
  for (const key of instants) {
    const value = props[key];
    // most are already ISO with milliseconds (2026-12-04T15:38:32.893Z): only the others are parsed
    if (typeof value !== 'string' || (value.length === 24 && value[19] === '.' && value[23] === 'Z')) continue;
    const time = Date.parse(value);
    if (!Number.isNaN(time)) props[key] = new Date(time).toISOString();
  }
  return props;
}

/** How many relationships of each type Neo4j holds (its count store: nothing is read). */
export async function countRelationships(connection: Neo4jConnection): Promise<Map<RelType, number>> {
  // all at once, each from the pool: a start waits for every one of them
  const counts = await Promise.all(
    REL_TYPES.map(async (type) => {
      const rows = await connection.readOnce(cypherFile('store/count-relationships', { type }));
      return [type, Number(rows[0]?.['count'] ?? 0)] as const;
    }),
  );
  return new Map(counts);
}

/** Every relationship type with every pair of labels its ends may have (relationshipSpecs). */
function relationshipGroups(): { type: RelType; from: NodeKind; to: NodeKind }[] {
  return REL_TYPES.flatMap((type) => {
    const spec = relationshipSpecs[type] as { from: readonly NodeKind[]; to: readonly NodeKind[] };
    return spec.from.flatMap((from) => spec.to.map((to) => ({ type, from, to })));
  });
}

/**
 * One read statement as an auto-commit transaction, each record handed over as it
 * arrive. No retry: a failed read fails the load, which its caller retries whole.
 */
async function stream(
  connection: Neo4jConnection,
  statement: string,
  params: Record<string, unknown>,
  onRecord: (field: (index: number) => unknown) => void,
) {
  const session = connection.driver.session({
    database: connection.settings.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: FETCH_SIZE,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      session.run(statement, params).subscribe({
        onNext: (record) => {
          try {
            onRecord((index) => record.get(index) as unknown);
          } catch (error) {
            reject(error as Error);
          }
        },
        onCompleted: () => resolve(),
        onError: reject,
      });
    });
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** Runs `work` for every item, at most `limit` at once; rejects with the first failure. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, isNode, isRelationship } from 'neo4j-driver';
import { dateTimeFields, type NodeKind } from '../../domain';

/**
 * The edge between Neo4j's types and plain values (only src/store/neo4j imports neo4j-driver: eslint.config.mjs). Nothing outside
 * src/store/neo4j ever sees a neo4j Integer, DateTime or Node.
 */

/**
 * A Neo4j value as a plain JSON-able value: integers to numbers, temporals to ISO strings. Lists
 * and maps are converted in place: they are the driver's fresh copies of one record, which only
 * this conversion reads, and a worker's start converts hundreds of thousands of them.
 */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = fromNeo4j(value[i]);
    return value;
  }
  if (isInt(value)) return value.toNumber();
  if (isDateTime(value) || isLocalDateTime(value)) return new Date(value.toString()).toISOString();
  if (isDate(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return fromNeo4j(value.properties);
  const map = value as Record<string, unknown>;
  for (const key of Object.keys(map)) map[key] = fromNeo4j(map[key]);
  return map;
}

export function dateTimeParam(iso: string | Date): unknown {
  return neo4j.types.DateTime.fromStandardDate(typeof iso === 'string' ? new Date(iso) : iso);
}

/**
 * A record's properties as Neo4j parameters: whole numbers as Integers (so counts read back as
 * integers in Browser), declared instants as DateTime, and no null or undefined (Neo4j cannot
 * store them).
 */
export function nodePropsToNeo4j(kind: NodeKind, props: Record<string, unknown>): Record<string, unknown> {
  const instants = new Set(dateTimeFields[kind] ?? []);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    out[key] = instants.has(key) && typeof value === 'string' ? dateTimeParam(value) : toNeo4jScalar(value);
  }
  return out;
}

/** Relationship properties and filter values: whole numbers as Integers, no nulls. */
export function propsToNeo4j(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value !== undefined && value !== null) out[key] = toNeo4jScalar(value);
  }
  return out;
}

function toNeo4jScalar(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jScalar);
  return value;
}

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { NodeKind, RelType } from '../domain';
import { nodeKey } from '../domain/node-key';
import { emptyProjection, type ProjectedGraph } from './projected-graph';

/** Bumped whenever the body's layout changes: a file of another version is not read. */
export const SNAPSHOT_VERSION = 1;
const FORMAT = 'redchain-projection';

/**
 * Where a worker keeps the projection it last loaded, and what it belongs to: the file is only
 * good for the same graph and the same change log (Neo4j database, Redis, queue prefix), so
 * `identity` names them and is checked on reading.
 */
export interface SnapshotFile {
  file: string;
  identity: string;
}

/** One file per graph and change log in `dir`, so deployments sharing a directory do not collide. */
export function snapshotFileFor(dir: string, identity: string): SnapshotFile {
  const digest = createHash('sha256').update(identity).digest('hex').slice(0, 16);
  return { file: path.join(dir, `projection-${digest}.v8`), identity };
}

/** The first line of the file, JSON; the body (v8.serialize of a Body) follows it. */
interface Header {
  format: typeof FORMAT;
  version: number;
  identity: string;
  /** The change-log cursor the projection is current to. */
  cursor: string;
  writtenAt: string;
  bodyBytes: number;
  sha256: string;
}

/**
 * The projection as columns: node kinds and relationship types as small numbers, ends as node
 * numbers, and properties only where a relationship has some (most have none). A million
 * relationships are then a few typed arrays rather than a million objects to serialise.
 */
interface Body {
  kinds: NodeKind[];
  nodeKind: Uint8Array;
  ids: string[];
  nodeProps: Record<string, unknown>[];
  types: RelType[];
  edgeType: Uint8Array;
  source: Uint32Array;
  target: Uint32Array;
  propsAt: Uint32Array;
  props: Record<string, unknown>[];
}

/**
 * Writes the projection, current to `cursor`, next to the file and renames it over the file, so
 * a reader (another worker starting) never sees half a file. Answers its size.
 */
export async function writeProjectionSnapshot(
  target: SnapshotFile,
  graph: ProjectedGraph,
  cursor: string,
): Promise<{ bytes: number }> {
  const body = serialize(toBody(graph));
  const header: Header = {
    format: FORMAT,
    version: SNAPSHOT_VERSION,
    identity: target.identity,
    cursor,
    writtenAt: new Date().toISOString(),
    bodyBytes: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
  };
  await mkdir(path.dirname(target.file), { recursive: true, mode: 0o700 });
  const partial = `${target.file}.${process.pid}.partial`;
  try {
    await writeFile(partial, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]), { mode: 0o600 });
    await rename(partial, target.file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { bytes: body.length };
}

/**
 * The projection a snapshot file holds and the cursor it is current to, or why it cannot be used:
 * missing, of another format version or graph, truncated or damaged (checksum), unreadable.
 */
export async function readProjectionSnapshot(
  source: SnapshotFile,
): Promise<{ graph: ProjectedGraph; cursor: string; writtenAt: string } | { problem: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(source.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'no snapshot yet' : `unreadable (${code ?? (error as Error).message})` };
  }
  const newline = bytes.indexOf(10);
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(0, newline < 0 ? bytes.length : newline).toString('utf8')) as Header;
  } catch {
    return { problem: 'damaged: no header' };
  }
  if (header.format !== FORMAT) return { problem: 'damaged: not a projection snapshot' };
  if (header.version !== SNAPSHOT_VERSION)
    return { problem: `format version ${header.version}, not ${SNAPSHOT_VERSION}` };
  if (header.identity !== source.identity) return { problem: 'written for another graph or change log' };
  const body = bytes.subarray(newline + 1);
  if (body.length !== header.bodyBytes) return { problem: `damaged: ${body.length} bytes, not ${header.bodyBytes}` };
  if (createHash('sha256').update(body).digest('hex') !== header.sha256) return { problem: 'damaged: checksum' };
  try {
    return { graph: fromBody(deserialize(body) as Body), cursor: header.cursor, writtenAt: header.writtenAt };
  } catch (error) {
    return { problem: `damaged: ${(error as Error).message}` };
  }
}

function toBody(graph: ProjectedGraph): Body {
  const kinds: NodeKind[] = [];
  const types: RelType[] = [];
  const numberOf = new Map<string, number>();
  const nodeKind = new Uint8Array(graph.order);
  const ids: string[] = [];
  const nodeProps: Record<string, unknown>[] = [];
  graph.forEachNode((key, node) => {
    numberOf.set(key, ids.length);
    nodeKind[ids.length] = indexIn(kinds, node.kind);
    ids.push(node.id);
    nodeProps.push(node.props);
  });
  const edgeType = new Uint8Array(graph.size);
  const source = new Uint32Array(graph.size);
  const target = new Uint32Array(graph.size);
  const propsAt: number[] = [];
  const props: Record<string, unknown>[] = [];
  let n = 0;
  graph.forEachEdge((_key, edge, from, to) => {
    edgeType[n] = indexIn(types, edge.type);
    source[n] = numberOf.get(from)!;
    target[n] = numberOf.get(to)!;
    if (Object.keys(edge.props).length > 0) {
      propsAt.push(n);
      props.push(edge.props);
    }
    n++;
  });
  return {
    kinds,
    nodeKind,
    ids,
    nodeProps,
    types,
    edgeType,
    source,
    target,
    propsAt: Uint32Array.from(propsAt),
    props,
  };
}

function fromBody(body: Body): ProjectedGraph {
  const graph = emptyProjection();
  const keys = body.ids.map((id, i) => {
    const kind = body.kinds[body.nodeKind[i]!]!;
    const key = nodeKey(kind, id);
    graph.addNode(key, { kind, id, props: body.nodeProps[i]! });
    return key;
  });
  let withProps = 0;
  for (let n = 0; n < body.edgeType.length; n++) {
    const type = body.types[body.edgeType[n]!]!;
    const from = keys[body.source[n]!]!;
    const to = keys[body.target[n]!]!;
    const own = body.propsAt[withProps] === n;
    const props = own ? body.props[withProps++]! : {};
    graph.addDirectedEdgeWithKey(`${type}|${from}|${to}`, from, to, { type, props });
  }
  return graph;
}

/** The position of `value` in `list`, appended when new (kinds and types: a few dozen). */
function indexIn<T>(list: T[], value: T): number {
  const at = list.indexOf(value);
  if (at >= 0) return at;
  list.push(value);
  return list.length - 1;
}

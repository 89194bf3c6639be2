import { z } from 'zod';
import { Problem } from '../../domain';
import type { ProblemStatus } from '../../domain/enums';
import { intoOf, nameOf, nodeAt, outOf } from '../../match/graph-access';
import { derived } from '../../projection/derived';
import { addsOrDrops } from '../../projection/derived-change';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { encodeCursor } from '../../shared/cursor';
import { storedSchema } from '../../use-cases/records/stored-record';

/** A problem of the tackling list as the board shows it: where it sits on the chains and who posted it from where. */
export const ProblemItem = storedSchema(Problem).extend({
  segmentIds: z.array(z.string()).describe('The segments it is about (ABOUT)'),
  chainIds: z.array(z.string()).describe('The chains of those segments'),
  postedBy: z
    .object({ kind: z.enum(['Enterprise', 'Institution']), id: z.string(), name: z.string() })
    .nullable()
    .describe('The enterprise or institution that posted it (发榜单位), when known'),
  regionId: z.string().nullable().describe('Where the poster is located'),
});
export type ProblemItem = z.infer<typeof ProblemItem>;

export interface ProblemFilter {
  status?: ProblemStatus | undefined;
  /** Only problems about a segment of this chain. */
  chainId?: string | undefined;
  /** Only problems whose poster is located in one of these regions (a region and those below it). */
  regionIds?: ReadonlySet<string> | undefined;
  /** The last id of the previous page. */
  after?: string | undefined;
  limit: number;
}

/** Every problem's key in id order, kept with the projection until a patch adds or deletes a problem. */
function problemKeys(graph: ProjectedGraph): string[] {
  return derived(
    graph,
    'problem-keys',
    () =>
      graph
        .filterNodes((_key, node) => node.kind === 'Problem')
        .sort((a, b) => {
          const x = graph.getNodeAttribute(a, 'id');
          const y = graph.getNodeAttribute(b, 'id');
          return x < y ? -1 : x > y ? 1 : 0;
        }),
    (keys, change) => (addsOrDrops(change, 'Problem') ? null : keys),
  );
}

/** A problem's segments, chains, poster and the poster's region, read from the projection. */
export function problemItem(graph: ProjectedGraph, key: string): ProblemItem {
  const node = nodeAt(graph, key)!;
  const segments = outOf(graph, key, 'ABOUT');
  const chains = [...new Set(segments.flatMap((s) => outOf(graph, s, 'PART_OF')))];
  const posterKey = intoOf(graph, key, 'POSTED')[0];
  const poster = posterKey ? nodeAt(graph, posterKey) : null;
  const regionKey = posterKey ? outOf(graph, posterKey, 'LOCATED_IN')[0] : undefined;
  const idOf = (k: string) => graph.getNodeAttribute(k, 'id');
  return {
    ...(node.props as Omit<ProblemItem, 'segmentIds' | 'chainIds' | 'postedBy' | 'regionId'>),
    segmentIds: segments.map(idOf).sort(),
    chainIds: chains.map(idOf).sort(),
    postedBy:
      poster && posterKey
        ? { kind: poster.kind as 'Enterprise' | 'Institution', id: poster.id, name: nameOf(graph, posterKey) }
        : null,
    regionId: regionKey ? idOf(regionKey) : null,
  };
}

/**
 * One page of the tackling list, filtered by status, chain and the poster's region. The filters
 * span two hops (problem → segment → chain, problem ← poster → region and the regions above it),
 * which the store's lists cannot say; the projection answers them in memory, as /stats does.
 *
 * @example listProblems(graph, { chainId: 'chain-optoelectronics', limit: 50 })
 */
export function listProblems(
  graph: ProjectedGraph,
  { status, chainId, regionIds, after, limit }: ProblemFilter,
): { items: ProblemItem[]; nextCursor: string | null } {
  const items: ProblemItem[] = [];
  let more = false;
  for (const key of problemKeys(graph)) {
    const node = nodeAt(graph, key);
    if (!node || (after !== undefined && node.id <= after)) continue;
    if (status && node.props['status'] !== status) continue;
    const item = problemItem(graph, key);
    if (chainId && !item.chainIds.includes(chainId)) continue;
    if (regionIds && (item.regionId === null || !regionIds.has(item.regionId))) continue;
    if (items.length === limit) {
      more = true;
      break;
    }
    items.push(item);
  }
  return { items, nextCursor: more ? encodeCursor(items[items.length - 1]!.id) : null };
}

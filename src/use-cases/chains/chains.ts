import type { NodeKind } from '../../domain';
import { readRecord, recordPage, type StoredRecord } from '../records/stored-record';
import type { UseCaseContext } from '../use-case-context';

/** A segment of a chain with the segments it feeds (FEEDS), also across chains. */
export type ChainSegment = StoredRecord<'Segment'> & { feeds: string[] };

/** A page of regions or chains (the lists a map is chosen from), in id order. */
export function listPlaces<K extends Extract<NodeKind, 'Region' | 'Chain'>>(
  ctx: Pick<UseCaseContext, 'store'>,
  kind: K,
  query: { limit: number; cursor?: string | undefined },
) {
  return recordPage(ctx.store, kind, query);
}

/** A chain with its segments in id order, each with the segments it feeds; 404 when there is none. */
export async function readChain(
  ctx: Pick<UseCaseContext, 'store'>,
  id: string,
): Promise<StoredRecord<'Chain'> & { segments: ChainSegment[] }> {
  const chain = await readRecord(ctx.store, 'Chain', id);
  const parts = await ctx.store.follow({
    fromKind: 'Chain',
    ids: [id],
    type: 'PART_OF',
    direction: 'in',
    toKind: 'Segment',
  });
  const ids = parts.nodes.map((s) => s.id);
  const feeds =
    ids.length === 0
      ? { edges: [] }
      : await ctx.store.follow({ fromKind: 'Segment', ids, type: 'FEEDS', direction: 'out', toKind: 'Segment' });
  const segments = [...parts.nodes]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => ({
      ...(s.props as StoredRecord<'Segment'>),
      feeds: feeds.edges
        .filter((e) => e.from.id === s.id)
        .map((e) => e.to.id)
        .sort(),
    }));
  return { ...chain, segments };
}

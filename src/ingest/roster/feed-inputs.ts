import type { GraphStore } from '../../store/graph-store';

/** Inputs weaker than this (a segment that feeds another only now and then) are not proposed as needs. */
const MIN_WEIGHT = 0.5;

/**
 * What a segment's makers buy, read from the templates' input-output ties (FEEDS): an enterprise
 * placed in a segment is proposed as needing the segments that feed it, marked inferred until a
 * person confirms them.
 */
export class FeedInputs {
  private readonly inputs = new Map<string, string[]>();

  constructor(feeds: Iterable<{ from: string; to: string; weight: number }>) {
    for (const { from, to, weight } of feeds) {
      if (weight < MIN_WEIGHT || from === to) continue;
      const list = this.inputs.get(to) ?? [];
      if (!list.includes(from)) list.push(from);
      this.inputs.set(to, list);
    }
  }

  /** The segments feeding any of these, without these themselves. */
  of(segmentIds: readonly string[]): string[] {
    const own = new Set(segmentIds);
    return [...new Set(segmentIds.flatMap((id) => this.inputs.get(id) ?? []))].filter((id) => !own.has(id));
  }
}

/** The graph's FEEDS with the bundle's own (a bundle's tie replaces the graph's between the same segments). */
export async function readFeedInputs(
  store: GraphStore,
  bundleFeeds: readonly Record<string, unknown>[],
): Promise<FeedInputs> {
  const feeds = new Map<string, { from: string; to: string; weight: number }>();
  for (const edge of await store.allRelationships('FEEDS'))
    feeds.set(`${edge.from.id}|${edge.to.id}`, {
      from: edge.from.id,
      to: edge.to.id,
      weight: Number(edge.props['weight'] ?? 1),
    });
  for (const f of bundleFeeds)
    feeds.set(`${String(f['from'])}|${String(f['to'])}`, {
      from: String(f['from']),
      to: String(f['to']),
      weight: Number(f['weight'] ?? 1),
    });
  return new FeedInputs(feeds.values());
}

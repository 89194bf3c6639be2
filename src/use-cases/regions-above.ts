import type { GraphStore } from '../store/graph-store';

/** How far up the region tree a walk goes (a cycle stops sooner). */
const MAX_LEVELS = 20;

/**
 * A region and those above it, nearest first (park, district, city, province), a level at a time:
 * a city's resource serves its parks, so what a park reads includes what lies above it.
 *
 * @example await regionAndAbove(store, 'region-zj-hitech') // ['region-zj-hitech', 'region-zhenjiang', 'region-jiangsu']
 */
export async function regionAndAbove(store: Pick<GraphStore, 'follow'>, region: string): Promise<string[]> {
  const out = [region];
  for (let at = region; out.length < MAX_LEVELS;) {
    const up = await store.follow({
      fromKind: 'Region',
      ids: [at],
      type: 'PART_OF',
      direction: 'out',
      toKind: 'Region',
    });
    const parent = up.nodes[0]?.id;
    if (!parent || out.includes(parent)) break;
    out.push(parent);
    at = parent;
  }
  return out;
}

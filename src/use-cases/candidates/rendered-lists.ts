import { LRUCache } from 'lru-cache';
import type { CandidateOut } from '../../domain';
import type { Role } from '../../domain/roles';
import type { GraphStore } from '../../store/graph-store';

/**
 * Lists as answered, remembered per store: rendering a list's reasons in both languages and masking
 * its experts' details for the caller's role was a third of an API process's work per read (issue
 * 18's API benchmark), for an answer that changes only when a new run is stored. Keyed by the
 * list's set key, its run and the role (masking differs by role), so a new run is a new entry and
 * an answer never outlives the run it was rendered from: no expiry is needed for correctness.
 * About 2,000 lists of 20 candidates (~20 MB) per API process: the lists a park reads in a day.
 */
const LISTS_KEPT = 2_000;
const rendered = new WeakMap<GraphStore, LRUCache<string, readonly CandidateOut[]>>();

function cacheOf(store: GraphStore): LRUCache<string, readonly CandidateOut[]> {
  let cache = rendered.get(store);
  if (!cache) rendered.set(store, (cache = new LRUCache({ max: LISTS_KEPT })));
  return cache;
}

/**
 * A stored list's candidates as answered to a role, rendered once per run: `render` runs only when
 * this store has not answered this run of this list, at this length, to this role yet. Callers
 * must not change what is returned.
 */
export function renderedList(
  store: GraphStore,
  list: { setKey: string; runId: string; limit: number; role: Role },
  render: () => CandidateOut[],
): readonly CandidateOut[] {
  const cache = cacheOf(store);
  const key = [list.setKey, list.runId, list.limit, list.role].join('\u0000');
  let candidates = cache.get(key);
  if (!candidates) cache.set(key, (candidates = render()));
  return candidates;
}

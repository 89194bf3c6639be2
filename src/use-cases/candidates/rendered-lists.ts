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
 * About 2,000 lists per API process, the lists a park reads in a day: ~20 MB as objects, and up to
 * ~40 MB more as the JSON text sent for them (10–14 KB a list on the wire, two bytes a character
 * in memory once Chinese is in it).
 */
const LISTS_KEPT = 2_000;

/** A list as answered to a role: its candidates, and the whole ready answer as JSON text (made once, with them). */
export interface RenderedList {
  candidates: readonly CandidateOut[];
  /** `{"status":"ready","computedAt":…,"runId":…,"candidates":[…]}`, as JSON.stringify makes it. */
  json: string;
}

const rendered = new WeakMap<GraphStore, LRUCache<string, RenderedList>>();

function cacheOf(store: GraphStore): LRUCache<string, RenderedList> {
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
  list: { setKey: string; runId: string; computedAt: string; limit: number; role: Role },
  render: () => CandidateOut[],
): RenderedList {
  const cache = cacheOf(store);
  const key = [list.setKey, list.runId, list.limit, list.role].join('\u0000');
  let answer = cache.get(key);
  if (!answer) {
    const candidates = render();
    // a run's time is the run's own: the answer's text is whole once the run is in the key
    const { computedAt, runId } = list;
    const json = JSON.stringify({ status: 'ready', computedAt, runId, candidates });
    cache.set(key, (answer = { candidates, json }));
  }
  return answer;
}

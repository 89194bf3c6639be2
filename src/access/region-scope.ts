import { LRUCache } from 'lru-cache';
import { regionRelationOf } from '../domain';
import { AppError } from '../shared/app-error';
import type { GraphStore } from '../store/graph-store';
import type { Caller } from './caller';

/** How long a region's subtree is remembered: regions change rarely (a new park). */
const SUBTREE_MS = 60_000;
/** How far up a party organisation's parents its region is looked for (a cycle stops sooner). */
const MAX_PARENTS = 10;

/**
 * A key's region scope: its region and every region below it (a city key sees its districts and
 * parks). Subtrees are read from the store and remembered a minute.
 */
export class RegionScopes {
  private readonly subtrees = new LRUCache<string, Set<string>>({ max: 1_000, ttl: SUBTREE_MS });

  constructor(private readonly store: GraphStore) {}

  /** The regions a caller may see, or null for everywhere. */
  async of(caller: Caller): Promise<Set<string> | null> {
    return caller.regionId === null ? null : this.within(caller.regionId);
  }

  /** A region and every region below it. */
  async within(regionId: string): Promise<Set<string>> {
    let subtree = this.subtrees.get(regionId);
    if (!subtree) {
      subtree = await this.subtree(regionId);
      this.subtrees.set(regionId, subtree);
    }
    return subtree;
  }

  /** Refuses (403) unless one of `regionIds` — where the thing is — lies in the caller's scope. */
  async check(caller: Caller, regionIds: readonly string[], what: string): Promise<void> {
    const scope = await this.of(caller);
    if (scope === null || regionIds.some((id) => scope.has(id))) return;
    throw new AppError('forbidden', `${what} is outside the key's region (${caller.regionId})`);
  }

  /**
   * The regions a node is located in (LOCATED_IN, or IN_REGION for a party organisation or a department). A party
   * organisation without a region of its own (a chain committee) is where the organisation it
   * is under is.
   */
  async regionsOf(kind: 'Enterprise' | 'Institution' | 'PartyOrg' | 'Department', id: string): Promise<string[]> {
    const type = regionRelationOf(kind)!;
    const seen = new Set<string>();
    for (let at: string | undefined = id; at !== undefined && !seen.has(at) && seen.size < MAX_PARENTS;) {
      seen.add(at);
      const found = await this.store.follow({ fromKind: kind, ids: [at], type, direction: 'out', toKind: 'Region' });
      if (found.nodes.length > 0 || kind !== 'PartyOrg') return found.nodes.map((n) => n.id);
      const parent = await this.store.follow({
        fromKind: kind,
        ids: [at],
        type: 'UNDER',
        direction: 'out',
        toKind: kind,
      });
      at = parent.nodes[0]?.id;
    }
    return [];
  }

  private async subtree(regionId: string): Promise<Set<string>> {
    const seen = new Set([regionId]);
    let frontier = [regionId];
    while (frontier.length > 0) {
      const children = await this.store.follow({
        fromKind: 'Region',
        ids: frontier,
        type: 'PART_OF',
        direction: 'in',
        toKind: 'Region',
      });
      frontier = children.nodes.map((n) => n.id).filter((id) => !seen.has(id));
      frontier.forEach((id) => seen.add(id));
    }
    return seen;
  }
}

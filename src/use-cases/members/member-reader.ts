import { displayName, type NodeKind } from '../../domain';
import type { MemberMoveItem, MemberOrg, MovePlace, NamedRef } from '../../domain/answers';
import type { RegionScopes } from '../../access/region-scope';
import type { GraphNode, GraphStore } from '../../store/graph-store';
import { groupBy } from '../../shared/group-by';

/** A party organisation with every region it lies in (for the scope check) and the first (for the answer). */
export interface OrgFacts extends MemberOrg {
  regionIds: string[];
}

/** What the graph says of one member: before masking and before the scope's filter. */
export interface MemberFacts {
  personId: string;
  name: string;
  synthetic: boolean;
  membership: OrgFacts | null;
  managing: (OrgFacts & { since: string | null })[];
  workplace: NamedRef | null;
  workplaceRegion: NamedRef | null;
  /** Oldest first. */
  moves: MemberMoveItem[];
}

const MOVE_PLACES = ['PartyOrg', 'Region'] as const;

/**
 * Reads members' records from the store: their organisations (MEMBER_OF, MANAGED_BY) with the
 * regions they lie in, their workplace and its region, and their moves. Each step is one read for
 * every member asked about, so a province's list of mobile members is a dozen statements, not a
 * dozen per member. Organisations and regions are remembered for the reader's life (one request).
 */
export class MemberReader {
  private readonly orgs = new Map<string, Promise<OrgFacts | null>>();
  private readonly names = new Map<string, Promise<string | null>>();

  constructor(
    private readonly store: GraphStore,
    private readonly scopes: RegionScopes,
  ) {}

  /** A member's facts; null when the person does not exist. */
  async member(personId: string): Promise<MemberFacts | null> {
    const person = await this.store.getNode('Person', personId);
    return person ? ((await this.members([person]))[0] ?? null) : null;
  }

  /** The facts of each person given (their nodes already read), in the order given. */
  async members(people: readonly GraphNode[]): Promise<MemberFacts[]> {
    const ids = people.map((p) => p.id);
    if (ids.length === 0) return [];
    const ties = (type: 'MEMBER_OF' | 'MANAGED_BY') =>
      this.store.follow({ fromKind: 'Person', ids, type, direction: 'out', toKind: 'PartyOrg' });
    const [memberOf, managedBy, workplaces, moves] = await Promise.all([
      ties('MEMBER_OF'),
      ties('MANAGED_BY'),
      this.workplaces(ids),
      this.movesOf(ids),
    ]);
    const membershipOf = new Map<string, string>();
    for (const e of memberOf.edges) {
      const held = membershipOf.get(e.from.id);
      // a member with two memberships (data to correct) reads as the first by id, as before
      if (held === undefined || e.to.id < held) membershipOf.set(e.from.id, e.to.id);
    }
    const managedOf = groupBy(managedBy.edges, (e) => e.from.id);
    return Promise.all(
      people.map(async (person): Promise<MemberFacts> => {
        const membershipId = membershipOf.get(person.id);
        const managing = await Promise.all(
          (managedOf.get(person.id) ?? [])
            .filter((e) => e.to.id !== membershipId)
            .map(async (e) => {
              const org = await this.org(e.to.id);
              return org ? { ...org, since: typeof e.props['since'] === 'string' ? e.props['since'] : null } : null;
            }),
        );
        return {
          personId: person.id,
          name: displayName(person.props),
          synthetic: person.props['synthetic'] === true,
          membership: membershipId ? await this.org(membershipId) : null,
          managing: managing.filter((m) => m !== null).sort((a, b) => a.id.localeCompare(b.id)),
          ...(workplaces.get(person.id) ?? { workplace: null, workplaceRegion: null }),
          moves: moves.get(person.id) ?? [],
        };
      }),
    );
  }

  /** A party organisation's name and regions (its own, or failing one its parent's). */
  org(id: string): Promise<OrgFacts | null> {
    let found = this.orgs.get(id);
    if (!found) {
      found = this.readOrg(id);
      this.orgs.set(id, found);
    }
    return found;
  }

  private async readOrg(id: string): Promise<OrgFacts | null> {
    const node = await this.store.getNode('PartyOrg', id);
    if (!node) return null;
    const regionIds = await this.scopes.regionsOf('PartyOrg', id);
    const first = regionIds[0];
    const regionName = first ? await this.name('Region', first) : null;
    return {
      id,
      name: displayName(node.props),
      region: first && regionName ? { id: first, name: regionName } : null,
      regionIds,
    };
  }

  private name(kind: NodeKind, id: string): Promise<string | null> {
    const key = `${kind}:${id}`;
    let found = this.names.get(key);
    if (!found) {
      found = this.store.getNode(kind, id).then((n) => (n ? displayName(n.props) : null));
      this.names.set(key, found);
    }
    return found;
  }

  /**
   * Each person's workplace (an enterprise they work at, else an institution; the first by id)
   * and the region it lies in; people who work nowhere are absent.
   */
  private async workplaces(
    personIds: string[],
  ): Promise<Map<string, Pick<MemberFacts, 'workplace' | 'workplaceRegion'>>> {
    const kinds = ['Enterprise', 'Institution'] as const;
    const worksAt = await Promise.all(
      kinds.map((toKind) =>
        this.store.follow({ fromKind: 'Person', ids: personIds, type: 'WORKS_AT', direction: 'out', toKind }),
      ),
    );
    const chosen = new Map<string, { kind: (typeof kinds)[number]; id: string; name: string }>();
    kinds.forEach((kind, at) => {
      const { nodes, edges } = worksAt[at]!;
      const names = new Map(nodes.map((n) => [n.id, displayName(n.props)]));
      for (const e of edges) {
        const held = chosen.get(e.from.id);
        // an enterprise before any institution, then the first by id
        if (held && (held.kind !== kind || held.id.localeCompare(e.to.id) <= 0)) continue;
        chosen.set(e.from.id, { kind, id: e.to.id, name: names.get(e.to.id) ?? e.to.id });
      }
    });
    const regionOf = new Map<string, NamedRef>();
    await Promise.all(
      kinds.map(async (fromKind) => {
        const places = [...new Set([...chosen.values()].filter((c) => c.kind === fromKind).map((c) => c.id))];
        if (places.length === 0) return;
        const located = await this.store.follow({
          fromKind,
          ids: places,
          type: 'LOCATED_IN',
          direction: 'out',
          toKind: 'Region',
        });
        const names = new Map(located.nodes.map((n) => [n.id, displayName(n.props)]));
        for (const e of located.edges)
          if (!regionOf.has(`${fromKind}:${e.from.id}`))
            regionOf.set(`${fromKind}:${e.from.id}`, { id: e.to.id, name: names.get(e.to.id) ?? e.to.id });
      }),
    );
    const found = new Map<string, Pick<MemberFacts, 'workplace' | 'workplaceRegion'>>();
    for (const [personId, place] of chosen)
      found.set(personId, {
        workplace: { id: place.id, name: place.name },
        workplaceRegion: regionOf.get(`${place.kind}:${place.id}`) ?? null,
      });
    return found;
  }

  /** Each person's moves, oldest first (same date: by id); people who never moved are absent. */
  private async movesOf(personIds: string[]): Promise<Map<string, MemberMoveItem[]>> {
    const found = await this.store.follow({
      fromKind: 'Person',
      ids: personIds,
      type: 'MOVE_OF',
      direction: 'in',
      toKind: 'MemberMove',
    });
    const ids = found.nodes.map((n) => n.id);
    const ends = async (type: 'MOVED_FROM' | 'MOVED_TO') => {
      const byMove = new Map<string, MovePlace>();
      for (const toKind of MOVE_PLACES) {
        const tied =
          ids.length === 0
            ? { edges: [], nodes: [] }
            : await this.store.follow({ fromKind: 'MemberMove', ids, type, direction: 'out', toKind });
        const names = new Map(tied.nodes.map((n) => [n.id, displayName(n.props)]));
        for (const e of tied.edges)
          byMove.set(e.from.id, { kind: toKind, id: e.to.id, name: names.get(e.to.id) ?? e.to.id });
      }
      return byMove;
    };
    const [from, to] = await Promise.all([ends('MOVED_FROM'), ends('MOVED_TO')]);
    const moveNodes = new Map(found.nodes.map((n) => [n.id, n]));
    // an edge is (move)-[:MOVE_OF]->(person): from is the move, to the person
    const byPerson = groupBy(
      found.edges.filter((e) => moveNodes.has(e.from.id)),
      (e) => e.to.id,
    );
    const item = (n: GraphNode): MemberMoveItem => ({
      id: n.id,
      date: String(n.props['date']),
      kind: n.props['kind'] as MemberMoveItem['kind'],
      note: String(n.props['note'] ?? ''),
      from: from.get(n.id) ?? null,
      to: to.get(n.id) ?? null,
      source: typeof n.props['source'] === 'string' ? n.props['source'] : null,
      ...(n.props['synthetic'] === true ? { synthetic: true } : {}),
    });
    return new Map(
      [...byPerson].map(([personId, edges]) => [
        personId,
        edges
          .map((e) => item(moveNodes.get(e.from.id)!))
          .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id)),
      ]),
    );
  }
}

import { displayName, type NodeKind } from '../../domain';
import type { MemberMoveItem, MemberOrg, MovePlace, NamedRef } from '../../domain/answers';
import type { RegionScopes } from '../../access/region-scope';
import type { GraphStore } from '../../store/graph-store';

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
 * regions they lie in, their workplace and its region, and their moves. Organisations and regions
 * are remembered for the reader's life (one request).
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
    if (!person) return null;
    const follow = (type: 'MEMBER_OF' | 'MANAGED_BY', toKind: NodeKind) =>
      this.store.follow({ fromKind: 'Person', ids: [personId], type, direction: 'out', toKind });
    const [memberOf, managedBy, workplace, moves] = await Promise.all([
      follow('MEMBER_OF', 'PartyOrg'),
      follow('MANAGED_BY', 'PartyOrg'),
      this.workplace(personId),
      this.moves(personId),
    ]);
    const membershipId = memberOf.nodes.map((n) => n.id).sort()[0];
    const managing = await Promise.all(
      managedBy.edges
        .filter((e) => e.to.id !== membershipId)
        .map(async (e) => {
          const org = await this.org(e.to.id);
          return org ? { ...org, since: typeof e.props['since'] === 'string' ? e.props['since'] : null } : null;
        }),
    );
    return {
      personId,
      name: displayName(person.props),
      synthetic: person.props['synthetic'] === true,
      membership: membershipId ? await this.org(membershipId) : null,
      managing: managing.filter((m) => m !== null).sort((a, b) => a.id.localeCompare(b.id)),
      ...workplace,
      moves,
    };
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

  private async workplace(personId: string): Promise<Pick<MemberFacts, 'workplace' | 'workplaceRegion'>> {
    for (const toKind of ['Enterprise', 'Institution'] as const) {
      const found = await this.store.follow({
        fromKind: 'Person',
        ids: [personId],
        type: 'WORKS_AT',
        direction: 'out',
        toKind,
      });
      const place = found.nodes.sort((a, b) => a.id.localeCompare(b.id))[0];
      if (!place) continue;
      const located = await this.store.follow({
        fromKind: toKind,
        ids: [place.id],
        type: 'LOCATED_IN',
        direction: 'out',
        toKind: 'Region',
      });
      const region = located.nodes[0];
      return {
        workplace: { id: place.id, name: displayName(place.props) },
        workplaceRegion: region ? { id: region.id, name: displayName(region.props) } : null,
      };
    }
    return { workplace: null, workplaceRegion: null };
  }

  /** Every move of the member, oldest first (same date: by id). */
  async moves(personId: string): Promise<MemberMoveItem[]> {
    const found = await this.store.follow({
      fromKind: 'Person',
      ids: [personId],
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
    return found.nodes
      .map((n): MemberMoveItem => ({
        id: n.id,
        date: String(n.props['date']),
        kind: n.props['kind'] as MemberMoveItem['kind'],
        note: String(n.props['note'] ?? ''),
        from: from.get(n.id) ?? null,
        to: to.get(n.id) ?? null,
        source: typeof n.props['source'] === 'string' ? n.props['source'] : null,
        ...(n.props['synthetic'] === true ? { synthetic: true } : {}),
      }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  }
}

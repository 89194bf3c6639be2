import type { Caller } from '../access/caller';
import { RegionScopes } from '../access/region-scope';
import type { NodeKind } from '../domain';
import type { GraphStore } from '../store/graph-store';
import type { BundleSection } from './bundle.schema';
import { isEdgeSection, sectionSpecs } from './bundle-sections';
import { selfOf, type ImportCandidate } from './import-references';
import { RecordPlaces } from './record-places';

/** Who imports: the key's role and region (null: everywhere). The CLI imports as an admin. */
export type ImportCaller = Pick<Caller, 'role' | 'regionId'>;

/**
 * Sections that shape every region's map: the regions' tree (a park re-parented under another
 * city moves its enterprises into that city's scope), the chains, their segments and the FEEDS
 * template. An admin's business.
 */
const WORLD_SECTIONS: ReadonlySet<BundleSection> = new Set(['regions', 'chains', 'segments', 'feeds']);

/** The ends of the relationship sections, by field: both must lie in the key's region. */
const EDGE_ENDS: Partial<Record<BundleSection, NodeKind>> = { supplies: 'Enterprise', pairings: 'PartyOrg' };

/** The field that says where a record of a kind lies, named when a scoped key leaves it out. */
const PLACING_FIELD: Partial<Record<NodeKind, string>> = {
  Enterprise: 'regionId',
  Institution: 'regionId',
  PartyOrg: 'regionId',
  Department: 'regionId',
  Person: 'worksAt',
  Problem: 'postedBy',
  Request: 'raisedBy',
  Work: 'authorIds',
  Team: 'members',
  Outcome: 'subjectId',
  TalentNeed: 'enterpriseId',
  FinancingNeed: 'enterpriseId',
  FinancialProduct: 'regionIds',
  FinancingMeeting: 'regionId',
  ServiceResource: 'regionId',
  ActionProject: 'regionId',
  InvestmentSquad: 'regionId',
  SquadLead: 'squadId',
  SquadVisit: 'squadId',
  SquadTally: 'regionId',
  MemberMove: 'personId',
  JointMeeting: 'regionId',
  MeetingDecision: 'meetingId',
  Pledge: 'regionId',
};

export interface ScopeRefusal {
  field: string;
  reason: string;
  /** outside: it lies in another region; unplaced: it names no place; admin: the section is for admins. */
  why: 'outside' | 'unplaced' | 'admin';
}

/**
 * The records a caller may not import, each with the field and the reason. A region-scoped key
 * imports what lies in its region or below, as its direct routes let it write: a record's own
 * place (regionId, the poster, the enterprise that raised it…) must be in the region, and so must
 * the place of a record it replaces (an update may not pull a record out of another region); a
 * relationship row (supplies, pairings) needs both ends in the region. Records that place
 * themselves nowhere are refused too: a scoped key names where what it adds lies. `places`, when
 * given, is kept by a streamed import across its chunks, so that a record may be placed by one
 * read in an earlier chunk.
 */
export async function scopeRefusals(
  store: GraphStore,
  caller: ImportCaller,
  candidates: readonly ImportCandidate[],
  idMap: Map<string, string>,
  places?: RecordPlaces,
): Promise<Map<ImportCandidate, ScopeRefusal>> {
  const refused = new Map<ImportCandidate, ScopeRefusal>();
  if (caller.role === 'admin' && caller.regionId === null) return refused;
  for (const c of candidates)
    if (WORLD_SECTIONS.has(c.section))
      refused.set(c, {
        field: '(record)',
        reason: `${c.section} shape every region's map: only an admin key imports them`,
        why: 'admin',
      });
  if (caller.regionId === null) return refused;

  const placed = places ? places.add(candidates, idMap) : new RecordPlaces(store, candidates, idMap);
  const region = new RegionRefusals(
    caller.regionId,
    await new RegionScopes(store).within(caller.regionId),
    placed,
    await existingSelves(store, candidates, idMap),
    idMap,
  );
  // until nothing more is refused: a refused record no longer places what it claimed, so a record
  // placed through it (a request raised by a refused enterprise) is asked again
  for (let more = true; more;) {
    more = false;
    for (const c of candidates) {
      if (refused.has(c)) continue;
      const refusal = await region.refusalOf(c);
      if (!refusal) continue;
      refused.set(c, refusal);
      const self = selfOf(c, idMap);
      if (self) placed.refuse(self.kind, self.id);
      more = true;
    }
  }
  return refused;
}

/** Why a region-limited key may not import a record, rule by rule (see scopeRefusals). */
class RegionRefusals {
  constructor(
    private readonly regionId: string,
    private readonly scope: ReadonlySet<string>,
    private readonly places: RecordPlaces,
    private readonly existing: Map<NodeKind, Set<string>>,
    private readonly idMap: Map<string, string>,
  ) {}

  async refusalOf(c: ImportCandidate): Promise<ScopeRefusal | null> {
    const spec = sectionSpecs[c.section];
    return isEdgeSection(spec) ? this.rowRefusal(c, spec.endFields) : this.recordRefusal(c);
  }

  /** A relationship row (supplies, pairings): both ends in the region. */
  private async rowRefusal(c: ImportCandidate, endFields: readonly string[]): Promise<ScopeRefusal | null> {
    const kind = EDGE_ENDS[c.section];
    if (!kind) return null;
    for (const field of endFields) {
      const id = String(c.record[field]);
      const regions = await this.places.of(kind, id);
      if (!this.within(regions)) return { field, reason: this.outside(`${kind} '${id}'`), why: 'outside' };
    }
    return null;
  }

  private async recordRefusal(c: ImportCandidate): Promise<ScopeRefusal | null> {
    const self = selfOf(c, this.idMap)!;
    // where it is now: an update may not reach into another region
    const exists = this.existing.get(self.kind)?.has(self.id) ?? false;
    const now = exists ? await this.places.now(self.kind, self.id) : [];
    if (exists && !this.within(now))
      return { field: 'id', reason: this.outside(`${self.kind} '${self.id}'`), why: 'outside' };
    // where the record puts it
    const named = await this.places.named(self.kind, c.record);
    const misplaced = await this.namedPlaceRefusal(self.kind, named);
    if (misplaced) return misplaced;
    if (named.length === 0 && !exists)
      return {
        field: PLACING_FIELD[self.kind] ?? '(record)',
        reason: `a key limited to ${this.regionId} must say where a ${self.kind} lies (its region, or what it is tied to there)`,
        why: 'unplaced',
      };
    return (await this.parentRefusal(self.kind, c.record)) ?? this.tieRefusal(c.record);
  }

  /**
   * A party organisation placed by its own region is still tied under its parent (UNDER, which
   * the leads' organisational ties and the trust search follow): the parent must lie in the
   * region too, as it must when the parent is what places it.
   */
  private async parentRefusal(kind: NodeKind, record: Record<string, unknown>): Promise<ScopeRefusal | null> {
    const parentId = record['parentId'];
    if (kind !== 'PartyOrg' || record['regionId'] === undefined || typeof parentId !== 'string') return null;
    const regions = await this.places.of('PartyOrg', parentId);
    return this.within(regions)
      ? null
      : { field: 'parentId', reason: this.outside(`PartyOrg '${parentId}'`), why: 'outside' };
  }

  /** The places a record names for itself (RecordPlaces.named), each in the region. */
  private async namedPlaceRefusal(
    kind: NodeKind,
    named: { field: string; kind: NodeKind; id: string }[],
  ): Promise<ScopeRefusal | null> {
    for (const place of named) {
      const regions =
        // a workplace may be an enterprise, an institution or a department (ids are unique per kind)
        place.kind === 'Enterprise' && kind !== 'Outcome'
          ? [
              ...(await this.places.of('Enterprise', place.id)),
              ...(await this.places.of('Institution', place.id)),
              ...(await this.places.of('Department', place.id)),
            ]
          : await this.places.of(place.kind, place.id);
      const what = place.kind === 'Region' ? `region '${place.id}'` : `${place.kind} '${place.id}'`;
      if (!this.within(regions)) return { field: place.field, reason: this.outside(what), why: 'outside' };
    }
    return null;
  }

  /**
   * What else it ties into a region: the organisations a party organisation covers, the
   * enterprises an instructor instructs or a 企业秘书 serves, the regions of a chain master's or a chain chief's role.
   */
  private async tieRefusal(record: Record<string, unknown>): Promise<ScopeRefusal | null> {
    for (const tie of tiesOf(record)) {
      const regions =
        tie.kind === 'Region'
          ? [tie.id]
          : [...(await this.places.of('Enterprise', tie.id)), ...(await this.places.of('Institution', tie.id))];
      if (!this.within(regions))
        return {
          field: tie.field,
          reason: this.outside(tie.kind === 'Region' ? `region '${tie.id}'` : `'${tie.id}'`),
          why: 'outside',
        };
    }
    return null;
  }

  private within(regions: string[]): boolean {
    return regions.some((region) => this.scope.has(region));
  }

  /**
   * Says what lies outside, not where: a region key learns nothing of the graph beyond its region
   * from a refusal (neither which region holds a record nor whether it exists at all).
   */
  private outside(what: string): string {
    return `outside your region (${this.regionId}): ${what} is not in it`;
  }
}

/** A record's ties into a region beyond those that place it (see RecordPlaces.named). */
function tiesOf(record: Record<string, unknown>): { field: string; kind: 'Region' | 'Organisation'; id: string }[] {
  const ids = (field: string) =>
    ((record[field] as string[] | undefined) ?? []).map((id, i) => ({
      field: `${field}[${i}]`,
      kind: 'Organisation' as const,
      id,
    }));
  const roles = (field: string) =>
    ((record[field] as { regionId: string }[] | undefined) ?? []).map((role, i) => ({
      field: `${field}[${i}].regionId`,
      kind: 'Region' as const,
      id: role.regionId,
    }));
  return [...ids('covers'), ...ids('instructs'), ...ids('secretaryOf'), ...roles('chainMasterOf'), ...roles('chiefOf')];
}

/** Which of the records already exist in the graph, by kind (an update, not a creation). */
async function existingSelves(
  store: GraphStore,
  candidates: readonly ImportCandidate[],
  idMap: Map<string, string>,
): Promise<Map<NodeKind, Set<string>>> {
  const wanted = new Map<NodeKind, string[]>();
  for (const c of candidates) {
    const self = selfOf(c, idMap);
    if (!self) continue;
    const ids = wanted.get(self.kind);
    if (ids) ids.push(self.id);
    else wanted.set(self.kind, [self.id]);
  }
  const found = new Map<NodeKind, Set<string>>();
  for (const [kind, ids] of wanted) found.set(kind, await store.existingIds(kind, ids));
  return found;
}

import { OUTCOME_ENDS, type NodeKind, type OutcomeEngine, type RelType } from '../domain';
import type { GraphStore } from '../store/graph-store';
import { selfOf, type ImportCandidate } from './import-references';

type Rec = Record<string, unknown>;
type Placed =
  | 'Enterprise'
  | 'Institution'
  | 'PartyOrg'
  | 'Department'
  | 'Person'
  | 'Problem'
  | 'Request'
  | 'Work'
  | 'Team'
  | 'Outcome'
  | 'TalentNeed'
  | 'FinancingNeed'
  | 'FinancialProduct'
  | 'FinancingMeeting'
  | 'ServiceResource'
  | 'ActionProject'
  | 'InvestmentSquad'
  | 'SquadLead'
  | 'SquadVisit'
  | 'SquadTally'
  | 'MemberMove'
  | 'JointMeeting'
  | 'MeetingDecision'
  | 'Pledge';

/** How far up a party organisation's parents its region is looked for (a cycle stops sooner). */
const MAX_PARENTS = 10;

/**
 * Where things lie, for a region-scoped import: the regions of a node as the bundle will leave it
 * (its record's own fields, when the bundle has one) and as the graph holds it now. The rules are
 * the direct routes': an enterprise or institution is where it is located; a party organisation
 * in its region, or failing one where its parent is; a person where the organisations they work
 * at or belong to are; a problem where its poster is; a request (or a talent need) where the
 * enterprise that raised it is; a work where its authors are; a team where its problems and members are; an outcome
 * where the advice it judges was given. Answers are remembered for the import.
 */
export class RecordPlaces {
  private readonly inBundle = new Map<string, Rec>();
  private readonly remembered = new Map<string, string[]>();
  /** Records of the bundle that will not be written (refused): they place nothing. */
  private readonly refusedRecords = new Set<string>();
  /** Whether the graph holds a node now, remembered for the import. */
  private readonly held = new Map<string, boolean>();

  constructor(
    private readonly store: GraphStore,
    candidates: readonly ImportCandidate[],
    idMap: Map<string, string>,
  ) {
    this.add(candidates, idMap);
  }

  /** More records of the import (the next chunk of a streamed one). */
  add(candidates: readonly ImportCandidate[], idMap: Map<string, string>): this {
    for (const c of candidates) {
      const self = selfOf(c, idMap);
      if (self) this.inBundle.set(`${self.kind}:${self.id}`, c.record);
    }
    return this;
  }

  /** A record of the bundle that is refused: where it claims to lie no longer places it. */
  refuse(kind: NodeKind, id: string): void {
    this.refusedRecords.add(`${kind}:${id}`);
  }

  /**
   * Where a node lies once the bundle is written. A node the graph holds lies where the graph
   * says, whatever its record in the bundle claims: that record is written only if the node
   * already lies in the caller's region, so its claim could only pull a node of another region
   * in (a bundle relisting another region's enterprise under its own region, then raising
   * requests for it). A new node lies where its record places it, unless that record is refused.
   */
  async of(kind: NodeKind, id: string, depth = 0): Promise<string[]> {
    if (kind === 'Region') return [id];
    const key = `${kind}:${id}`;
    const record = this.inBundle.get(key);
    if (!record || this.refusedRecords.has(key) || (await this.holds(kind, id))) return this.now(kind, id, depth);
    return [...new Set(await this.fromRecord(kind as Placed, record, depth))];
  }

  private async holds(kind: NodeKind, id: string): Promise<boolean> {
    const key = `${kind}:${id}`;
    let found = this.held.get(key);
    if (found === undefined) {
      found = (await this.store.existingIds(kind, [id])).has(id);
      this.held.set(key, found);
    }
    return found;
  }

  /** Where a node lies in the graph now (none for what is not there, or what lies in no region). */
  async now(kind: NodeKind, id: string, depth = 0): Promise<string[]> {
    const key = `${kind}:${id}`;
    // answers, not promises, are remembered: a cycle of parents must reach the depth limit, not
    // wait on itself
    let found = this.remembered.get(key);
    if (!found) {
      found = await this.inGraph(kind, id, depth);
      this.remembered.set(key, found);
    }
    return found;
  }

  /** The places a record names for itself: the references that place it, with the field that names each. */
  async named(kind: NodeKind, record: Rec, depth = 0): Promise<{ field: string; kind: NodeKind; id: string }[]> {
    const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const list = (field: string, value: unknown, as: NodeKind) =>
      Array.isArray(value) ? value.map((id, i) => ({ field: `${field}[${i}]`, kind: as, id: String(id) })) : [];
    const one = (field: string, value: unknown, as: NodeKind) => {
      const id = str(value);
      return id === undefined ? [] : [{ field, kind: as, id }];
    };
    switch (kind) {
      case 'Enterprise':
      case 'Institution':
      case 'Department':
        return one('regionId', record['regionId'], 'Region');
      case 'PartyOrg':
        return record['regionId'] !== undefined || depth > MAX_PARENTS
          ? one('regionId', record['regionId'], 'Region')
          : one('parentId', record['parentId'], 'PartyOrg');
      case 'Person':
        return [
          ...((record['worksAt'] as { orgId: string }[] | undefined) ?? []).map((w, i) => ({
            field: `worksAt[${i}].orgId`,
            kind: 'Enterprise' as const,
            id: w.orgId,
          })),
          ...list('memberOf', record['memberOf'], 'PartyOrg'),
          ...((record['managedBy'] as { orgId: string }[] | undefined) ?? []).map((m, i) => ({
            field: `managedBy[${i}].orgId`,
            kind: 'PartyOrg' as const,
            id: m.orgId,
          })),
        ];
      case 'Problem':
        return one('postedBy', record['postedBy'], 'Enterprise');
      case 'Request':
        return [...one('raisedBy', record['raisedBy'], 'Enterprise'), ...one('regionId', record['regionId'], 'Region')];
        return one('raisedBy', record['raisedBy'], 'Enterprise');
      case 'TalentNeed':
        return one('enterpriseId', record['enterpriseId'], 'Enterprise');
      case 'FinancingNeed':
        return one('enterpriseId', record['enterpriseId'], 'Enterprise');
      case 'FinancialProduct':
        return list('regionIds', record['regionIds'], 'Region');
      case 'FinancingMeeting':
        return one('regionId', record['regionId'], 'Region');
      case 'ServiceResource':
        return record['regionId'] !== undefined
          ? one('regionId', record['regionId'], 'Region')
          : one('departmentId', record['departmentId'], 'Department');
      case 'ActionProject':
        return one('regionId', record['regionId'], 'Region');
      case 'InvestmentSquad':
      case 'SquadTally':
        return one('regionId', record['regionId'], 'Region');
      case 'SquadLead':
      case 'SquadVisit':
        return one('squadId', record['squadId'], 'InvestmentSquad');
      case 'MemberMove':
        return one('personId', record['personId'], 'Person');
      case 'JointMeeting':
      case 'Pledge':
        return one('regionId', record['regionId'], 'Region');
      case 'MeetingDecision':
        return one('meetingId', record['meetingId'], 'JointMeeting');
      case 'Work':
        return list('authorIds', record['authorIds'], 'Person');
      case 'Team':
        return [
          ...list('problemIds', record['problemIds'], 'Problem'),
          ...((record['members'] as { personId: string }[] | undefined) ?? []).map((m, i) => ({
            field: `members[${i}].personId`,
            kind: 'Person' as const,
            id: m.personId,
          })),
        ];
      case 'Outcome': {
        const engine = record['engine'] as OutcomeEngine;
        // a chain's leads are advice for the region they were drawn for (the list's qualifier)
        if (engine === 'leads') return one('qualifier', record['qualifier'], 'Region');
        // a lists outcome's need is a request, a talent need or a financing need: its qualifier says which
        if (engine === 'lists') {
          const asked = OUTCOME_ENDS.lists.subject.find((k) => k === record['qualifier']) ?? 'Request';
          return one('subjectId', record['subjectId'], asked);
        }
        const subject = OUTCOME_ENDS[engine]?.subject[0];
        return subject ? one('subjectId', record['subjectId'], subject) : [];
      }
      default:
        return [];
    }
  }

  /** The regions of what a record names for itself. */
  private async fromRecord(kind: Placed, record: Rec, depth: number): Promise<string[]> {
    const regions: string[] = [];
    for (const place of await this.named(kind, record, depth)) regions.push(...(await this.ofOrg(place, depth + 1)));
    return regions;
  }

  /** A workplace reference may name an enterprise, an institution or a department (ids are unique per kind). */
  private async ofOrg(place: { kind: NodeKind; id: string }, depth: number): Promise<string[]> {
    if (place.kind !== 'Enterprise') return this.of(place.kind, place.id, depth);
    return [
      ...(await this.of('Enterprise', place.id, depth)),
      ...(await this.of('Institution', place.id, depth)),
      ...(await this.of('Department', place.id, depth)),
    ];
  }

  private async inGraph(kind: NodeKind, id: string, depth: number): Promise<string[]> {
    const ends = async (type: RelType, direction: 'in' | 'out', toKind: NodeKind) =>
      (await this.store.follow({ fromKind: kind, ids: [id], type, direction, toKind })).nodes.map((n) => n.id);
    const placesOf = async (toKind: NodeKind, ids: string[]) =>
      (await Promise.all(ids.map((other) => this.now(toKind, other, depth + 1)))).flat();
    switch (kind) {
      case 'Enterprise':
      case 'Institution':
        return ends('LOCATED_IN', 'out', 'Region');
      case 'PartyOrg': {
        const own = await ends('IN_REGION', 'out', 'Region');
        if (own.length > 0 || depth > MAX_PARENTS) return own;
        return placesOf('PartyOrg', await ends('UNDER', 'out', 'PartyOrg'));
      }
      case 'Department':
        return ends('IN_REGION', 'out', 'Region');
      case 'Person':
        return [
          ...(await placesOf('Enterprise', await ends('WORKS_AT', 'out', 'Enterprise'))),
          ...(await placesOf('Institution', await ends('WORKS_AT', 'out', 'Institution'))),
          ...(await placesOf('Department', await ends('WORKS_AT', 'out', 'Department'))),
          ...(await placesOf('PartyOrg', await ends('MEMBER_OF', 'out', 'PartyOrg'))),
          ...(await placesOf('PartyOrg', await ends('MANAGED_BY', 'out', 'PartyOrg'))),
        ];
      case 'Problem':
        return [
          ...(await placesOf('Enterprise', await ends('POSTED', 'in', 'Enterprise'))),
          ...(await placesOf('Institution', await ends('POSTED', 'in', 'Institution'))),
        ];
      case 'Request':
        return [
          ...(await placesOf('Enterprise', await ends('RAISED_BY', 'out', 'Enterprise'))),
          ...(await ends('IN_REGION', 'out', 'Region')),
        ];
        return placesOf('Enterprise', await ends('RAISED_BY', 'out', 'Enterprise'));
      case 'TalentNeed':
        return placesOf('Enterprise', await ends('NEEDED_BY', 'out', 'Enterprise'));
      case 'Work':
        return placesOf('Person', await ends('AUTHORED', 'in', 'Person'));
      case 'FinancingNeed':
        return placesOf('Enterprise', await ends('SOUGHT_BY', 'out', 'Enterprise'));
      case 'FinancialProduct':
        return ends('SERVES', 'out', 'Region');
      case 'FinancingMeeting':
        return ends('HELD_IN', 'out', 'Region');
      case 'ServiceResource': {
        const own = await ends('IN_REGION', 'out', 'Region');
        if (own.length > 0) return own;
        return [
          ...(await placesOf('Department', await ends('PROVIDED_BY', 'out', 'Department'))),
          ...(await placesOf('PartyOrg', await ends('PROVIDED_BY', 'out', 'PartyOrg'))),
        ];
      }
      case 'ActionProject':
        return ends('IN_REGION', 'out', 'Region');
      case 'InvestmentSquad':
      case 'SquadTally':
        return ends('SQUAD_IN', 'out', 'Region');
      case 'SquadLead':
        return placesOf('InvestmentSquad', await ends('ASSIGNED_TO_SQUAD', 'out', 'InvestmentSquad'));
      case 'SquadVisit':
        return placesOf('InvestmentSquad', await ends('VISIT_BY_SQUAD', 'out', 'InvestmentSquad'));
      case 'MemberMove':
        return placesOf('Person', await ends('MOVE_OF', 'out', 'Person'));
      case 'JointMeeting':
        return ends('CONVENED_IN', 'out', 'Region');
      case 'Pledge':
        return ends('PLEDGED_IN', 'out', 'Region');
      case 'MeetingDecision':
        return placesOf('JointMeeting', await ends('DECIDED_AT', 'out', 'JointMeeting'));
      case 'Team':
        return [
          ...(await placesOf('Problem', await ends('TACKLES', 'out', 'Problem'))),
          ...(await placesOf('Person', await ends('IN_TEAM', 'in', 'Person'))),
        ];
      case 'Outcome': {
        const node = await this.store.getNode('Outcome', id);
        return node ? this.fromRecord('Outcome', node.props, depth) : [];
      }
      default:
        return [];
    }
  }
}

import { OUTCOME_ENDS, type NodeKind, type OutcomeEngine, type RelInput, type RelType } from '../domain';
import type { BundleSection } from './bundle.schema';
import { inactiveReason } from './roster/registration-status';
import { AGENDA_SOURCE_KIND, type AgendaTopic } from '../domain/chief.schema';

/**
 * How each bundle section becomes graph: the node kind it holds (or, for feeds, supplies and
 * pairings, the relationship it is), the reference fields that become relationships, and the
 * fields that are references rather than node properties.
 */
export interface RefUse {
  /** Where in the record, for reports: `segments[2]`, `worksAt[0].orgId`. */
  field: string;
  id: string;
  /** Kinds the id may name; the first that has it wins (ids are unique per kind). */
  kinds: readonly NodeKind[];
  /** The relationship, once the referenced node's kind is known; null for a checked-only reference. */
  build: ((ref: { kind: NodeKind; id: string }) => RelInput) | null;
  /**
   * A record of the past (an outcome) may name what has since been deleted: an import keeps the
   * record without the relationship when the id names nothing (and says so in its notes), where
   * any other reference would reject it. Writes through the API name the present: they must resolve.
   */
  history?: true;
}

type Rec = Record<string, unknown>;

export interface NodeSection {
  kind: NodeKind;
  refFields: readonly string[];
  refs: (record: Rec, self: { kind: NodeKind; id: string }) => RefUse[];
}

interface EdgeSection {
  edge: RelType;
  ends: [readonly NodeKind[], readonly NodeKind[]];
  endFields: [string, string];
  props: (record: Rec) => Record<string, unknown>;
}

export type SectionSpec = NodeSection | EdgeSection;

const out =
  (type: RelType, self: { kind: NodeKind; id: string }, props: Record<string, unknown> = {}) =>
  (ref: { kind: NodeKind; id: string }): RelInput => ({ type, from: self, to: ref, props });
const into =
  (type: RelType, self: { kind: NodeKind; id: string }, props: Record<string, unknown> = {}) =>
  (ref: { kind: NodeKind; id: string }): RelInput => ({ type, from: ref, to: self, props });

function one(field: string, value: unknown, kinds: readonly NodeKind[], build: RefUse['build']): RefUse[] {
  return typeof value === 'string' ? [{ field, id: value, kinds, build }] : [];
}

/** A reference of a record of the past: see RefUse.history. */
const historic = (uses: RefUse[]): RefUse[] => uses.map((use) => ({ ...use, history: true }));

function many(field: string, values: unknown, kinds: readonly NodeKind[], build: RefUse['build']): RefUse[] {
  return Array.isArray(values)
    ? values.map((id, i) => ({ field: `${field}[${i}]`, id: String(id), kinds, build }))
    : [];
}

const ORGS = ['Enterprise', 'Institution'] as const;
const WORKPLACES = [...ORGS, 'Department'] as const;
/** Where a member moves from or to: an organisation, or only a place when the organisation is not known. */
const PLACES_MOVED = ['PartyOrg', 'Region'] as const;

export const sectionSpecs: Record<BundleSection, SectionSpec> = {
  regions: {
    kind: 'Region',
    refFields: ['parentId'],
    refs: (r, self) => one('parentId', r['parentId'], ['Region'], out('PART_OF', self)),
  },
  chains: { kind: 'Chain', refFields: [], refs: () => [] },
  segments: {
    kind: 'Segment',
    refFields: ['chainId'],
    refs: (r, self) => one('chainId', r['chainId'], ['Chain'], out('PART_OF', self)),
  },
  feeds: {
    edge: 'FEEDS',
    ends: [['Segment'], ['Segment']],
    endFields: ['from', 'to'],
    props: (r) => ({ weight: r['weight'], source: r['source'] }),
  },
  enterprises: {
    kind: 'Enterprise',
    refFields: ['regionId', 'segments', 'needsSegments', 'chainMasterOf'],
    refs: (r, self) => [
      ...one('regionId', r['regionId'], ['Region'], out('LOCATED_IN', self)),
      ...many('segments', r['segments'], ['Segment'], out('IN_SEGMENT', self)),
      ...many('needsSegments', r['needsSegments'], ['Segment'], out('NEEDS', self)),
      ...((r['chainMasterOf'] as { chainId: string; regionId: string }[] | undefined) ?? []).flatMap((m, i) => [
        ...one(
          `chainMasterOf[${i}].chainId`,
          m.chainId,
          ['Chain'],
          out('CHAIN_MASTER_OF', self, { regionId: m.regionId }),
        ),
        ...one(`chainMasterOf[${i}].regionId`, m.regionId, ['Region'], null),
      ]),
    ],
  },
  supplies: {
    edge: 'SUPPLIES',
    ends: [['Enterprise'], ['Enterprise']],
    endFields: ['from', 'to'],
    props: (r) => ({ since: r['since'], source: r['source'] }),
  },
  institutions: {
    kind: 'Institution',
    refFields: ['regionId'],
    refs: (r, self) => one('regionId', r['regionId'], ['Region'], out('LOCATED_IN', self)),
  },
  partyOrgs: {
    kind: 'PartyOrg',
    refFields: ['parentId', 'regionId', 'chainIds', 'covers'],
    refs: (r, self) => [
      ...one('parentId', r['parentId'], ['PartyOrg'], out('UNDER', self)),
      ...one('regionId', r['regionId'], ['Region'], out('IN_REGION', self)),
      ...many('chainIds', r['chainIds'], ['Chain'], out('ON_CHAIN', self)),
      ...many('covers', r['covers'], ORGS, out('COVERS', self)),
    ],
  },
  pairings: {
    edge: 'PAIRED_WITH',
    ends: [['PartyOrg'], ['PartyOrg']],
    endFields: ['a', 'b'],
    props: (r) => ({ kind: r['kind'], since: r['since'], source: r['source'] }),
  },
  departments: {
    kind: 'Department',
    refFields: ['regionId'],
    refs: (r, self) => one('regionId', r['regionId'], ['Region'], out('IN_REGION', self)),
  },
  people: {
    kind: 'Person',
    refFields: ['worksAt', 'memberOf', 'instructs', 'secretaryOf', 'chiefOf', 'managedBy'],
    refs: (r, self) => [
      ...((r['worksAt'] as { orgId: string; position?: string }[] | undefined) ?? []).flatMap((w, i) =>
        one(`worksAt[${i}].orgId`, w.orgId, WORKPLACES, out('WORKS_AT', self, { position: w.position })),
      ),
      ...many('memberOf', r['memberOf'], ['PartyOrg'], out('MEMBER_OF', self)),
      ...many('instructs', r['instructs'], ['Enterprise'], out('INSTRUCTS', self)),
      ...many('secretaryOf', r['secretaryOf'], ['Enterprise'], out('SECRETARY_OF', self)),
      ...((r['chiefOf'] as { chainId: string; regionId: string }[] | undefined) ?? []).flatMap((c, i) => [
        ...one(`chiefOf[${i}].chainId`, c.chainId, ['Chain'], out('CHIEF_OF', self, { regionId: c.regionId })),
        ...one(`chiefOf[${i}].regionId`, c.regionId, ['Region'], null),
      ]),
      ...((r['managedBy'] as { orgId: string; since?: string }[] | undefined) ?? []).flatMap((m, i) =>
        one(`managedBy[${i}].orgId`, m.orgId, ['PartyOrg'], out('MANAGED_BY', self, { since: m.since })),
      ),
    ],
  },
  works: {
    kind: 'Work',
    refFields: ['authorIds'],
    refs: (r, self) => many('authorIds', r['authorIds'], ['Person'], into('AUTHORED', self)),
  },
  problems: {
    kind: 'Problem',
    refFields: ['postedBy', 'segments'],
    refs: (r, self) => [
      ...one('postedBy', r['postedBy'], ORGS, into('POSTED', self)),
      ...many('segments', r['segments'], ['Segment'], out('ABOUT', self)),
    ],
  },
  teams: {
    kind: 'Team',
    refFields: ['problemIds', 'members'],
    refs: (r, self) => [
      ...many('problemIds', r['problemIds'], ['Problem'], out('TACKLES', self)),
      ...((r['members'] as { personId: string; role?: string }[] | undefined) ?? []).flatMap((m, i) =>
        one(`members[${i}].personId`, m.personId, ['Person'], into('IN_TEAM', self, { role: m.role })),
      ),
    ],
  },
  requests: {
    kind: 'Request',
    refFields: ['raisedBy', 'regionId', 'assignedTo', 'departments'],
    refs: (r, self) => [
      ...one('raisedBy', r['raisedBy'], ['Enterprise'], out('RAISED_BY', self)),
      ...one('regionId', r['regionId'], ['Region'], out('IN_REGION', self)),
      ...one('assignedTo', r['assignedTo'], ['Person'], out('ASSIGNED_TO', self)),
      ...((r['departments'] as { departmentId: string }[] | undefined) ?? []).flatMap(({ departmentId, ...call }, i) =>
        one(`departments[${i}].departmentId`, departmentId, ['Department'], out('CALLS', self, call)),
      ),
    ],
  },
  talentNeeds: {
    kind: 'TalentNeed',
    refFields: ['enterpriseId', 'chainIds'],
    refs: (r, self) => [
      ...one('enterpriseId', r['enterpriseId'], ['Enterprise'], out('NEEDED_BY', self)),
      ...many('chainIds', r['chainIds'], ['Chain'], out('FOR_CHAIN', self)),
    ],
  },
  financingNeeds: {
    kind: 'FinancingNeed',
    refFields: ['enterpriseId'],
    refs: (r, self) => one('enterpriseId', r['enterpriseId'], ['Enterprise'], out('SOUGHT_BY', self)),
  },
  financialProducts: {
    kind: 'FinancialProduct',
    refFields: ['providerId', 'chainIds', 'regionIds'],
    refs: (r, self) => [
      ...one('providerId', r['providerId'], ORGS, out('OFFERED_BY', self)),
      ...many('chainIds', r['chainIds'], ['Chain'], out('FOR_CHAIN', self)),
      ...many('regionIds', r['regionIds'], ['Region'], out('SERVES', self)),
    ],
  },
  financingMeetings: {
    kind: 'FinancingMeeting',
    refFields: ['regionId', 'attendees'],
    refs: (r, self) => [
      ...one('regionId', r['regionId'], ['Region'], out('HELD_IN', self)),
      ...many('attendees', r['attendees'], ORGS, out('ATTENDED_BY', self)),
    ],
  },
  serviceResources: {
    kind: 'ServiceResource',
    refFields: ['departmentId', 'regionId', 'chainIds'],
    refs: (r, self) => [
      ...one('departmentId', r['departmentId'], ['Department', 'PartyOrg'], out('PROVIDED_BY', self)),
      ...one('regionId', r['regionId'], ['Region'], out('IN_REGION', self)),
      ...many('chainIds', r['chainIds'], ['Chain'], out('FOR_CHAIN', self)),
    ],
  },
  actionProjects: {
    kind: 'ActionProject',
    refFields: ['regionId', 'chainIds', 'departmentId', 'ownerId'],
    refs: (r, self) => [
      ...one('regionId', r['regionId'], ['Region'], out('IN_REGION', self)),
      ...many('chainIds', r['chainIds'], ['Chain'], out('FOR_CHAIN', self)),
      ...one('departmentId', r['departmentId'], ['Department'], out('LED_BY', self)),
      ...one('ownerId', r['ownerId'], ['Person'], out('OWNED_BY', self)),
    ],
  },
  investmentSquads: {
    kind: 'InvestmentSquad',
    refFields: ['regionId', 'chainIds', 'members', 'leaderId'],
    refs: (r, self) => [
      ...one('regionId', r['regionId'], ['Region'], out('SQUAD_IN', self)),
      ...many('chainIds', r['chainIds'], ['Chain'], out('SQUAD_ON_CHAIN', self)),
      ...many('members', r['members'], ['Person'], into('SQUAD_MEMBER', self)),
      ...one('leaderId', r['leaderId'], ['Person'], into('LEADS_SQUAD', self)),
    ],
  },
  squadLeads: {
    kind: 'SquadLead',
    refFields: ['squadId', 'enterpriseId', 'chainId'],
    refs: (r, self) => [
      ...one('squadId', r['squadId'], ['InvestmentSquad'], out('ASSIGNED_TO_SQUAD', self)),
      ...one('enterpriseId', r['enterpriseId'], ['Enterprise'], out('LEAD_TARGET', self)),
      ...one('chainId', r['chainId'], ['Chain'], out('SQUAD_ON_CHAIN', self)),
    ],
  },
  squadVisits: {
    kind: 'SquadVisit',
    refFields: ['squadId', 'enterpriseId', 'visitors'],
    refs: (r, self) => [
      ...one('squadId', r['squadId'], ['InvestmentSquad'], out('VISIT_BY_SQUAD', self)),
      ...one('enterpriseId', r['enterpriseId'], ['Enterprise'], out('VISITED', self)),
      ...many('visitors', r['visitors'], ['Person'], out('VISITED_WITH', self)),
    ],
  },
  squadTallies: {
    kind: 'SquadTally',
    refFields: ['regionId', 'chainIds'],
    refs: (r, self) => [
      ...one('regionId', r['regionId'], ['Region'], out('SQUAD_IN', self)),
      ...many('chainIds', r['chainIds'], ['Chain'], out('SQUAD_ON_CHAIN', self)),
    ],
  },
  memberMoves: {
    kind: 'MemberMove',
    refFields: ['personId', 'fromId', 'toId'],
    refs: (r, self) => [
      ...one('personId', r['personId'], ['Person'], out('MOVE_OF', self)),
      ...one('fromId', r['fromId'], PLACES_MOVED, out('MOVED_FROM', self)),
      ...one('toId', r['toId'], PLACES_MOVED, out('MOVED_TO', self)),
    ],
  },
  jointMeetings: {
    kind: 'JointMeeting',
    refFields: ['chainId', 'regionId', 'chiefId', 'attendees', 'agenda'],
    refs: (r, self) => [
      ...one('chainId', r['chainId'], ['Chain'], out('CONVENED_FOR', self)),
      ...one('regionId', r['regionId'], ['Region'], out('CONVENED_IN', self)),
      ...one('chiefId', r['chiefId'], ['Person'], out('CHAIRED_BY', self)),
      ...many('attendees', r['attendees'], [...WORKPLACES, 'Person', 'PartyOrg'], into('ATTENDED', self)),
      ...((r['agenda'] as { topic: AgendaTopic; sourceId: string }[] | undefined) ?? []).flatMap(
        ({ sourceId, ...item }, i) =>
          one(`agenda[${i}].sourceId`, sourceId, [AGENDA_SOURCE_KIND[item.topic]], out('ON_AGENDA', self, item)),
      ),
    ],
  },
  meetingDecisions: {
    kind: 'MeetingDecision',
    refFields: ['meetingId'],
    refs: (r, self) => one('meetingId', r['meetingId'], ['JointMeeting'], out('DECIDED_AT', self)),
  },
  pledges: {
    kind: 'Pledge',
    refFields: ['regionId', 'chainId'],
    refs: (r, self) => [
      ...one('regionId', r['regionId'], ['Region'], out('PLEDGED_IN', self)),
      ...one('chainId', r['chainId'], ['Chain'], out('PLEDGED_FOR', self)),
    ],
  },
  outcomes: {
    kind: 'Outcome',
    // kept on the node as well as tied: an outcome outlives the enterprise or problem it was about,
    // and its export must still say what that was
    refFields: [],
    refs: (r, self) => {
      const ends = OUTCOME_ENDS[r['engine'] as OutcomeEngine] ?? OUTCOME_ENDS.partners;
      return historic([
        ...one('subjectId', r['subjectId'], ends.subject, out('OUTCOME_OF', self)),
        ...one('candidateId', r['candidateId'], ends.candidate, out('OUTCOME_WITH', self)),
      ]);
    },
  },
};

export function isEdgeSection(spec: SectionSpec): spec is EdgeSection {
  return 'edge' in spec;
}

/** The node's own properties: the record without its reference fields. */
export function nodeProps(spec: NodeSection, record: Rec): Rec {
  const props: Rec = {};
  for (const [key, value] of Object.entries(record)) if (!spec.refFields.includes(key)) props[key] = value;
  return props;
}

/**
 * What a record's schema cannot say field by field: a request due before it was raised (it would
 * be overdue, and escalated, the moment it is written); an enterprise the registry no longer
 * lists as in business (注销, 吊销).
 */
export function recordProblem(section: BundleSection, record: Rec): { field: string; reason: string } | null {
  if (section === 'enterprises') {
    const inactive = inactiveReason(record['registrationStatus']);
    return inactive ? { field: 'registrationStatus', reason: inactive } : null;
  }
  if (section === 'financialProducts') {
    const { minAmountYuan: min, maxAmountYuan: max } = record as { minAmountYuan?: number; maxAmountYuan?: number };
    return min !== undefined && max !== undefined && max < min
      ? { field: 'maxAmountYuan', reason: `must not be below minAmountYuan (${min})` }
      : null;
  }
  if (section === 'serviceResources') return validityProblem(record);
  if (section !== 'requests') return null;
  const { raisedAt, dueAt, raisedBy, regionId } = record as Record<string, string | undefined>;
  if (!raisedBy && !regionId)
    return { field: 'raisedBy', reason: 'is required (or regionId, for a park-wide action no one enterprise raised)' };
  if (raisedAt && dueAt && Date.parse(dueAt) < Date.parse(raisedAt))
    return { field: 'dueAt', reason: `must not be before raisedAt (${raisedAt})` };
  return null;
}

/** A resource valid until before it is valid from (3张清单): it could never be proposed. */
export function validityProblem(record: Rec): { field: string; reason: string } | null {
  const { validFrom, validUntil } = record as { validFrom?: string; validUntil?: string };
  return validFrom && validUntil && validUntil.slice(0, 10) < validFrom.slice(0, 10)
    ? { field: 'validUntil', reason: `must not be before validFrom (${validFrom})` }
    : null;
}

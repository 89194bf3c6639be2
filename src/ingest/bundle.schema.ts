import { z } from 'zod';
import {
  CallProps,
  Chain,
  Department,
  Enterprise,
  FinancialProduct,
  FinancingMeeting,
  FinancingNeed,
  ActionProject,
  ServiceResource,
  Id,
  Institution,
  InvestmentSquad,
  IsoDate,
  MemberMove,
  PairingKind,
  PartyOrg,
  Person,
  Problem,
  Region,
  Outcome,
  Request,
  Segment,
  Source,
  SquadLead,
  SquadTally,
  SquadVisit,
  TalentNeed,
  Team,
  Work,
} from '../domain';
import { AgendaTopic, JointMeeting, MeetingDecision, Pledge } from '../domain/chief.schema';

/**
 * redchain-bundle/1: one JSON document holding a slice of the graph. Every record has an `id`;
 * references are by id. The JSON Schema in docs/redchain-bundle.schema.json is generated from
 * these schemas (npm run schema:bundle), so the two never drift.
 */
export const BUNDLE_FORMAT = 'redchain-bundle/1';

const Ids = z.array(Id).max(100_000).default([]);
const Position = z.string().trim().max(100).optional();
/** A chain led or mastered within one region (链长 / 链主 are per region). */
const ChainInRegion = z.object({ chainId: Id, regionId: Id });

export const BundleRegion = Region.extend({ parentId: Id.optional() });
export const BundleChain = Chain;
export const BundleSegment = Segment.extend({ chainId: Id });
export const BundleFeed = z.object({
  from: Id,
  to: Id,
  weight: z.number().min(0).max(1).default(1),
  source: Source.optional(),
});
export const BundleEnterprise = Enterprise.extend({
  regionId: Id.optional(),
  /** Segments it produces in (IN_SEGMENT). */
  segments: Ids,
  /** Segments it buys from (NEEDS). */
  needsSegments: Ids,
  chainMasterOf: z.array(ChainInRegion).max(50).default([]),
});
export const BundleSupply = z.object({
  from: Id,
  to: Id,
  since: IsoDate.optional(),
  source: Source.optional(),
});
export const BundleInstitution = Institution.extend({ regionId: Id.optional() });
export const BundlePartyOrg = PartyOrg.extend({
  /** The organisation it sits UNDER. */
  parentId: Id.optional(),
  regionId: Id.optional(),
  chainIds: Ids,
  /** Enterprises and institutions it covers. */
  covers: Ids,
});
export const BundlePairing = z.object({
  a: Id,
  b: Id,
  kind: PairingKind.default('co_building'),
  since: IsoDate.optional(),
  source: Source.optional(),
});
/** 职能部门, with the region it serves. */
export const BundleDepartment = Department.extend({ regionId: Id.optional() });
export const BundlePerson = Person.extend({
  /** Enterprises, institutions or departments, with the position held. */
  worksAt: z
    .array(z.object({ orgId: Id, position: Position }))
    .max(20)
    .default([]),
  /** Party organisations. */
  memberOf: Ids,
  /** Enterprises this instructor (党建指导员) guides. */
  instructs: Ids,
  /** Enterprises this official serves as 企业秘书 (their first responder). */
  secretaryOf: Ids,
  chiefOf: z.array(ChainInRegion).max(20).default([]),
  /** 双重管理: the workplace's party organisations co-managing this member (MANAGED_BY), since when. */
  managedBy: z
    .array(z.object({ orgId: Id, since: IsoDate.optional() }))
    .max(20)
    .default([]),
});
export const BundleWork = Work.extend({ authorIds: Ids });
export const BundleProblem = Problem.extend({
  /** The enterprise or institution that posted it. */
  postedBy: Id.optional(),
  segments: Ids,
});
export const BundleTeam = Team.extend({
  problemIds: Ids,
  members: z
    .array(z.object({ personId: Id, role: Position }))
    .max(200)
    .default([]),
});
/** A department called to a request (派单到部门, 吹哨) and its part so far. */
export const BundleCall = CallProps.extend({ departmentId: Id });
export const BundleRequest = Request.extend({
  /** The enterprise that raised it; absent for a park-wide action, which names its region instead. */
  raisedBy: Id.optional(),
  regionId: Id.optional(),
  assignedTo: Id.optional(),
  departments: z.array(BundleCall).max(50).default([]),
});
export const BundleOutcome = Outcome.extend({
  /** What the advice was for: an enterprise (partners), a problem (tackling), a chain (leads), a request (dispatch). */
  subjectId: Id,
  /** Whom it proposed: an enterprise, an expert or an institution, a responder. */
  candidateId: Id,
});
/** 人才需求: the enterprise that wants the role filled (NEEDED_BY). */
export const BundleTalentNeed = TalentNeed.extend({
  enterpriseId: Id,
  /** Chains whose catalogue lists it besides the enterprise's own (FOR_CHAIN). */
  chainIds: Ids,
});

/** 融资需求: the enterprise seeking it (SOUGHT_BY). */
export const BundleFinancingNeed = FinancingNeed.extend({ enterpriseId: Id });
export const BundleFinancialProduct = FinancialProduct.extend({
  /** The bank, fund or guarantor offering it: an enterprise or an institution (OFFERED_BY). */
  providerId: Id,
  /** Chains it is written for (FOR_CHAIN); none: any. */
  chainIds: Ids,
  /** Regions it serves (SERVES), and the regions below them; none: anywhere. */
  regionIds: Ids,
});
export const BundleFinancingMeeting = FinancingMeeting.extend({
  regionId: Id.optional(),
  /** Enterprises, banks and funds that attended (ATTENDED_BY). */
  attendees: Ids,
});
/** 资源清单: a department's resource (PROVIDED_BY), its region (IN_REGION) and chains (FOR_CHAIN; none: any). */
export const BundleServiceResource = ServiceResource.extend({
  /** The department offering it, or a party organisation keeping a resource list (产业链联合党委). */
  departmentId: Id,
  regionId: Id.optional(),
  chainIds: Ids,
});
/** 项目清单: an action project, its region and chains, its department (LED_BY) and owner (OWNED_BY). */
export const BundleActionProject = ActionProject.extend({
  regionId: Id,
  chainIds: Ids,
  departmentId: Id.optional(),
  ownerId: Id.optional(),
});

/** 党员招商小分队: its region (SQUAD_IN), chains (SQUAD_ON_CHAIN), members (SQUAD_MEMBER) and leader (LEADS_SQUAD). */
export const BundleInvestmentSquad = InvestmentSquad.extend({
  regionId: Id,
  chainIds: Ids,
  members: Ids,
  /** The member who leads it (a member too). */
  leaderId: Id.optional(),
});
/** A gap map's lead given to a squad: the enterprise to attract for a chain. */
export const BundleSquadLead = SquadLead.extend({ squadId: Id, enterpriseId: Id, chainId: Id });
/** A squad's visit to an enterprise, and who went. */
export const BundleSquadVisit = SquadVisit.extend({ squadId: Id, enterpriseId: Id, visitors: Ids });
/** An article's stated totals of a region's squads (SQUAD_IN), for its chains if it names them. */
export const BundleSquadTally = SquadTally.extend({ regionId: Id, chainIds: Ids });

/** 党员流动记录: whose move (MOVE_OF), from and to which party organisation or region. */
export const BundleMemberMove = MemberMove.extend({
  personId: Id,
  /** The organisation or region left (MOVED_FROM). */
  fromId: Id.optional(),
  /** The organisation or region moved to (MOVED_TO). */
  toId: Id.optional(),
});

/** An item of a joint meeting's agenda: the node it is about (a gap's segment, a lead, a request, a problem). */
export const BundleAgendaItem = z.object({
  topic: AgendaTopic,
  /** The segment (gap), enterprise (lead), request or problem the item is about (ON_AGENDA). */
  sourceId: Id,
  title: z.string().trim().min(1).max(200),
  /** The region the item was drawn for. */
  regionId: Id.optional(),
  rank: z.number().int().min(1).max(100),
});
/** 联席会议: the chain (CONVENED_FOR), region (CONVENED_IN), chief (CHAIRED_BY), attendees and agenda. */
export const BundleJointMeeting = JointMeeting.extend({
  chainId: Id,
  regionId: Id,
  chiefId: Id.optional(),
  /** Departments, people, party organisations, enterprises or institutions that attended (ATTENDED). */
  attendees: Ids,
  agenda: z.array(BundleAgendaItem).max(100).default([]),
});
/** A joint meeting's decision (DECIDED_AT the meeting). */
export const BundleMeetingDecision = MeetingDecision.extend({ meetingId: Id });
/** 十件实事: an item pledged for the year in a region (PLEDGED_IN), for a chain (PLEDGED_FOR). */
export const BundlePledge = Pledge.extend({ regionId: Id, chainId: Id.optional() });

/** Each section of a bundle, in the order an import writes them (referenced before referencing). */
export const bundleSections = {
  regions: BundleRegion,
  chains: BundleChain,
  segments: BundleSegment,
  feeds: BundleFeed,
  enterprises: BundleEnterprise,
  supplies: BundleSupply,
  institutions: BundleInstitution,
  partyOrgs: BundlePartyOrg,
  pairings: BundlePairing,
  departments: BundleDepartment,
  people: BundlePerson,
  works: BundleWork,
  problems: BundleProblem,
  teams: BundleTeam,
  requests: BundleRequest,
  talentNeeds: BundleTalentNeed,
  financingNeeds: BundleFinancingNeed,
  financialProducts: BundleFinancialProduct,
  financingMeetings: BundleFinancingMeeting,
  serviceResources: BundleServiceResource,
  actionProjects: BundleActionProject,
  investmentSquads: BundleInvestmentSquad,
  squadLeads: BundleSquadLead,
  squadVisits: BundleSquadVisit,
  squadTallies: BundleSquadTally,
  memberMoves: BundleMemberMove,
  jointMeetings: BundleJointMeeting,
  meetingDecisions: BundleMeetingDecision,
  pledges: BundlePledge,
  outcomes: BundleOutcome,
} as const;

export type BundleSection = keyof typeof bundleSections;
export const BUNDLE_SECTIONS = Object.keys(bundleSections) as BundleSection[];

/** A whole valid bundle (the strict form: every record valid). Imports check record by record. */
export const Bundle = z.object({
  format: z.literal(BUNDLE_FORMAT),
  regions: z.array(BundleRegion).default([]),
  chains: z.array(BundleChain).default([]),
  segments: z.array(BundleSegment).default([]),
  feeds: z.array(BundleFeed).default([]),
  enterprises: z.array(BundleEnterprise).default([]),
  supplies: z.array(BundleSupply).default([]),
  institutions: z.array(BundleInstitution).default([]),
  partyOrgs: z.array(BundlePartyOrg).default([]),
  pairings: z.array(BundlePairing).default([]),
  departments: z.array(BundleDepartment).default([]),
  people: z.array(BundlePerson).default([]),
  works: z.array(BundleWork).default([]),
  problems: z.array(BundleProblem).default([]),
  teams: z.array(BundleTeam).default([]),
  requests: z.array(BundleRequest).default([]),
  talentNeeds: z.array(BundleTalentNeed).default([]),
  financingNeeds: z.array(BundleFinancingNeed).default([]),
  financialProducts: z.array(BundleFinancialProduct).default([]),
  financingMeetings: z.array(BundleFinancingMeeting).default([]),
  serviceResources: z.array(BundleServiceResource).default([]),
  actionProjects: z.array(BundleActionProject).default([]),
  investmentSquads: z.array(BundleInvestmentSquad).default([]),
  squadLeads: z.array(BundleSquadLead).default([]),
  squadVisits: z.array(BundleSquadVisit).default([]),
  squadTallies: z.array(BundleSquadTally).default([]),
  memberMoves: z.array(BundleMemberMove).default([]),
  jointMeetings: z.array(BundleJointMeeting).default([]),
  meetingDecisions: z.array(BundleMeetingDecision).default([]),
  pledges: z.array(BundlePledge).default([]),
  outcomes: z.array(BundleOutcome).default([]),
});
export type Bundle = z.infer<typeof Bundle>;
export type BundleInput = z.input<typeof Bundle>;

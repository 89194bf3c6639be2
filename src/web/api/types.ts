import type { components, operations } from './openapi.gen';

/**
 * The API's answers that the pages read, by the names the pages use: aliases over the types
 * generated from /openapi.json (openapi.gen.ts, `npm run web:types`), so a page cannot drift
 * from what the API answers.
 */
type Schemas = components['schemas'];

/** The JSON answer of an operation (by its operationId) on success. */
type Answer<O extends keyof operations> = operations[O]['responses'] extends infer R
  ? R[keyof R & (200 | 201 | 202)] extends { content: { 'application/json': infer T } }
    ? T
    : never
  : never;

/** The query parameters of an operation. */
type Query<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type Named = Schemas['NamedRef'];
export type Region = Schemas['Region'];
export type Chain = Schemas['Chain'];
export type ChainSegment = Schemas['ChainSegment'];
export type ChainDetail = Schemas['ChainDetail'];

export type SegmentStatus = Schemas['SegmentStatus'];
export type SegmentGap = Schemas['SegmentGap'];
export type ChainMap = Schemas['ChainMap'];
export type Reasons = Schemas['Reasons'];
export type Lead = Schemas['Lead'];
export type GapAnswer = Schemas['GapAnswer'];
export type WhatIf = Schemas['WhatIf'];

export type OrgHop = Schemas['OrgHop'];
export type Candidate = Schemas['Candidate'];
export type ListAnswer = Schemas['CandidateList'];

export type Enterprise = Answer<'getEnterprisesId'>;
export type SearchHit = Schemas['SearchHit'];
export type Meeting = Schemas['Meeting'];
export type MeetingPlan = Schemas['MeetingPlan'];
export type TalentCatalogue = Schemas['TalentCatalogue'];
export type CatalogueEntry = Schemas['CatalogueEntry'];
export type TalentNeedView = Schemas['TalentNeedView'];
export type TalentCandidates = Schemas['TalentCandidates'];
export type TalentCandidate = Schemas['TalentCandidate'];
export type JobFairPlan = Schemas['JobFairPlan'];
export type FairInterview = Schemas['FairInterview'];
export type FinancingNeedItem = Schemas['FinancingNeedItem'];
export type NeedProducts = Schemas['NeedProducts'];
export type FinanceMeetingPlan = Schemas['FinanceMeetingPlan'];
export type FinancingMeetingItem = Schemas['FinancingMeetingItem'];
export type ListNeedItem = Schemas['ListNeedItem'];
export type ServiceResourceItem = Schemas['ServiceResourceItem'];
export type ActionProjectItem = Schemas['ActionProjectItem'];
export type NeedResources = Schemas['NeedResources'];
export type SquadList = Schemas['SquadList'];
export type SquadItem = Schemas['SquadItem'];
export type SquadDetail = Schemas['SquadDetail'];
export type SquadTallyAnswer = Schemas['SquadTallyAnswer'];
export type MobileMember = Schemas['MobileMember'];
export type MemberRecord = Schemas['MemberRecord'];
export type MemberMoveItem = Schemas['MemberMoveItem'];

export type ProblemStatus = NonNullable<Query<'getProblems'>['status']>;
export type RequestStatus = NonNullable<Query<'getRequests'>['status']>;
export type Team = Answer<'getTeams'>['items'][number];
/** The body of a request, by its operationId. */
type Body<O extends keyof operations> = operations[O] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
/** A team as POST /teams forms it (组建攻关团队). */
export type NewTeam = Body<'postTeams'>;
/** A person as POST /people adds them. */
export type NewPerson = Body<'postPeople'>;
export type Person = Answer<'postPeople'>;
export type Stats = Answer<'getStats'>;
export type Job = Schemas['Job'];

/** A node of GET /graph/neighbourhood (a person's sensitive properties masked for the role). */
export type GraphNodeOut = Schemas['GraphNode'];
export type Neighbourhood = Schemas['Neighbourhood'];

/** A problem as the board lists it (with its poster and place). */
export type Problem = Answer<'getProblems'>['items'][number];
/** A problem as stored, the answer of a step. */
export type StoredProblem = Answer<'postProblemsIdTransitions'>;
export type Consortium = Schemas['Consortium'];
export type ServiceRequest = Answer<'getRequestsId'>;
export type ChainExtension = Schemas['ChainExtension'];
export type ChainPresence = Schemas['ChainPresence'];
export type EscalationInbox = Answer<'getRequestsEscalated'>;
export type RespondersAnswer = Answer<'getRequestsIdResponders'>;
export type Responder = Schemas['Responder'];
export type ChainCoverage = Schemas['ChainCoverage'];

/** The 挂链 review queue: an enterprise the classifier was not sure of, its candidates with evidence. */
export type PlacementReviewItem = Answer<'getPlacementsReview'>['items'][number];
export type PlacementCandidate = PlacementReviewItem['candidates'][number];
export type PlacementReviewQuery = Query<'getPlacementsReview'>;
/** An enterprise's segments as a reviewer decides them; none: no segment of the chains fits. */
export type PlacementDecision = operations['postPlacementsDecisions']['requestBody'] extends {
  content: { 'application/json': infer B };
}
  ? B extends { decisions: (infer D)[] }
    ? D
    : never
  : never;
export type PlacementDecisionResult = Answer<'postPlacementsDecisions'>;
/** The global assignment of experts to open problems as last computed (GET /assignment). */
export type Assignment = Extract<Answer<'getAssignment'>, { status: 'ready' }>;
export type AssignedProblem = Schemas['AssignedProblem'];
export type AssignmentSeat = AssignedProblem['assigned'][number];
/** An open problem ranked for an expert, with why (GET /people/:id/problems). */
export type ProblemFit = Schemas['ProblemFit'];

/** 职能部门 (GET /departments) and a department called to a request (派单到部门, 吹哨) with its part. */
export type DepartmentList = Answer<'getDepartments'>;
export type Department = DepartmentList['items'][number];
export type RequestCall = ServiceRequest['departments'][number];

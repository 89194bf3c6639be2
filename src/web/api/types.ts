/**
 * The shapes of the API's answers that the pages read, as the OpenAPI document at
 * /openapi.json describes them (only the fields the pages use).
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Named {
  id: string;
  name: string;
}

export interface Region extends Named {
  level: string;
}

export interface Chain extends Named {
  description?: string;
}

export interface ChainSegment extends Named {
  stage: 'upstream' | 'midstream' | 'downstream' | string;
  feeds: string[];
}

export interface ChainDetail extends Chain {
  segments: ChainSegment[];
}

export type SegmentStatus = 'missing' | 'weak' | 'ok' | 'strong';

export interface SegmentGap {
  segmentId: string;
  name: string;
  stage: string;
  status: SegmentStatus;
  producers: { id: string; name: string; scale: string | null; chainMaster: boolean }[];
  demand: { id: string; name: string; declared: boolean }[];
  singlePointOfFailure: { producerId: string; producerName: string; dependants: number; risk: 'high' | 'watch' } | null;
}

export interface ChainMap {
  chain: Named;
  region: Named;
  rule: { zh: string; en: string };
  segments: SegmentGap[];
  chainMasters: Named[];
}

export interface Reasons {
  zh: string[];
  en: string[];
}

export interface Lead {
  enterpriseId: string;
  name: string;
  score: number;
  segments: { id: string; name: string; status: SegmentStatus }[];
  components: Record<string, number>;
  suppliesLocal: string[];
  reasons: Reasons;
}

export type GapAnswer =
  { status: 'ready'; computedAt: string; map: ChainMap; leads: Lead[] } | { status: 'computing'; jobId: string };

export interface WhatIf {
  added: string[];
  closed: { segmentId: string; name: string; from: SegmentStatus; to: SegmentStatus }[];
  gainLocalSupplier: { enterpriseId: string; segmentId: string }[];
  after: ChainMap;
}

export interface OrgHop {
  from: string;
  to: string;
  type: string;
  reversed: boolean;
}

export interface Candidate {
  id: string;
  kind: string;
  name: string | null;
  rank: number;
  score: number;
  reasons: string[];
  reasonsEn: string[];
  detail: {
    components?: Record<string, number>;
    orgPath?: OrgHop[];
    via?: { segmentId: string; segmentName: string; how: string };
    [field: string]: unknown;
  };
}

export type ListAnswer =
  | { status: 'ready'; computedAt: string; candidates: Candidate[] }
  | { status: 'computing'; jobId: string; candidates: [] };

export interface Enterprise extends Named {
  aliases: string[];
  tags: string[];
  products: string[];
  needs: string[];
  scale?: string;
  description?: string;
  regionId: string | null;
  /** The chains of its segments, in their order. */
  chainIds: string[];
  segments: string[];
  needsSegments: string[];
}

export interface SearchHit {
  kind: string;
  id: string;
  name: string;
  score: number;
}

export interface Meeting {
  supplier: Named;
  buyer: Named;
  score: number;
  reasons: Reasons;
}

export interface MeetingPlan {
  chain: Named;
  region: Named;
  participants: number;
  meetings: Meeting[];
  totalScore: number;
}

export type ProblemStatus = 'draft' | 'published' | 'claimed' | 'in_progress' | 'accepted' | 'closed';

export interface Problem {
  id: string;
  title: string;
  description?: string;
  skills: string[];
  status: ProblemStatus;
  teamSize?: number;
  deadline?: string;
  bounty?: number;
  segmentIds: string[];
  chainIds: string[];
  postedBy: { kind: 'Enterprise' | 'Institution'; id: string; name: string } | null;
  /** Where the poster is. */
  regionId: string | null;
}

export interface Team {
  id: string;
  name: string;
  kind: 'consortium' | 'commando' | 'vanguard' | 'other';
  memberCount: number;
  problemIds: string[];
}

export interface Consortium {
  problemId: string;
  members: { personId: string; name: string; employer: string | null; employerKind: string; covers: string[] }[];
  covered: string[];
  uncovered: string[];
  mix: boolean;
  relevance: number;
}

export type RequestStatus = 'raised' | 'dispatched' | 'accepted' | 'resolved' | 'closed';

export interface ServiceRequest {
  id: string;
  kind: string;
  title: string;
  description?: string;
  status: RequestStatus;
  raisedAt?: string;
  dueAt?: string;
  raisedBy: string | null;
  raisedByName: string | null;
  assignedTo: string | null;
  assignedToName: string | null;
  /** Still open and past its due date, as the API judges it. */
  overdue: boolean;
  feedbackRating?: number;
}

export interface Responder {
  personId: string;
  name: string;
  score: number;
  load: { current: number; max: number };
  reasons: Reasons;
}

export type RespondersAnswer = { status: 'ready'; responders: Responder[] } | { status: 'computing'; jobId: string };

export interface ChainCoverage {
  chainId: string;
  name: string;
  enterprises: number;
  covered: number;
  coverage: number;
  partyOrgs: number;
  membersStated: number;
  membersKnown: number;
  instructors: number;
  pairings: number;
  segments: { segmentId: string; name: string; enterprises: number; covered: number }[];
}

export interface Stats {
  counts: Record<string, number>;
  problems: Record<string, number>;
  requests: Record<string, number>;
  overdueRequests: number;
}

export interface Job {
  id: string;
  name: string;
  state: 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';
  progress: number;
  result: Record<string, unknown> | null;
  error: string | null;
}

/** A node of GET /graph/neighbourhood (a person's sensitive properties masked for the role). */
export interface GraphNodeOut {
  kind: string;
  id: string;
  name: string;
  props: Record<string, unknown>;
}

export interface Neighbourhood {
  centre: GraphNodeOut;
  nodes: GraphNodeOut[];
  relationships: {
    type: string;
    from: { kind: string; id: string };
    to: { kind: string; id: string };
    undirected: boolean;
  }[];
  truncated: boolean;
  hidden: number;
  masked: string[];
}

import { z } from 'zod';
import { NODE_KINDS, type NodeKind } from '../../domain';
import { ProblemStatus } from '../../domain/enums';
import { partyCoverage } from '../../match/coverage/party-coverage';
import { chainsInRegion } from '../../match/gaps/chains-in-region';
import { chainExtension, whatIf } from '../../match/gaps/leads';
import { planMeetings } from '../../match/partners/meeting-plan';
import { planJobFair } from '../../match/talent/job-fair';
import { talentCandidates } from '../../match/talent/talent-candidates';
import { talentCatalogue } from '../../match/talent/talent-catalogue';
import { proposeConsortium } from '../../match/tackling/consortium';
import { problemsFor } from '../../match/tackling/problems-for';
import { tacklingIndexOf } from '../../match/tackling/tackling-index';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { listProblems } from '../resources/problem-list';
import { nameResolverOf, searchIndexOf } from './search-indexes';
import { statusTallies } from './status-tallies';

/** One question asked of the whole graph in memory: its arguments' schema and how it is answered. */
interface GraphQuery<Args extends z.ZodType, Answer> {
  args: Args;
  answer(graph: ProjectedGraph, args: z.output<Args>): Answer;
}

const query = <Args extends z.ZodType, Answer>(
  args: Args,
  answer: (graph: ProjectedGraph, args: z.output<Args>) => Answer,
): GraphQuery<Args, Answer> => ({ args, answer });

const Id = z.string().min(1);

/**
 * Everything the API computes on request from the whole graph in memory, by name. Arguments and
 * answers are plain JSON (arrays, not sets) because in production they cross a process boundary:
 * the graph lives in its own process (graph-query-process.ts), which keeps the API processes'
 * heaps small — a province's projection is over a gigabyte, and collecting a heap that size is
 * what stretched the stored-list reads' p99 from about 25 ms to over 100 ms (docs/benchmarks.md).
 */
export const GRAPH_QUERIES = {
  whatIf: query(z.object({ chainId: Id, regionId: Id, leadIds: z.array(Id) }), (graph, a) =>
    whatIf(graph, a.chainId, a.regionId, a.leadIds),
  ),
  chainsInRegion: query(z.object({ regionId: Id }), (graph, a) => chainsInRegion(graph, a.regionId)),
  chainExtension: query(z.object({ chainId: Id, regionId: Id }), (graph, a) =>
    chainExtension(graph, a.chainId, a.regionId),
  ),
  meetingPlan: query(
    z.object({ chainId: Id, regionId: Id, meetingsPerEnterprise: z.number().int().min(1) }),
    (graph, a) => planMeetings(graph, a.chainId, a.regionId, { meetingsPerEnterprise: a.meetingsPerEnterprise }),
  ),
  problemList: query(
    z.object({
      status: ProblemStatus.optional(),
      chainId: Id.optional(),
      regionIds: z.array(Id).optional(),
      after: z.string().optional(),
      limit: z.number().int().min(1),
    }),
    (graph, a) => listProblems(graph, { ...a, regionIds: a.regionIds ? new Set(a.regionIds) : undefined }),
  ),
  search: query(
    z.object({
      q: z.string().min(1),
      kinds: z.array(z.enum(NODE_KINDS as unknown as [NodeKind, ...NodeKind[]])).optional(),
      limit: z.number().int().min(1),
    }),
    (graph, a) => searchIndexOf(graph).search(a.q, { limit: a.limit, ...(a.kinds ? { kinds: new Set(a.kinds) } : {}) }),
  ),
  resolve: query(z.object({ name: z.string().min(1), uscc: z.string().optional() }), (graph, a) =>
    nameResolverOf(graph).resolve({ name: a.name, ...(a.uscc ? { uscc: a.uscc } : {}) }),
  ),
  consortium: query(z.object({ problemId: Id }), (graph, a) =>
    proposeConsortium(tacklingIndexOf(graph).rank(a.problemId)),
  ),
  problemsForPerson: query(z.object({ personId: Id, limit: z.number().int().min(1) }), (graph, a) =>
    problemsFor(graph, { kind: 'Person', id: a.personId }, { limit: a.limit }),
  ),
  partyCoverage: query(z.object({ regionIds: z.array(Id).nullable() }), (graph, a) =>
    partyCoverage(graph, a.regionIds ? new Set(a.regionIds) : null),
  ),
  statusTallies: query(z.object({}), (graph) => statusTallies(graph)),
  talentCatalogue: query(z.object({ chainId: Id, regionId: Id.nullable(), asOf: z.string() }), (graph, a) =>
    talentCatalogue(graph, a.chainId, a.regionId, a.asOf),
  ),
  talentCandidates: query(
    z.object({ needId: Id, asOf: z.string(), limit: z.number().int().min(1), membership: z.boolean() }),
    (graph, a) => talentCandidates(graph, a.needId, a),
  ),
  jobFair: query(
    z.object({
      chainId: Id,
      regionId: Id.nullable(),
      asOf: z.string(),
      interviewsPerPerson: z.number().int().min(1),
      interviewsPerPosition: z.number().int().min(1),
      membership: z.boolean(),
    }),
    (graph, a) => planJobFair(graph, a.chainId, a.regionId, a.asOf, a),
  ),
};

export type GraphQueryName = keyof typeof GRAPH_QUERIES;
export type GraphQueryArgs<N extends GraphQueryName> = z.input<(typeof GRAPH_QUERIES)[N]['args']>;
export type GraphQueryAnswer<N extends GraphQueryName> = ReturnType<(typeof GRAPH_QUERIES)[N]['answer']>;

export const GRAPH_QUERY_NAMES = Object.keys(GRAPH_QUERIES) as GraphQueryName[];

/** Answers a query on a graph: the one place both the in-process and the remote side go through. */
export function answerGraphQuery<N extends GraphQueryName>(
  graph: ProjectedGraph,
  name: N,
  args: GraphQueryArgs<N>,
): GraphQueryAnswer<N> {
  const entry = GRAPH_QUERIES[name] as unknown as GraphQuery<z.ZodType, GraphQueryAnswer<N>>;
  return entry.answer(graph, args);
}

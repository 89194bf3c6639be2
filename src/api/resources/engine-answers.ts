import { z } from 'zod';
import type { Response } from 'express';
import { RequestKind } from '../../domain';
import type { ChainCoverage } from '../../match/coverage/party-coverage';
import type { rankResponders } from '../../match/dispatch/rank-responders';
import type { Reasons } from '../../match/reasons';
import type { Consortium } from '../../match/tackling/consortium';
import type { Assignment } from '../../match/tackling/global-assignment';
import type { ProblemFit } from '../../match/tackling/problems-for';
import type { ReportOrJob } from '../../use-cases/stored-report';

/*
 * The engines' answers the problem, request, people and party-organisation routes give, as zod
 * schemas. Each `satisfies` the engine's result type, and each handler returns the engine's
 * result as the schema's type: the two are checked against each other both ways at compile time.
 */

const Skills = z.array(z.string());
const ReasonsOut = z.object({
  zh: z.array(z.string()).describe('Why, in Chinese, as shown to users'),
  en: z.array(z.string()).describe('The same reasons in English'),
}) satisfies z.ZodType<Reasons>;

/** 攻关联合体: the smallest team covering the problem's skills, what each member covers, what none does. */
export const ConsortiumOut = z.object({
  problemId: z.string(),
  members: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      employer: z.string().nullable(),
      employerKind: z.enum(['Enterprise', 'Institution']).nullable(),
      covers: Skills,
    }),
  ),
  covered: Skills,
  uncovered: Skills.describe('Skills no candidate covers'),
  mix: z.boolean().describe('Whether it mixes an institution and an enterprise (产学研)'),
  relevance: z.number(),
}) satisfies z.ZodType<Consortium>;

/** An open problem that fits an expert, with why. */
export const ProblemFitOut = z.object({
  problemId: z.string(),
  title: z.string(),
  postedBy: z.string().nullable(),
  score: z.number(),
  components: z.object({ relevance: z.number(), skills: z.number(), proximity: z.number(), trackRecord: z.number() }),
  reasons: ReasonsOut,
}) satisfies z.ZodType<ProblemFit>;

const AssignedExpert = z.object({ personId: z.string(), name: z.string(), affinity: z.number() });

/** The global assignment of experts to open problems: no expert above their load. */
export const AssignmentOut = z.object({
  problems: z.array(
    z.object({
      problemId: z.string(),
      title: z.string(),
      teamSize: z.number().int(),
      assigned: z.array(AssignedExpert),
      alternates: z.array(AssignedExpert),
      shortBy: z.number().int().describe('Seats left empty'),
      diagnosis: z.object({ zh: z.string(), en: z.string() }).nullable().describe('Why seats are left empty'),
    }),
  ),
  seats: z.number().int(),
  filled: z.number().int(),
  totalAffinity: z.number(),
}) satisfies z.ZodType<Assignment>;

/** A request's ranked responders (派单建议): instructors and staff whose skills, place and load fit it. */
export const RespondersOut = z.object({
  request: z.object({ id: z.string(), title: z.string(), kind: RequestKind }),
  responders: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      score: z.number(),
      components: z.object({
        instructor: z.number(),
        region: z.number(),
        skills: z.number(),
        availability: z.number(),
      }),
      load: z.object({ current: z.number().int(), max: z.number().int() }),
      reasons: ReasonsOut,
    }),
  ),
}) satisfies z.ZodType<ReturnType<typeof rankResponders>>;

const Tally = {
  enterprises: z.number().int(),
  covered: z.number().int().describe('Enterprises a party organisation covers (党组织覆盖)'),
};

/** How party organisations cover one chain, segment by segment (党建覆盖). */
export const ChainCoverageOut = z.object({
  chainId: z.string(),
  name: z.string(),
  ...Tally,
  coverage: z.number().describe('covered / enterprises, 0 when there are none'),
  partyOrgs: z.number().int(),
  membersStated: z.number().int(),
  membersKnown: z.number().int(),
  instructors: z.number().int(),
  pairings: z.number().int(),
  segments: z.array(z.object({ segmentId: z.string(), name: z.string(), ...Tally })),
}) satisfies z.ZodType<ChainCoverage>;

/** A stored report with when and in which run it was computed, or (202) the job computing it. */
export function reportAnswer<Shape extends z.ZodRawShape>(payload: z.ZodObject<Shape>) {
  return z.union([
    payload.extend({
      status: z.literal('ready'),
      computedAt: z.string().describe('When it was computed (the latest stored run)'),
      runId: z.string(),
    }),
    z.object({ status: z.literal('computing'), jobId: z.string().describe('Follow it at /api/v1/jobs/{jobId}') }),
  ]);
}

/** The answer of reportAnswer: the report's payload beside its run, or 202 and the job. */
export function shapeReport<Payload extends object>(report: ReportOrJob<Payload>, res: Response) {
  if (report.status === 'computing') {
    res.status(202);
    return report;
  }
  const { payload, ...run } = report;
  return { ...run, ...payload };
}

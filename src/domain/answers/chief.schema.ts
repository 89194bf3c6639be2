import { z } from 'zod';
import { AgendaTopic, UndertakingStatus } from '../chief.schema';
import { SegmentStatus } from './chain-map.schema';

const Named = z.object({ id: z.string(), name: z.string() });

/** A region's gap map in short, from the stored gaps run (never recomputed here). */
export const ChiefGaps = z
  .discriminatedUnion('status', [
    z.object({
      status: z.literal('ready'),
      computedAt: z.string(),
      counts: z.record(SegmentStatus, z.number().int()).describe('Segments per status'),
      gaps: z
        .array(
          Named.extend({ stage: z.string(), status: SegmentStatus, demand: z.number().int() }).describe(
            'A missing or weak segment with how many local enterprises buy it',
          ),
        )
        .describe('Missing segments first, then weak ones; most local demand first'),
      leads: z.array(
        Named.extend({ score: z.number(), segments: z.array(z.string()).describe('Names of the gaps it would fill') }),
      ),
    }),
    z.object({ status: z.literal('computing'), jobId: z.string().nullable() }),
  ])
  .meta({ id: 'ChiefGaps' });
export type ChiefGaps = z.infer<typeof ChiefGaps>;

export const ChiefProblem = Named.extend({
  status: z.string(),
  deadline: z.string().nullable(),
  postedBy: z.string().nullable(),
  stalled: z.boolean().describe('Past its deadline, or unchanged for 30 days, and not yet accepted or closed'),
}).meta({ id: 'ChiefProblem' });
export type ChiefProblem = z.infer<typeof ChiefProblem>;

export const ChiefRequest = Named.extend({
  status: z.string(),
  dueAt: z.string().nullable(),
  raisedBy: z.string().nullable(),
  overdue: z.boolean(),
}).meta({ id: 'ChiefRequest' });
export type ChiefRequest = z.infer<typeof ChiefRequest>;

/** How party organisations cover the chain's enterprises in the region (党建覆盖). */
export const ChiefCoverage = z
  .object({
    enterprises: z.number().int(),
    covered: z.number().int(),
    coverage: z.number(),
    partyOrgs: z.number().int(),
    instructors: z.number().int(),
    pairings: z.number().int(),
  })
  .meta({ id: 'ChiefCoverage' });
export type ChiefCoverage = z.infer<typeof ChiefCoverage>;

/** One region of a chain as its chief sees it. */
export const ChiefRegion = z
  .object({
    region: Named,
    chiefs: z.array(Named.extend({ title: z.string().nullable() })),
    gaps: ChiefGaps,
    problems: z.array(ChiefProblem).describe('Open problems of the chain posted in the region, stalled first'),
    requests: z.array(ChiefRequest).describe('Open requests of the chain’s enterprises in the region, overdue first'),
    coverage: ChiefCoverage,
  })
  .meta({ id: 'ChiefRegion' });
export type ChiefRegion = z.infer<typeof ChiefRegion>;

/** 链长视图: a chain across the regions it has a chief or chain master in (or the one asked). */
export const ChiefView = z
  .object({ chain: Named, asOf: z.string(), regions: z.array(ChiefRegion) })
  .meta({ id: 'ChiefView' });
export type ChiefView = z.infer<typeof ChiefView>;

/** An agenda item drafted from the view, linked to the node it is about. */
export const AgendaItem = z
  .object({
    rank: z.number().int(),
    topic: AgendaTopic,
    sourceKind: z.enum(['Segment', 'Enterprise', 'Request', 'Problem']),
    sourceId: z.string(),
    title: z.string(),
    regionId: z.string().nullable(),
  })
  .meta({ id: 'AgendaItem' });
export type AgendaItem = z.infer<typeof AgendaItem>;

export const DecisionItem = z
  .object({
    id: z.string(),
    text: z.string(),
    owner: z.string(),
    dueDate: z.string(),
    status: UndertakingStatus,
    doneAt: z.string().nullable(),
    overdue: z.boolean(),
  })
  .meta({ id: 'DecisionItem' });
export type DecisionItem = z.infer<typeof DecisionItem>;

/** A joint meeting as listed: its chain, region, chief, attendees, agenda and decisions. */
export const JointMeetingItem = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string(),
    note: z.string(),
    synthetic: z.boolean(),
    source: z.string().nullable(),
    chain: Named.nullable(),
    region: Named.nullable(),
    chief: Named.nullable(),
    attendees: z.array(Named.extend({ kind: z.string() })),
    agenda: z.array(AgendaItem),
    decisions: z.array(DecisionItem),
  })
  .meta({ id: 'JointMeetingItem' });
export type JointMeetingItem = z.infer<typeof JointMeetingItem>;

export const PledgeItem = z
  .object({
    id: z.string(),
    title: z.string(),
    year: z.number().int(),
    owner: z.string(),
    dueDate: z.string().nullable(),
    status: UndertakingStatus,
    target: z.string().nullable(),
    targetYuan: z.number().nullable(),
    progress: z.string(),
    doneAt: z.string().nullable(),
    overdue: z.boolean(),
    source: z.string().nullable(),
    synthetic: z.boolean(),
    chain: Named.nullable(),
    region: Named.nullable(),
  })
  .meta({ id: 'PledgeItem' });
export type PledgeItem = z.infer<typeof PledgeItem>;

import { z } from 'zod';
import { Chain, Segment } from '../../domain/chain.schema';
import { Id } from '../../domain/common.schema';
import { ChainExtension, ChainPresence, Lead, ChainMap, MeetingPlan, WhatIf } from '../../domain/answers';
import { Region } from '../../domain/region.schema';
import { chainExtensionIn, chainGapMap, chainMeetingPlan, chainWhatIf } from '../../use-cases/chains/chain-in-region';
import { listPlaces, readChain } from '../../use-cases/chains/chains';
import { markSynthetic } from '../../use-cases/synthetic-marks';
import { EVERYONE, route, type RouteInput } from '../routing/route';
import { PageQuery, pageOf, storedForm } from './pagination';
import { useCaseContext } from './use-case-context';

const RegionOut = storedForm(Region).meta({ id: 'Region' });
const ChainOut = storedForm(Chain).meta({ id: 'Chain' });
const SegmentProps = storedForm(Segment);
const SegmentOut = SegmentProps.extend({
  feeds: z.array(z.string()).describe('The segments it feeds (FEEDS), also across chains'),
}).meta({ id: 'ChainSegment' });
const ChainDetail = ChainOut.extend({ segments: z.array(SegmentOut) }).meta({ id: 'ChainDetail' });
const ByChain = z.object({ id: Id });
const InRegion = z.object({ region: Id.describe('The region whose map it is (a park, a district…)') });

/** A stored gap map (map and ranked leads), or the job computing it. */
const GapAnswer = z
  .union([
    z.object({
      status: z.literal('ready'),
      computedAt: z.string(),
      runId: z.string(),
      map: ChainMap.describe(
        'Segments upstream to downstream with status missing / weak / ok / strong, producers, demand, single points of failure',
      ),
      leads: z
        .array(Lead)
        .describe('Enterprises outside the region that would close its gaps, best first, with reasons'),
    }),
    z.object({ status: z.literal('computing'), jobId: z.string() }),
  ])
  .meta({ id: 'GapAnswer' });
type GapAnswer = z.infer<typeof GapAnswer>;

/** The stored gap map as the map and leads routes answer it: the leads cut to `limit`, 202 while computed. */
async function gapAnswer(
  input: RouteInput<{ id: string }, { region: string }, unknown>,
  limit = Number.POSITIVE_INFINITY,
): Promise<GapAnswer> {
  const { params, query, app, res } = input;
  const report = await chainGapMap({ ...useCaseContext(input), jobs: app.jobs }, params.id, query.region);
  if (report.status === 'computing') {
    res.status(202);
    return report;
  }
  const { map, leads } = report.payload;
  const shown = await markSynthetic(app.store, leads.slice(0, limit), (l) => ({
    kind: 'Enterprise',
    id: l.enterpriseId,
  }));
  return { status: 'ready', computedAt: report.computedAt, runId: report.runId, map, leads: shown };
}

export const chainRoutes = [
  route({
    method: 'get',
    path: '/regions',
    tag: 'regions',
    summary: 'List regions',
    allow: EVERYONE,
    query: PageQuery,
    response: pageOf(RegionOut),
    handle: ({ query, app }) => listPlaces(app, 'Region', query),
  }),

  route({
    method: 'get',
    path: '/regions/:id/chains',
    tag: 'regions',
    summary: 'The chains of a region: every chain with how many of its enterprises make one of the chain’s segments',
    description:
      'Enterprises of the regions below it count too. The chains the region has come first, most enterprises first; then the others by name.',
    allow: EVERYONE,
    params: z.object({ id: Id }),
    response: z.object({ items: z.array(ChainPresence) }),
    handle: async (input) => {
      const { params, app } = input;
      const ctx = useCaseContext(input);
      await ctx.scopes.check(ctx.caller, [params.id], `region '${params.id}'`);
      return { items: await app.graph.ask('chainsInRegion', { regionId: params.id }) };
    },
  }),

  route({
    method: 'get',
    path: '/chains',
    tag: 'chains',
    summary: 'List chains',
    allow: EVERYONE,
    query: PageQuery,
    response: pageOf(ChainOut),
    handle: ({ query, app }) => listPlaces(app, 'Chain', query),
  }),

  route({
    method: 'get',
    path: '/chains/:id',
    tag: 'chains',
    summary: 'Read a chain with its segments',
    description: 'Segments with their stage and the segments each one feeds (also across chains).',
    allow: EVERYONE,
    params: ByChain,
    response: ChainDetail,
    handle: ({ params, app }) => readChain(app, params.id),
  }),

  route({
    method: 'get',
    path: '/chains/:id/map',
    tag: 'investment map',
    summary: 'The chain map of a region (招商图谱)',
    description: 'The latest stored run; 202 with a job id while the first one is computed.',
    allow: EVERYONE,
    params: ByChain,
    query: InRegion,
    response: GapAnswer,
    handle: (input) => gapAnswer(input),
  }),

  route({
    method: 'get',
    path: '/chains/:id/leads',
    tag: 'investment map',
    summary: 'Ranked leads for a region’s chain gaps (招商线索)',
    allow: EVERYONE,
    params: ByChain,
    query: InRegion.extend({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
    response: GapAnswer,
    handle: (input) => gapAnswer(input, input.query.limit),
  }),

  route({
    method: 'post',
    path: '/chains/:id/what-if',
    tag: 'investment map',
    summary: 'What attracting these leads would change',
    description:
      'Which gaps close and which local enterprises gain a local supplier, and the map after. Computed on the current graph; nothing is written.',
    allow: ['admin', 'secretary', 'investment'],
    params: ByChain,
    body: z.object({ region: Id, leadIds: z.array(Id).min(1).max(50) }),
    response: WhatIf,
    handle: (input) =>
      chainWhatIf(
        useCaseContext(input),
        { chainId: input.params.id, regionId: input.body.region, leadIds: input.body.leadIds },
        (question) => input.app.graph.ask('whatIf', question),
      ),
  }),

  route({
    method: 'get',
    path: '/chains/:id/extension',
    tag: 'investment map',
    summary: 'Where a region’s chain can extend into other chains (延链)',
    description:
      'The FEEDS ties between this chain’s segments and other chains’ segments, both ways (upstream: another chain supplies this one; downstream: this chain supplies another), each with how many enterprises of the region already make the other segment; those it can build on first. Computed on the current graph.',
    allow: EVERYONE,
    params: ByChain,
    query: InRegion,
    response: ChainExtension,
    handle: (input) => {
      const { params, query, app } = input;
      return chainExtensionIn(useCaseContext(input), params.id, query.region, () =>
        app.graph.ask('chainExtension', { chainId: params.id, regionId: query.region }),
      );
    },
  }),

  route({
    method: 'get',
    path: '/chains/:id/meetings',
    tag: 'partners',
    summary: 'A supply-demand meeting plan for a region’s chain (供需对接会)',
    description:
      'Pairs of local suppliers and buyers on the chain, best first, each enterprise in a bounded number of meetings.',
    allow: EVERYONE,
    params: ByChain,
    query: InRegion.extend({ perEnterprise: z.coerce.number().int().min(1).max(20).default(3) }),
    response: MeetingPlan,
    handle: (input) => {
      const { params, query, app } = input;
      return chainMeetingPlan(useCaseContext(input), params.id, query.region, () =>
        app.graph.ask('meetingPlan', {
          chainId: params.id,
          regionId: query.region,
          meetingsPerEnterprise: query.perEnterprise,
        }),
      );
    },
  }),
];

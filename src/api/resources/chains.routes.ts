import { z } from 'zod';
import { Chain, Segment } from '../../domain/chain.schema';
import { Id } from '../../domain/common.schema';
import { GapMap, Lead, ChainMap, MeetingPlan, WhatIf } from '../../domain/answers';
import { Region } from '../../domain/region.schema';
import { gapKey } from '../../domain/result-keys';
import { AppError } from '../../shared/app-error';
import type { ApiContext } from '../api-context';
import { EVERYONE, route, type RouteInput } from '../routing/route';
import { audit } from './audit';
import { nodePage, PageQuery, pageOf, propsAs, storedForm } from './pagination';

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

async function gapAnswer(
  input: RouteInput<{ id: string }, { region: string }, unknown>,
  limit = Number.POSITIVE_INFINITY,
): Promise<GapAnswer> {
  const { params, query, app, caller, res } = input;
  await app.scopes.check(caller, [query.region], `region '${query.region}'`);
  await known(app, params.id, query.region);
  const stored = await app.store.readReport('gap_map', gapKey(params.id, query.region));
  if (!stored) {
    const [jobId] = await app.jobs.add([{ name: 'gaps.map', payload: { chainId: params.id, regionId: query.region } }]);
    res.status(202);
    return { status: 'computing', jobId: jobId! };
  }
  // the payload the gaps job stored: findLeads's answer
  const { map, leads } = stored.payload as GapMap;
  return { status: 'ready', computedAt: stored.computedAt, runId: stored.runId, map, leads: leads.slice(0, limit) };
}

/** 404 naming what is not there: the chain, or the region. */
async function known(app: ApiContext, chainId: string, regionId: string): Promise<void> {
  if (!(await app.store.getNode('Chain', chainId))) throw AppError.notFound(`Chain '${chainId}'`);
  if (!(await app.store.getNode('Region', regionId))) throw AppError.notFound(`Region '${regionId}'`);
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
    handle: ({ query, app }) => nodePage(app.store, 'Region', query, {}, propsAs(RegionOut)),
  }),

  route({
    method: 'get',
    path: '/chains',
    tag: 'chains',
    summary: 'List chains',
    allow: EVERYONE,
    query: PageQuery,
    response: pageOf(ChainOut),
    handle: ({ query, app }) => nodePage(app.store, 'Chain', query, {}, propsAs(ChainOut)),
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
    handle: async ({ params, app }) => {
      const chain = await app.store.getNode('Chain', params.id);
      if (!chain) throw AppError.notFound(`Chain '${params.id}'`);
      const parts = await app.store.follow({
        fromKind: 'Chain',
        ids: [params.id],
        type: 'PART_OF',
        direction: 'in',
        toKind: 'Segment',
      });
      const ids = parts.nodes.map((s) => s.id);
      const feeds =
        ids.length === 0
          ? { edges: [] }
          : await app.store.follow({ fromKind: 'Segment', ids, type: 'FEEDS', direction: 'out', toKind: 'Segment' });
      const segments = [...parts.nodes]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((s) => ({
          ...propsAs(SegmentProps)(s),
          feeds: feeds.edges
            .filter((e) => e.from.id === s.id)
            .map((e) => e.to.id)
            .sort(),
        }));
      return { ...propsAs(ChainOut)(chain), segments };
    },
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
    handle: async (input) => {
      const { params, body, app, caller } = input;
      await app.scopes.check(caller, [body.region], `region '${body.region}'`);
      await known(app, params.id, body.region);
      // an id that names no enterprise would be left out without a word: the answer would look
      // like a lead that changes nothing
      const found = await app.store.existingIds('Enterprise', body.leadIds);
      const unknown = [...new Set(body.leadIds.filter((id) => !found.has(id)))];
      if (unknown.length > 0)
        throw AppError.badInput('body.leadIds', `name no enterprise: ${unknown.map((id) => `'${id}'`).join(', ')}`);
      const result = await app.graph.ask('whatIf', {
        chainId: params.id,
        regionId: body.region,
        leadIds: body.leadIds,
      });
      await audit(app, input, 'chain.what-if', { kind: 'Chain', id: params.id }, null, {
        region: body.region,
        leadIds: body.leadIds,
        closed: result.closed.length,
      });
      return result;
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
    handle: async ({ params, query, app, caller }) => {
      await app.scopes.check(caller, [query.region], `region '${query.region}'`);
      await known(app, params.id, query.region);
      return app.graph.ask('meetingPlan', {
        chainId: params.id,
        regionId: query.region,
        meetingsPerEnterprise: query.perEnterprise,
      });
    },
  }),
];

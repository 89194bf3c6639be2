import { z } from 'zod';
import { Id } from '../../domain/common.schema';
import { EnterpriseTag } from '../../domain/enums';
import { BundleEnterprise } from '../../ingest/bundle.schema';
import { AppError } from '../../shared/app-error';
import type { GraphNode, GraphStore } from '../../store/graph-store';
import type { ApiContext } from '../api-context';
import { EVERYONE, route, type RouteInput } from '../routing/route';
import { audit } from './audit';
import { PageQuery, pageOf } from './pagination';
import { farEnds } from './related';
import { writeRecord } from './write-record';

const WRITERS = ['admin', 'secretary'] as const;

/** An enterprise as the API shows it: its properties and its place in the graph, in the bundle's form. */
const EnterpriseOut = BundleEnterprise.omit({ chainMasterOf: true }).extend({
  regionId: z.string().nullable(),
  chainIds: z.array(z.string()).describe('The chains of the segments it produces in, in the order of its segments'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
type EnterpriseOut = z.infer<typeof EnterpriseOut>;

const ByPath = z.object({ id: Id });

/** The relationships an enterprise's record manages: PUT replaces them with the record's. */
const MANAGED = [
  { type: 'LOCATED_IN', field: 'regionId', toKind: 'Region' },
  { type: 'IN_SEGMENT', field: 'segments', toKind: 'Segment' },
  { type: 'NEEDS', field: 'needsSegments', toKind: 'Segment' },
] as const;

async function withPlaces(store: GraphStore, nodes: GraphNode[]): Promise<EnterpriseOut[]> {
  const ids = nodes.map((n) => n.id);
  const ends = new Map<string, Record<string, string[]>>(ids.map((id) => [id, {}]));
  for (const { type, field, toKind } of MANAGED) {
    if (ids.length === 0) break;
    const found = await store.follow({ fromKind: 'Enterprise', ids, type, direction: 'out', toKind });
    for (const edge of found.edges) (ends.get(edge.from.id)![field] ??= []).push(edge.to.id);
  }
  const produced = [...new Set([...ends.values()].flatMap((places) => places['segments'] ?? []))];
  const chainOf = await farEnds(store, {
    fromKind: 'Segment',
    ids: produced,
    type: 'PART_OF',
    direction: 'out',
    toKind: 'Chain',
  });
  return nodes.map((node) => {
    const places = ends.get(node.id)!;
    const segments = (places['segments'] ?? []).sort();
    return {
      ...(node.props as Omit<EnterpriseOut, 'regionId' | 'segments' | 'needsSegments' | 'chainIds'>),
      regionId: places['regionId']?.[0] ?? null,
      chainIds: [...new Set(segments.flatMap((s) => (chainOf.get(s) ?? []).map((chain) => chain.id)))],
      segments,
      needsSegments: (places['needsSegments'] ?? []).sort(),
    };
  });
}

async function readEnterprise(app: ApiContext, id: string): Promise<EnterpriseOut> {
  const node = await app.store.getNode('Enterprise', id);
  if (!node) throw AppError.notFound(`Enterprise '${id}'`);
  return (await withPlaces(app.store, [node]))[0]!;
}

/** The enterprise, refused (403) when it lies outside the caller's region. */
async function enterpriseInScope(input: RouteInput<unknown, unknown, unknown>, id: string): Promise<EnterpriseOut> {
  const enterprise = await readEnterprise(input.app, id);
  await input.app.scopes.check(input.caller, enterprise.regionId ? [enterprise.regionId] : [], `Enterprise '${id}'`);
  return enterprise;
}

export const enterpriseRoutes = [
  route({
    method: 'get',
    path: '/enterprises',
    tag: 'enterprises',
    summary: 'List enterprises',
    description:
      'Filtered by region (exactly), segment produced or qualification tag; a region-scoped key sees its region only.',
    allow: EVERYONE,
    query: PageQuery.extend({
      region: Id.optional().describe('Only enterprises located in this region'),
      segment: Id.optional().describe('Only enterprises producing in this segment'),
      tag: EnterpriseTag.optional().describe('Only enterprises with this qualification'),
    }),
    response: pageOf(EnterpriseOut),
    handle: async ({ query, caller, app }) => {
      const related = query.region
        ? ({ type: 'LOCATED_IN', direction: 'out', node: { kind: 'Region', id: query.region } } as const)
        : query.segment
          ? ({ type: 'IN_SEGMENT', direction: 'out', node: { kind: 'Segment', id: query.segment } } as const)
          : undefined;
      const page = await app.store.listNodes('Enterprise', {
        limit: query.limit,
        ...(query.cursor ? { cursor: query.cursor } : {}),
        ...(query.tag ? { where: { tags: query.tag } } : {}),
        ...(related ? { related } : {}),
      });
      let items = await withPlaces(app.store, page.items);
      if (query.region && query.segment) items = items.filter((e) => e.segments.includes(query.segment!));
      const scope = await app.scopes.of(caller);
      if (scope) items = items.filter((e) => e.regionId !== null && scope.has(e.regionId));
      return { items, nextCursor: page.nextCursor };
    },
  }),

  route({
    method: 'get',
    path: '/enterprises/:id',
    tag: 'enterprises',
    summary: 'Read an enterprise',
    allow: EVERYONE,
    params: ByPath,
    response: EnterpriseOut,
    handle: async (input) => enterpriseInScope(input, input.params.id),
  }),

  route({
    method: 'post',
    path: '/enterprises',
    tag: 'enterprises',
    summary: 'Create an enterprise',
    description:
      'Validated and name-resolved as an import is: a name already in the graph (or an alias of one) is a 409 naming it. Its partner lists and gap maps are recomputed in the background.',
    allow: WRITERS,
    body: BundleEnterprise.omit({ chainMasterOf: true }),
    status: 201,
    response: EnterpriseOut,
    handle: async (input) => {
      const { body, app, caller } = input;
      if (await app.store.getNode('Enterprise', body.id))
        throw new AppError('conflict', `Enterprise '${body.id}' exists`);
      if (body.regionId) await app.scopes.check(caller, [body.regionId], `region '${body.regionId}'`);
      else if (caller.regionId) throw AppError.badInput('body.regionId', 'is required for a region-scoped key');
      await writeRecord(app.store, 'enterprises', body, { creating: true });
      const created = await readEnterprise(app, body.id);
      await audit(app, input, 'enterprise.create', { kind: 'Enterprise', id: body.id }, null, created);
      input.res.location(`/api/v1/enterprises/${encodeURIComponent(body.id)}`);
      return created;
    },
  }),

  route({
    method: 'put',
    path: '/enterprises/:id',
    tag: 'enterprises',
    summary: 'Replace an enterprise',
    description: 'Replaces its properties, its region, the segments it produces in and those it buys from.',
    allow: WRITERS,
    params: ByPath,
    body: BundleEnterprise.omit({ chainMasterOf: true, id: true }),
    response: EnterpriseOut,
    handle: async (input) => {
      const { params, body, app, caller } = input;
      const before = await enterpriseInScope(input, params.id);
      if (body.regionId) await app.scopes.check(caller, [body.regionId], `region '${body.regionId}'`);
      await writeRecord(app.store, 'enterprises', { ...body, id: params.id }, { creating: false });
      // the import adds references; a replacement also removes those the record no longer has
      const stale = MANAGED.flatMap(({ type, field, toKind }) => {
        const now = new Set<string>(field === 'regionId' ? (body.regionId ? [body.regionId] : []) : body[field]);
        const was = field === 'regionId' ? (before.regionId ? [before.regionId] : []) : before[field];
        return was
          .filter((id) => !now.has(id))
          .map((id) => ({ type, from: { kind: 'Enterprise' as const, id: params.id }, to: { kind: toKind, id } }));
      });
      if (stale.length > 0) await app.store.deleteRelationships(stale);
      const after = await readEnterprise(app, params.id);
      await audit(app, input, 'enterprise.replace', { kind: 'Enterprise', id: params.id }, before, after);
      return after;
    },
  }),

  route({
    method: 'delete',
    path: '/enterprises/:id',
    tag: 'enterprises',
    summary: 'Delete an enterprise',
    description: 'With every relationship it has; the lists it appeared in are recomputed.',
    allow: WRITERS,
    params: ByPath,
    status: 204,
    response: z.undefined(),
    handle: async (input) => {
      const before = await enterpriseInScope(input, input.params.id);
      await input.app.store.deleteNode('Enterprise', input.params.id);
      await audit(input.app, input, 'enterprise.delete', { kind: 'Enterprise', id: input.params.id }, before, null);
      return undefined;
    },
  }),
];

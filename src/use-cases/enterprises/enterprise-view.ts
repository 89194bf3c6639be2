import { z } from 'zod';
import { Enterprise } from '../../domain';
import { AppError } from '../../shared/app-error';
import type { GraphNode, GraphStore } from '../../store/graph-store';
import { storedSchema } from '../records/stored-record';
import { farEnds } from '../related-nodes';
import type { UseCaseContext } from '../use-case-context';

/** An enterprise as the API shows it: its properties and its place in the graph, in the bundle's form. */
export const EnterpriseView = storedSchema(Enterprise).extend({
  regionId: z.string().nullable(),
  segments: z.array(z.string()).describe('The segments it produces in (IN_SEGMENT)'),
  needsSegments: z.array(z.string()).describe('The segments it buys from (NEEDS)'),
  chainIds: z.array(z.string()).describe('The chains of the segments it produces in, in the order of its segments'),
});
export type EnterpriseView = z.infer<typeof EnterpriseView>;

/** The relationships an enterprise's record manages: a replacement replaces them with the record's. */
export const MANAGED = [
  { type: 'LOCATED_IN', field: 'regionId', toKind: 'Region' },
  { type: 'IN_SEGMENT', field: 'segments', toKind: 'Segment' },
  { type: 'NEEDS', field: 'needsSegments', toKind: 'Segment' },
] as const;

/** Enterprises with their region, segments and chains, read for a page at once. */
export async function withPlaces(store: GraphStore, nodes: GraphNode[]): Promise<EnterpriseView[]> {
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
      ...(node.props as Omit<EnterpriseView, 'regionId' | 'segments' | 'needsSegments' | 'chainIds'>),
      regionId: places['regionId']?.[0] ?? null,
      chainIds: [...new Set(segments.flatMap((s) => (chainOf.get(s) ?? []).map((chain) => chain.id)))],
      segments,
      needsSegments: (places['needsSegments'] ?? []).sort(),
    };
  });
}

/** An enterprise with its places; 404 when there is none. */
export async function readEnterprise(ctx: Pick<UseCaseContext, 'store'>, id: string): Promise<EnterpriseView> {
  const node = await ctx.store.getNode('Enterprise', id);
  if (!node) throw AppError.notFound(`Enterprise '${id}'`);
  return (await withPlaces(ctx.store, [node]))[0]!;
}

/** The enterprise, refused (403) when it lies outside the caller's region. */
export async function enterpriseInScope(ctx: UseCaseContext, id: string): Promise<EnterpriseView> {
  const enterprise = await readEnterprise(ctx, id);
  await ctx.scopes.check(ctx.caller, enterprise.regionId ? [enterprise.regionId] : [], `Enterprise '${id}'`);
  return enterprise;
}

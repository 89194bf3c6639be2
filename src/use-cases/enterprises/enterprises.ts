import type { z } from 'zod';
import type { EnterpriseTag } from '../../domain';
import type { BundleEnterprise } from '../../ingest/bundle.schema';
import { refuseOtherRegion } from '../records/caller-region';
import { createRecord } from '../records/create-record';
import { writeRecord } from '../records/write-record';
import type { UseCaseContext } from '../use-case-context';
import { enterpriseInScope, MANAGED, readEnterprise, withPlaces, type EnterpriseView } from './enterprise-view';

/** An enterprise's record as the API takes it (chain-master posts are set by imports only). */
export type EnterpriseRecord = Omit<z.infer<typeof BundleEnterprise>, 'chainMasterOf'>;

/** Which enterprises a list holds: located in a region (exactly), producing in a segment, holding a qualification. */
export interface EnterpriseFilter {
  limit: number;
  cursor?: string | undefined;
  region?: string | undefined;
  segment?: string | undefined;
  tag?: EnterpriseTag | undefined;
}

/** A page of enterprises with their places; a region-scoped key sees its region's only. */
export async function listEnterprises(
  ctx: UseCaseContext,
  query: EnterpriseFilter,
): Promise<{ items: EnterpriseView[]; nextCursor: string | null }> {
  // a region is read with the regions below it (a city's enterprises sit in its parks), and a
  // region-limited key lists its own region's: the store pages through those alone, so a page is
  // never empty for want of the key's enterprises and a cursor never names another region's
  const scope = await ctx.scopes.of(ctx.caller);
  const asked = query.region ? await ctx.scopes.within(query.region) : null;
  const regions = asked && scope ? new Set([...asked].filter((id) => scope.has(id))) : (asked ?? scope);
  if (regions && regions.size === 0) return { items: [], nextCursor: null };
  const related = regions
    ? ({ type: 'LOCATED_IN', direction: 'out', node: { kind: 'Region', ids: [...regions].sort() } } as const)
    : query.segment
      ? ({ type: 'IN_SEGMENT', direction: 'out', node: { kind: 'Segment', id: query.segment } } as const)
      : undefined;
  const page = await ctx.store.listNodes('Enterprise', {
    limit: query.limit,
    ...(query.cursor ? { cursor: query.cursor } : {}),
    ...(query.tag ? { where: { tags: query.tag } } : {}),
    ...(related ? { related } : {}),
  });
  let items = await withPlaces(ctx.store, page.items);
  if (regions && query.segment) items = items.filter((e) => e.segments.includes(query.segment!));
  if (scope) items = items.filter((e) => e.regionId !== null && scope.has(e.regionId));
  return { items, nextCursor: page.nextCursor };
}

/** Creates an enterprise, validated and name-resolved as an import is (a known name is a 409 naming it). */
export function createEnterprise(ctx: UseCaseContext, enterprise: EnterpriseRecord): Promise<EnterpriseView> {
  return createRecord(
    ctx,
    {
      kind: 'Enterprise',
      section: 'enterprises',
      action: 'enterprise.create',
      admit: (ctx) => refuseOtherRegion(ctx, enterprise.regionId, { required: true }),
      read: readEnterprise,
    },
    enterprise,
  );
}

/** Replaces an enterprise's properties and the relationships its record manages (region, segments). */
export async function replaceEnterprise(
  ctx: UseCaseContext,
  id: string,
  record: Omit<EnterpriseRecord, 'id'>,
): Promise<EnterpriseView> {
  const before = await enterpriseInScope(ctx, id);
  await refuseOtherRegion(ctx, record.regionId, { required: true });
  await writeRecord(ctx.store, 'enterprises', { ...record, id }, { creating: false });
  // the import adds references; a replacement also removes those the record no longer has
  const stale = MANAGED.flatMap(({ type, field, toKind }) => {
    const now = new Set<string>(field === 'regionId' ? (record.regionId ? [record.regionId] : []) : record[field]);
    const was = field === 'regionId' ? (before.regionId ? [before.regionId] : []) : before[field];
    return was
      .filter((other) => !now.has(other))
      .map((other) => ({ type, from: { kind: 'Enterprise' as const, id }, to: { kind: toKind, id: other } }));
  });
  if (stale.length > 0) await ctx.store.deleteRelationships(stale);
  const after = await readEnterprise(ctx, id);
  await ctx.audit('enterprise.replace', { kind: 'Enterprise', id }, before, after);
  return after;
}

/** Deletes an enterprise of the caller's region with every relationship it has. */
export async function deleteEnterprise(ctx: UseCaseContext, id: string): Promise<void> {
  const before = await enterpriseInScope(ctx, id);
  await ctx.store.deleteNode('Enterprise', id);
  await ctx.audit('enterprise.delete', { kind: 'Enterprise', id }, before, null);
}

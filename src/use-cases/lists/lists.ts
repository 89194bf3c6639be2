import type {
  ActionProjectItem,
  ListNeedItem,
  NeedResources,
  ServiceResourceItem,
} from '../../domain/answers/lists.schema';
import { resourcesForNeed, type ListNeed, type NeedSource } from '../../match/lists';
import { AppError } from '../../shared/app-error';
import { regionAndAbove } from '../regions-above';
import type { UseCaseContext } from '../use-case-context';
import { readListsCatalogue, type ListsCatalogue } from './lists-catalogue';
import { needItem, projectItem, resourceItem } from './lists-views';

/** now is absent where a caller judges with no clock of its own (an outcome's standing): the machine's. */
type Ctx = Pick<UseCaseContext, 'store' | 'scopes' | 'caller'> & Partial<Pick<UseCaseContext, 'now'>>;
export interface ListsQuery {
  region?: string | undefined;
  chain?: string | undefined;
}

/** The order a need's id is looked for when its kind is not said: the outcome's subject order. */
export const NEED_SOURCES: readonly NeedSource[] = ['Request', 'TalentNeed', 'FinancingNeed'];

/** The regions a caller may see, and a region asked for (checked against them): null for everywhere. */
async function visibleRegions(ctx: Ctx, query: ListsQuery): Promise<Set<string> | null> {
  if (query.chain && !(await ctx.store.getNode('Chain', query.chain)))
    throw AppError.notFound(`Chain '${query.chain}'`);
  if (query.region) {
    await ctx.scopes.check(ctx.caller, [query.region], `region '${query.region}'`);
    if (!(await ctx.store.getNode('Region', query.region))) throw AppError.notFound(`Region '${query.region}'`);
    return ctx.scopes.within(query.region);
  }
  return ctx.scopes.of(ctx.caller);
}

const today = (ctx: Ctx) => (ctx.now ? ctx.now() : new Date()).toISOString().slice(0, 10);
const chainName = (c: ListsCatalogue) => (id: string) => c.names.get(`Chain:${id}`) ?? id;
const regionName = (c: ListsCatalogue) => (id: string) => c.names.get(`Region:${id}`) ?? id;

/** 需求清单: the enterprises' asks of a region and chain (the caller's scope by default), open first. */
export async function listNeeds(
  ctx: Ctx,
  query: ListsQuery & { open?: boolean | undefined },
): Promise<{ items: ListNeedItem[]; open: number }> {
  const regions = await visibleRegions(ctx, query);
  const c = await readListsCatalogue(ctx.store);
  const needs = c.needs
    .filter((n) => regions === null || regions.has(c.homeRegion.get(n.enterprise.id) ?? ''))
    .filter((n) => !query.chain || n.enterprise.chainIds.includes(query.chain))
    .filter((n) => query.open === undefined || n.open === query.open)
    .sort((a, b) => Number(b.open) - Number(a.open) || a.source.localeCompare(b.source) || a.id.localeCompare(b.id));
  return { items: needs.map((n) => needItem(c, n)), open: needs.filter((n) => n.open).length };
}

/**
 * 资源清单: the departments' resources serving a region and chain: those of the region, of the
 * regions within it and of those above it (a city's training serves its parks).
 */
export async function listResources(ctx: Ctx, query: ListsQuery): Promise<{ items: ServiceResourceItem[] }> {
  const regions = await visibleRegions(ctx, query);
  const base = query.region ?? ctx.caller.regionId;
  const above = new Set(base ? await regionAndAbove(ctx.store, base) : []);
  const c = await readListsCatalogue(ctx.store);
  const items = c.resources
    .filter((r) => regions === null || (r.regionId !== undefined && (regions.has(r.regionId) || above.has(r.regionId))))
    .filter((r) => !query.chain || r.chainIds.length === 0 || r.chainIds.includes(query.chain))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
    .map((r) => resourceItem(c, r));
  return { items };
}

/** 项目清单: the action projects of a region and chain, soonest due first, with their progress. */
export async function listProjects(
  ctx: Ctx,
  query: ListsQuery,
): Promise<{ items: ActionProjectItem[]; done: number; overdue: number; meanProgress: number }> {
  const regions = await visibleRegions(ctx, query);
  const c = await readListsCatalogue(ctx.store);
  const items = c.projects
    .filter((p) => {
      const ends = c.projectEnds.get(p.id);
      if (regions !== null && !(ends?.regionId && regions.has(ends.regionId))) return false;
      return !query.chain || (ends?.chainIds ?? []).includes(query.chain);
    })
    .map((p) => projectItem(c, p, today(ctx)))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id.localeCompare(b.id));
  const mean = items.length === 0 ? 0 : items.reduce((s, p) => s + p.progress, 0) / items.length;
  return {
    items,
    done: items.filter((p) => p.status === 'done').length,
    overdue: items.filter((p) => p.overdue).length,
    meanProgress: Math.round(mean),
  };
}

/** The need an id names: of the kind said, else the first kind that has it; its enterprise must be in scope. */
async function needOf(ctx: Ctx, c: ListsCatalogue, id: string, source: NeedSource | undefined, field: string) {
  const need: ListNeed | undefined = (source ? [source] : NEED_SOURCES)
    .map((s) => c.needs.find((n) => n.source === s && n.id === id))
    .find((n) => n !== undefined);
  if (!need) return null;
  const home = c.homeRegion.get(need.enterprise.id);
  await ctx.scopes.check(ctx.caller, home ? [home] : [], `${need.source} '${id}' (${field})`);
  return need;
}

/** A need's matched resources, best first, with the score's components and the reasons. */
export async function resourcesOfNeed(
  ctx: Ctx,
  id: string,
  query: { source?: NeedSource | undefined; limit: number },
): Promise<NeedResources> {
  // an unknown id is told before the catalogue is read
  const kinds = query.source ? [query.source] : NEED_SOURCES;
  const stored = await Promise.all(kinds.map((kind) => ctx.store.getNode(kind, id)));
  if (stored.every((node) => !node)) throw AppError.notFound(`need '${id}'`);
  const c = await readListsCatalogue(ctx.store);
  const need = await needOf(ctx, c, id, query.source, 'need');
  if (!need) throw AppError.notFound(`need '${id}'`);
  const byId = new Map(c.resources.map((r) => [r.id, r]));
  const matches = resourcesForNeed(need, c.resources, {
    limit: query.limit,
    asOf: today(ctx),
    chainName: chainName(c),
    regionName: regionName(c),
  });
  return {
    need: needItem(c, need),
    candidates: matches.map(({ resourceId, score, rank, components, reasons }) => ({
      resource: resourceItem(c, byId.get(resourceId)!),
      score,
      rank,
      components,
      reasons,
    })),
  };
}

/**
 * Where a resource stood for a need when a resource_matched outcome is recorded: its rank in the
 * list computed now, and the need's kind as the outcome's qualifier (ids are unique per kind).
 */
export async function listsStanding(
  ctx: Ctx,
  needId: string,
  resourceId: string,
): Promise<{ qualifier: NeedSource; rank?: number }> {
  const c = await readListsCatalogue(ctx.store);
  const need = await needOf(ctx, c, needId, undefined, 'body.subjectId');
  if (!need) throw AppError.badInput('body.subjectId', `no request, talent need or financing need with id '${needId}'`);
  if (!c.resources.some((r) => r.id === resourceId))
    throw AppError.badInput('body.candidateId', `no ServiceResource with id '${resourceId}'`);
  const hit = resourcesForNeed(need, c.resources, { limit: 1000, asOf: today(ctx) }).find(
    (m) => m.resourceId === resourceId,
  );
  return { qualifier: need.source, ...(hit ? { rank: hit.rank } : {}) };
}

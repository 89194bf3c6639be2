import type { SquadDetail, SquadList, SquadTallyAnswer } from '../../domain/answers/squads.schema';
import { squadCounts } from '../../match/squads/squad-counts';
import { AppError } from '../../shared/app-error';
import { allNodes } from '../../store/all-nodes';
import type { UseCaseContext } from '../use-case-context';
import { readSquads, type CatalogueSquad } from './squad-catalogue';
import { counted, squadItem, visitItem } from './squad-views';

type Reader = Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>;
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** The regions a list covers: the one asked (checked against the key) or the key's own; null: everywhere. */
async function regionsListed(ctx: Reader, region: string | undefined): Promise<Set<string> | null> {
  if (region) {
    await ctx.scopes.check(ctx.caller, [region], `region '${region}'`);
    return ctx.scopes.within(region);
  }
  return ctx.scopes.of(ctx.caller);
}

async function named(ctx: Reader, kind: 'Region' | 'Chain', id: string | undefined) {
  if (!id) return null;
  const node = await ctx.store.getNode(kind, id);
  if (!node) throw AppError.badInput(`query.${kind === 'Region' ? 'region' : 'chain'}`, `no ${kind} with id '${id}'`);
  return { id, name: String(node.props['name'] ?? id) };
}

async function squadsListed(ctx: Reader, query: { region?: string | undefined; chain?: string | undefined }) {
  await named(ctx, 'Chain', query.chain);
  await named(ctx, 'Region', query.region);
  const within = await regionsListed(ctx, query.region);
  return (await readSquads(ctx.store)).filter(
    (s) =>
      (within === null || (s.region !== null && within.has(s.region.id))) &&
      (!query.chain || s.chains.some((c) => c.id === query.chain)),
  );
}

/**
 * 党员招商小分队 of a region and chain, with their leads and what their visits came to, and the
 * same counts for all of them together. A region-limited key sees its region's.
 */
export async function listSquads(
  ctx: Reader,
  query: { region?: string | undefined; chain?: string | undefined },
): Promise<SquadList> {
  const squads = await squadsListed(ctx, query);
  squads.sort(
    (a, b) => String(a.props['name']).localeCompare(String(b.props['name']), 'zh') || a.id.localeCompare(b.id),
  );
  return {
    items: squads.map((s) => squadItem(s, ctx.caller.role)),
    counts: squadCounts(squads.map(counted)),
  };
}

/** A squad in the caller's region: 404 when there is none, 403 when it lies elsewhere. */
export async function squadInScope(ctx: Reader, id: string): Promise<CatalogueSquad> {
  const [squad] = await readSquads(ctx.store, id);
  if (!squad) throw AppError.notFound(`InvestmentSquad '${id}'`);
  await ctx.scopes.check(ctx.caller, squad.region ? [squad.region.id] : [], `InvestmentSquad '${id}'`);
  return squad;
}

/** One squad with its leads and every visit, newest first. */
export async function squadDetail(ctx: Reader, id: string): Promise<SquadDetail> {
  const squad = await squadInScope(ctx, id);
  return {
    ...squadItem(squad, ctx.caller.role),
    visits: squad.visits.map((v) => visitItem(squad, v, ctx.caller.role)),
  };
}

/**
 * What the squads of a region (and chain) came to, counted from their visits, per chain, beside
 * the totals articles state with their source (001: 30 squads, 165 trips, 200+ enterprises). A
 * stated tally naming no chain stands for every chain of its region.
 */
export async function squadTally(
  ctx: Reader,
  query: { region?: string | undefined; chain?: string | undefined },
): Promise<SquadTallyAnswer> {
  const squads = await squadsListed(ctx, query);
  const chains = new Map<string, { chain: { id: string; name: string }; squads: CatalogueSquad[] }>();
  for (const s of squads)
    for (const c of s.chains)
      if (!query.chain || c.id === query.chain) {
        const entry = chains.get(c.id) ?? { chain: c, squads: [] };
        entry.squads.push(s);
        chains.set(c.id, entry);
      }
  const within = await regionsListed(ctx, query.region);
  const tallies = await allNodes(ctx.store, 'SquadTally');
  const ids = tallies.map((t) => t.id);
  const [inRegion, onChain] = await Promise.all([
    ctx.store.follow({ fromKind: 'SquadTally', ids, type: 'SQUAD_IN', direction: 'out', toKind: 'Region' }),
    ctx.store.follow({ fromKind: 'SquadTally', ids, type: 'SQUAD_ON_CHAIN', direction: 'out', toKind: 'Chain' }),
  ]);
  const name = new Map(
    [...inRegion.nodes, ...onChain.nodes].map((n) => [`${n.kind}:${n.id}`, String(n.props['name'] ?? n.id)]),
  );
  const regionOf = new Map(inRegion.edges.map((e) => [e.from.id, e.to.id]));
  const chainsOf = new Map<string, string[]>();
  for (const e of onChain.edges) chainsOf.set(e.from.id, [...(chainsOf.get(e.from.id) ?? []), e.to.id]);
  const stated = tallies
    .filter((t) => within === null || within.has(regionOf.get(t.id) ?? ''))
    .filter((t) => !query.chain || (chainsOf.get(t.id) ?? []).length === 0 || chainsOf.get(t.id)!.includes(query.chain))
    .map((t) => {
      const r = regionOf.get(t.id);
      return {
        id: t.id,
        title: String(t.props['title'] ?? t.id),
        region: r ? { id: r, name: name.get(`Region:${r}`) ?? r } : null,
        chains: (chainsOf.get(t.id) ?? []).sort().map((c) => ({ id: c, name: name.get(`Chain:${c}`) ?? c })),
        since: str(t.props['since']),
        asOf: str(t.props['asOf']),
        squads: num(t.props['squads']),
        trips: num(t.props['trips']),
        enterprisesMet: num(t.props['enterprisesMet']),
        enterprisesMetAtLeast: t.props['enterprisesMetAtLeast'] === true,
        signed: num(t.props['signed']),
        note: str(t.props['note']) ?? '',
        source: str(t.props['source']),
      };
    })
    .sort((a, b) => (b.asOf ?? b.since ?? '').localeCompare(a.asOf ?? a.since ?? '') || a.id.localeCompare(b.id));
  return {
    region: await named(ctx, 'Region', query.region),
    chain: await named(ctx, 'Chain', query.chain),
    counted: squadCounts(squads.map(counted)),
    perChain: [...chains.values()]
      .map((e) => ({ chain: e.chain, counts: squadCounts(e.squads.map(counted)) }))
      .sort((a, b) => b.counts.visits - a.counts.visits || a.chain.id.localeCompare(b.chain.id)),
    stated,
  };
}

import { displayName } from '../../domain';
import type { ChainCoverage, ChiefGaps, ChiefRegion, ChiefView, GapMap } from '../../domain/answers';
import { gapKey } from '../../domain/result-keys';
import type { JobQueue } from '../../jobs/job-queue';
import { AppError } from '../../shared/app-error';
import type { GraphNode } from '../../store/graph-store';
import { readRecord } from '../records/stored-record';
import type { UseCaseContext } from '../use-case-context';
import { chainReach, step, type ChainReach } from './chain-reach';

/** Open problems unchanged this long are stalled (久攻未决). */
export const STALLED_DAYS = 30;
/** How many gaps and leads a region's summary keeps. */
const TOP = 5;

const OPEN_PROBLEM = new Set(['published', 'claimed', 'in_progress']);
const CLOSED_REQUEST = new Set(['resolved', 'closed']);

export interface ChiefViewDeps {
  /** Queues the gaps job of a region with no stored map yet (the API); absent: it is only said. */
  jobs?: JobQueue;
  /** Party coverage per chain over these regions (null: everywhere), as the coverage route answers it. */
  coverage: (regionIds: string[]) => Promise<ChainCoverage[]>;
  /**
   * Computes a region's gap map when none is stored and no job can be queued (the command line,
   * as `redchain gaps` does); absent: the view says it is being computed.
   */
  computeGaps?: (chainId: string, regionId: string) => Promise<GapMap>;
}

type ViewContext = Pick<UseCaseContext, 'store' | 'scopes' | 'caller' | 'now'>;

/**
 * 链长视图: a chain across regions, each with its chiefs, its stored gap map in short, the open
 * problems and requests of the chain's enterprises there, and party coverage. The regions are
 * those the chain has a chief or a chain master in (or only `regionId`), within the caller's scope.
 * Nothing is recomputed: gap maps are the gaps job's stored runs.
 * @example chiefView(ctx, deps, 'chain-ship', { regionId: 'region-zj-hitech' })
 */
export async function chiefView(
  ctx: ViewContext,
  deps: ChiefViewDeps,
  chainId: string,
  { regionId }: { regionId?: string | undefined } = {},
): Promise<ChiefView> {
  const chain = await readRecord(ctx.store, 'Chain', chainId);
  if (regionId) {
    await ctx.scopes.check(ctx.caller, [regionId], `region '${regionId}'`);
    if (!(await ctx.store.getNode('Region', regionId))) throw AppError.notFound(`Region '${regionId}'`);
  }
  const chiefs = await step(ctx.store, 'Chain', [chainId], 'CHIEF_OF', 'in', 'Person');
  const masters = await step(ctx.store, 'Chain', [chainId], 'CHAIN_MASTER_OF', 'in', 'Enterprise');
  const scope = await ctx.scopes.of(ctx.caller);
  const named = [...chiefs.edges, ...masters.edges].map((e) => String(e.props['regionId']));
  let regionIds = regionId ? [regionId] : [...new Set(named)].filter((id) => scope === null || scope.has(id));
  if (regionIds.length === 0 && ctx.caller.regionId) regionIds = [ctx.caller.regionId];
  const regions = (await Promise.all(regionIds.map((id) => ctx.store.getNode('Region', id)))).filter(
    (r): r is GraphNode => r !== null,
  );
  const reach = await chainReach(ctx.store, chainId);
  const people = new Map(chiefs.nodes.map((n) => [n.id, n]));
  const now = ctx.now();
  const views = await Promise.all(
    regions.map(async (region): Promise<ChiefRegion> => {
      const within = await ctx.scopes.within(region.id);
      const chiefsHere = chiefs.edges
        .filter((e) => e.props['regionId'] === region.id)
        .map((e) => people.get(e.from.id)!)
        .map((p) => ({ id: p.id, name: displayName(p.props), title: (p.props['title'] as string) ?? null }));
      const coverage = (await deps.coverage([...within])).find((c) => c.chainId === chainId);
      return {
        region: { id: region.id, name: displayName(region.props) },
        chiefs: chiefsHere,
        gaps: await gapsOf(ctx, deps, chainId, region.id),
        problems: problemsIn(reach, within, now),
        requests: requestsIn(reach, within, now),
        coverage: {
          enterprises: coverage?.enterprises ?? 0,
          covered: coverage?.covered ?? 0,
          coverage: coverage?.coverage ?? 0,
          partyOrgs: coverage?.partyOrgs ?? 0,
          instructors: coverage?.instructors ?? 0,
          pairings: coverage?.pairings ?? 0,
        },
      };
    }),
  );
  views.sort((a, b) => a.region.name.localeCompare(b.region.name, 'zh'));
  return { chain: { id: chain.id, name: chain.name }, asOf: now.toISOString(), regions: views };
}

/** The stored gap map in short: counts, the worst gaps, the best leads; or the job computing it. */
async function gapsOf(ctx: ViewContext, deps: ChiefViewDeps, chainId: string, regionId: string): Promise<ChiefGaps> {
  const read = await ctx.store.readReport('gap_map', gapKey(chainId, regionId));
  const stored =
    read ??
    (deps.computeGaps && !deps.jobs
      ? { computedAt: ctx.now().toISOString(), payload: await deps.computeGaps(chainId, regionId) }
      : null);
  if (!stored) {
    const [jobId] = deps.jobs ? await deps.jobs.add([{ name: 'gaps.map', payload: { chainId, regionId } }]) : [];
    return { status: 'computing', jobId: jobId ?? null };
  }
  const { map, leads } = stored.payload as GapMap;
  const counts = { missing: 0, weak: 0, ok: 0, strong: 0 };
  for (const s of map.segments) counts[s.status] += 1;
  const order = { missing: 0, weak: 1, ok: 2, strong: 3 };
  const gaps = map.segments
    .filter((s) => s.status === 'missing' || s.status === 'weak')
    .sort((a, b) => order[a.status] - order[b.status] || b.demand.length - a.demand.length)
    .slice(0, TOP)
    .map((s) => ({ id: s.segmentId, name: s.name, stage: s.stage, status: s.status, demand: s.demand.length }));
  return {
    status: 'ready',
    computedAt: stored.computedAt,
    counts,
    gaps,
    leads: leads.slice(0, TOP).map((l) => ({
      id: l.enterpriseId,
      name: l.name,
      score: l.score,
      segments: l.segments.map((s) => s.name),
    })),
  };
}

const inRegion = (regions: readonly string[], within: ReadonlySet<string>) => regions.some((r) => within.has(r));
const dateOf = (value: unknown) => (typeof value === 'string' ? value : null);

function problemsIn(reach: ChainReach, within: ReadonlySet<string>, now: Date): ChiefRegion['problems'] {
  const stalledBefore = now.getTime() - STALLED_DAYS * 86_400_000;
  return reach.problems
    .filter((p) => OPEN_PROBLEM.has(String(p.node.props['status'])) && inRegion(p.regions, within))
    .map(({ node, postedBy }) => {
      const deadline = dateOf(node.props['deadline']);
      const updated = Date.parse(String(node.props['updatedAt']));
      return {
        id: node.id,
        name: displayName(node.props),
        status: String(node.props['status']),
        deadline,
        postedBy,
        stalled: (deadline !== null && Date.parse(deadline) < now.getTime()) || updated < stalledBefore,
      };
    })
    .sort((a, b) => Number(b.stalled) - Number(a.stalled) || a.id.localeCompare(b.id));
}

function requestsIn(reach: ChainReach, within: ReadonlySet<string>, now: Date): ChiefRegion['requests'] {
  const seen = new Set<string>();
  return reach.requests
    .filter(({ node, raisedBy }) => {
      if (seen.has(node.id) || CLOSED_REQUEST.has(String(node.props['status']))) return false;
      seen.add(node.id);
      return inRegion(reach.regionsOf.get(raisedBy) ?? [], within);
    })
    .map(({ node, raisedBy }) => {
      const dueAt = dateOf(node.props['dueAt']);
      return {
        id: node.id,
        name: displayName(node.props),
        status: String(node.props['status']),
        dueAt,
        raisedBy: displayName(reach.enterprises.get(raisedBy)?.props ?? { id: raisedBy }),
        overdue: dueAt !== null && Date.parse(dueAt) < now.getTime(),
      };
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueAt ?? '~').localeCompare(b.dueAt ?? '~'));
}

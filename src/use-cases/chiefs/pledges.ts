import type { z } from 'zod';
import { displayName } from '../../domain';
import type { PledgeItem } from '../../domain/answers';
import type { UndertakingStatus } from '../../domain/chief.schema';
import type { BundlePledge } from '../../ingest/bundle.schema';
import { AppError } from '../../shared/app-error';
import type { GraphNode } from '../../store/graph-store';
import { createRecord } from '../records/create-record';
import type { UseCaseContext } from '../use-case-context';
import { step } from './chain-reach';
import { setStatus } from './joint-meetings';

/** 十件实事 of a region (and below) and chain, within the caller's region: by year, then due date. */
export async function listPledges(
  ctx: UseCaseContext,
  query: { chain?: string | undefined; region?: string | undefined; year?: number | undefined },
): Promise<{ items: PledgeItem[]; done: number }> {
  if (query.region) await ctx.scopes.check(ctx.caller, [query.region], `region '${query.region}'`);
  const page = await ctx.store.listNodes('Pledge', {
    limit: 1000,
    ...(query.year ? { where: { year: query.year } } : {}),
    ...(query.chain
      ? { related: { type: 'PLEDGED_FOR', direction: 'out', node: { kind: 'Chain', id: query.chain } } }
      : {}),
  });
  const scope = await ctx.scopes.of(ctx.caller);
  const within = query.region ? await ctx.scopes.within(query.region) : null;
  const items = (await pledgeItems(ctx, page.items)).filter(
    (p) =>
      (scope === null || (p.region && scope.has(p.region.id))) && (!within || (p.region && within.has(p.region.id))),
  );
  items.sort(
    (a, b) => b.year - a.year || (a.dueDate ?? '~').localeCompare(b.dueDate ?? '~') || a.id.localeCompare(b.id),
  );
  return { items, done: items.filter((p) => p.status === 'done').length };
}

export async function pledge(ctx: UseCaseContext, record: z.infer<typeof BundlePledge>): Promise<PledgeItem> {
  return createRecord(
    ctx,
    {
      kind: 'Pledge',
      section: 'pledges',
      action: 'pledge.create',
      read: async (ctx, id) => (await pledgeItems(ctx, [(await ctx.store.getNode('Pledge', id))!]))[0]!,
    },
    record,
  );
}

/** Moves a pledged item (and says how far it got); 404 unknown, 403 when it lies outside the caller's region. */
export async function movePledge(
  ctx: UseCaseContext,
  id: string,
  change: { status: UndertakingStatus; progress?: string | undefined },
): Promise<PledgeItem> {
  const node = await ctx.store.getNode('Pledge', id);
  if (!node) throw AppError.notFound(`Pledge '${id}'`);
  const regions = (await step(ctx.store, 'Pledge', [id], 'PLEDGED_IN', 'out', 'Region')).nodes.map((r) => r.id);
  await ctx.scopes.check(ctx.caller, regions, `pledge '${id}'`);
  const after = await setStatus(
    ctx,
    node,
    change.status,
    'pledge.status',
    change.progress === undefined ? {} : { progress: change.progress },
  );
  return (await pledgeItems(ctx, [after]))[0]!;
}

async function pledgeItems(ctx: Pick<UseCaseContext, 'store' | 'now'>, pledges: GraphNode[]): Promise<PledgeItem[]> {
  const ids = pledges.map((p) => p.id);
  const ends = async (type: 'PLEDGED_FOR' | 'PLEDGED_IN', kind: 'Chain' | 'Region') => {
    const found = await step(ctx.store, 'Pledge', ids, type, 'out', kind);
    const nodes = new Map(found.nodes.map((n) => [n.id, n]));
    return new Map(found.edges.map((e) => [e.from.id, nodes.get(e.to.id)!]));
  };
  const [chains, regions] = await Promise.all([ends('PLEDGED_FOR', 'Chain'), ends('PLEDGED_IN', 'Region')]);
  const now = ctx.now().getTime();
  const named = (n: GraphNode | undefined) => (n ? { id: n.id, name: displayName(n.props) } : null);
  return pledges.map((node) => {
    const p = node.props as Record<string, unknown>;
    const status = p['status'] as UndertakingStatus;
    const dueDate = (p['dueDate'] as string | undefined) ?? null;
    return {
      id: node.id,
      title: String(p['title']),
      year: Number(p['year']),
      owner: String(p['owner']),
      dueDate,
      status,
      target: (p['target'] as string | undefined) ?? null,
      targetYuan: (p['targetYuan'] as number | undefined) ?? null,
      progress: String(p['progress'] ?? ''),
      doneAt: (p['doneAt'] as string | undefined) ?? null,
      overdue: dueDate !== null && status !== 'done' && status !== 'dropped' && Date.parse(dueDate) < now - 86_400_000,
      source: (p['source'] as string | undefined) ?? null,
      synthetic: p['synthetic'] === true,
      chain: named(chains.get(node.id)),
      region: named(regions.get(node.id)),
    };
  });
}

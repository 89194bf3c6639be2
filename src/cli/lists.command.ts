import { RegionScopes } from '../access/region-scope';
import { RequestKinds } from '../domain/enums';
import { ProjectStatuses, ResourceKinds } from '../domain/lists.schema';
import { listNeeds, listProjects, listResources, resourcesOfNeed } from '../use-cases/lists/lists';
import type { CommandContext } from './command-context';
import { toldBy } from './match.commands';
import { idFor } from './name-lookup';
import { sourceLabel } from './source-label';

export interface ListsOptions {
  chain?: string | undefined;
  region?: string | undefined;
  limit: number;
  json: boolean;
}

/**
 * `redchain lists [--chain X] [--region Y]`: the three lists (3张清单) of a chain and region — the
 * enterprises' needs, each open one with the departments' resources that fit it, the resources
 * and the action projects with their progress — as GET /lists/… answer them. Chains and regions
 * by id or name.
 */
export async function listsCommand(ctx: CommandContext, options: ListsOptions): Promise<void> {
  const told = toldBy(ctx, options);
  const query = {
    chain: options.chain ? await idFor(ctx.store, 'Chain', options.chain, told) : undefined,
    region: options.region ? await idFor(ctx.store, 'Region', options.region, told) : undefined,
  };
  const use = {
    store: ctx.store,
    scopes: new RegionScopes(ctx.store),
    caller: { keyId: 'cli', name: 'redchain', role: 'admin' as const, regionId: null },
    audit: async () => {},
    now: () => new Date(),
  };
  const needs = await listNeeds(use, query);
  const matches = [];
  for (const need of needs.items.filter((n) => n.open))
    matches.push(await resourcesOfNeed(use, need.id, { source: need.source, limit: options.limit }));
  const resources = await listResources(use, query);
  const projects = await listProjects(use, query);
  if (options.json) return ctx.out(JSON.stringify({ needs, matches, resources, projects }, null, 2));

  ctx.out(`需求清单（${needs.items.length} 项，未办结 ${needs.open} 项）`);
  if (needs.items.length === 0) ctx.out('  无');
  for (const need of needs.items) {
    const state = need.open ? '待对接' : '已办结';
    ctx.out(`  · ${need.enterprise.name}：${need.title}（${RequestKinds.zh[need.category]}，${state}）`);
    const found = matches.find((m) => m.need.id === need.id && m.need.source === need.source);
    if (!found) continue;
    if (found.candidates.length === 0) ctx.out('      匹配资源：无');
    found.candidates.forEach((c, i) =>
      ctx.out(
        `      ${i + 1}. ${c.resource.name}（${c.resource.department.name}）  ${c.score.toFixed(3)}  ${c.reasons.zh.join('；')}`,
      ),
    );
  }
  ctx.out(`资源清单（${resources.items.length} 项）`);
  if (resources.items.length === 0) ctx.out('  无');
  for (const r of resources.items)
    ctx.out(
      `  · ${r.name}（${ResourceKinds.zh[r.kind]}，${r.department.name}${r.source ? `，来源：${sourceLabel(r.source)}` : ''}）`,
    );
  ctx.out(
    `项目清单（${projects.items.length} 项，已完成 ${projects.done} 项，逾期 ${projects.overdue} 项，平均进度 ${projects.meanProgress}%）`,
  );
  if (projects.items.length === 0) ctx.out('  无');
  for (const p of projects.items)
    ctx.out(
      `  · ${p.name}  ${p.progress}%（${ProjectStatuses.zh[p.status]}${p.overdue ? '，已逾期' : ''}）${p.dueDate ? `  截止 ${p.dueDate.slice(0, 10)}` : ''}`,
    );
}

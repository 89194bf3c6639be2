import { RegionScopes } from '../access/region-scope';
import { ProblemStatuses, RequestStatuses, type ProblemStatus, type RequestStatus } from '../domain';
import { UndertakingStatuses } from '../domain/chief.schema';
import { partyCoverage } from '../match/coverage/party-coverage';
import { findLeads } from '../match/gaps/leads';
import { projectScope } from '../projection/project-scope';
import { chiefView } from '../use-cases/chiefs/chief-view';
import { listJointMeetings } from '../use-cases/chiefs/joint-meetings';
import { listPledges } from '../use-cases/chiefs/pledges';
import type { UseCaseContext } from '../use-cases/use-case-context';
import type { CommandContext } from './command-context';
import { toldBy } from './match.commands';
import { idFor } from './name-lookup';

export interface ChiefOptions {
  region?: string;
  json: boolean;
}

const SEGMENT = { missing: '缺失', weak: '薄弱', ok: '良好', strong: '强' } as const;
const pct = (share: number) => `${Math.round(share * 100)}%`;
const list = (names: string[]) => (names.length === 0 ? '无' : names.join('、'));

/**
 * 链长视图 from the command line: a chain across the regions it has a chief or chain master in (or
 * one region), each with its chiefs, gap map in short, open problems and requests and party
 * coverage; then the chain's joint meetings' open decisions and its pledged items (十件实事). As
 * GET /chains/:id/chief-view, /joint-meetings and /pledges answer them; JSON with --json.
 */
export async function chiefCommand(ctx: CommandContext, chain: string, options: ChiefOptions): Promise<void> {
  const told = toldBy(ctx, options);
  const chainId = await idFor(ctx.store, 'Chain', chain, told);
  const regionId = options.region ? await idFor(ctx.store, 'Region', options.region, told) : undefined;
  const use: UseCaseContext = {
    store: ctx.store,
    scopes: new RegionScopes(ctx.store),
    caller: { keyId: 'cli', name: 'redchain', role: 'admin', regionId: null },
    audit: async () => {},
    now: () => new Date(),
  };
  const graph = await projectScope(ctx.store, {});
  const view = await chiefView(
    use,
    {
      coverage: async (ids) => partyCoverage(graph, new Set(ids)),
      // no stored map on the command line's store: computed here as `redchain gaps` computes it
      computeGaps: async (chain, region) =>
        findLeads(await projectScope(ctx.store, { regionId: region, chainIds: [chain] }), chain, region),
    },
    chainId,
    { regionId },
  );
  const { items: meetings } = await listJointMeetings(use, { chain: chainId, region: regionId });
  const pledges = await listPledges(use, { chain: chainId, region: regionId });
  if (options.json) return ctx.out(JSON.stringify({ view, meetings, pledges }, null, 2));

  ctx.out(`${view.chain.name} 链长视图`);
  if (view.regions.length === 0) ctx.out('  该产业链尚无链长或链主企业（可用 --region 指定地区）');
  for (const r of view.regions) {
    const chiefs = r.chiefs.map((c) => (c.title ? `${c.name}（${c.title}）` : c.name));
    ctx.out(`${r.region.name}  链长：${list(chiefs)}`);
    if (r.gaps.status === 'ready') {
      const c = r.gaps.counts;
      ctx.out(`  招商图谱：缺失 ${c.missing} · 薄弱 ${c.weak} · 良好 ${c.ok} · 强 ${c.strong}`);
      ctx.out(
        `  补链缺口：${list(r.gaps.gaps.map((g) => `${g.name}（${SEGMENT[g.status]}，本地需求${g.demand}家）`))}`,
      );
      ctx.out(`  招商线索：${list(r.gaps.leads.map((l) => l.name))}`);
    } else ctx.out('  招商图谱：正在计算');
    const stalled = r.problems.filter((p) => p.stalled).length;
    ctx.out(`  在办难题 ${r.problems.length} 项（久攻未决 ${stalled}）`);
    for (const p of r.problems.slice(0, 5))
      ctx.out(
        `    - ${p.name}（${p.postedBy ?? '—'}，${ProblemStatuses.zh[p.status as ProblemStatus] ?? p.status}${p.stalled ? '，久攻未决' : ''}）`,
      );
    const overdue = r.requests.filter((q) => q.overdue).length;
    ctx.out(`  在办诉求 ${r.requests.length} 件（超期 ${overdue}）`);
    for (const q of r.requests.slice(0, 5))
      ctx.out(
        `    - ${q.name}（${q.raisedBy ?? '—'}，${RequestStatuses.zh[q.status as RequestStatus] ?? q.status}${q.overdue ? `，已超期，应于${q.dueAt!.slice(0, 10)}办结` : ''}）`,
      );
    const cov = r.coverage;
    ctx.out(
      `  党建覆盖：链上企业 ${cov.enterprises} 家，党组织覆盖 ${cov.covered} 家（${pct(cov.coverage)}），党组织 ${cov.partyOrgs} 个，党建指导员 ${cov.instructors} 名，结对共建 ${cov.pairings} 对`,
    );
  }
  const open = meetings.flatMap((m) =>
    m.decisions.filter((d) => d.status !== 'done' && d.status !== 'dropped').map((d) => ({ m, d })),
  );
  ctx.out(`联席会议 ${meetings.length} 次，待办决定 ${open.length} 项`);
  for (const { m, d } of open)
    ctx.out(
      `  - ${d.text}（${d.owner}，${d.dueDate.slice(0, 10)}前，${UndertakingStatuses.zh[d.status]}${d.overdue ? '，已超期' : ''}；${m.date.slice(0, 10)} ${m.title}）`,
    );
  ctx.out(`十件实事 ${pledges.items.length} 项，已办结 ${pledges.done} 项`);
  for (const p of pledges.items)
    ctx.out(
      `  - ${p.year}年 ${p.title}（${p.owner}${p.dueDate ? `，${p.dueDate.slice(0, 10)}前` : ''}，${UndertakingStatuses.zh[p.status]}${p.overdue ? '，已超期' : ''}）${p.source?.startsWith('article:') ? `  来源：${p.source}` : ''}`,
    );
}

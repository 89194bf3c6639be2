import { chainExtension, findLeads } from '../match/gaps/leads';
import { findPartners, type Direction } from '../match/partners/find-partners';
import { proposeConsortium } from '../match/tackling/consortium';
import { TacklingIndex } from '../match/tackling/tackling-index';
import { projectScope } from '../projection/project-scope';
import type { CommandContext } from './command-context';
import { noExpertsBecause, noInstitutionsBecause, noLeadsBecause, noPartnersBecause } from './empty-lists';
import { idFor } from './name-lookup';

/**
 * The engines from the command line: each takes an id or a name (name-lookup.ts), projects what
 * it needs from the configured store and prints the ranked answer with its reasons, in Chinese
 * (an empty list says why), or as JSON with --json.
 */
export async function partnersCommand(
  ctx: CommandContext,
  enterprise: string,
  options: { direction: Direction; limit: number; json: boolean },
): Promise<void> {
  const enterpriseId = await idFor(ctx.store, 'Enterprise', enterprise, toldBy(ctx, options));
  const graph = await projectScope(ctx.store, {});
  const result = findPartners(graph, { enterpriseId, direction: options.direction, limit: options.limit });
  if (options.json) return ctx.out(JSON.stringify(result, null, 2));
  const heading = `${result.enterprise.name} 的${options.direction === 'upstream' ? '上游' : '下游'}配套候选：`;
  if (result.candidates.length === 0) ctx.out(`${heading}无（${noPartnersBecause(graph, result, options.direction)}）`);
  else ctx.out(heading);
  result.candidates.forEach((c, i) =>
    ctx.out(`${i + 1}. ${c.name}  ${c.score.toFixed(3)}\n   ${c.reasons.zh.join('；')}`),
  );
  for (const c of result.existing) ctx.out(`已有供应关系：${c.name}`);
}

export async function tackleCommand(
  ctx: CommandContext,
  problem: string,
  options: { limit: number; json: boolean },
): Promise<void> {
  const problemId = await idFor(ctx.store, 'Problem', problem, toldBy(ctx, options));
  const graph = await projectScope(ctx.store, {});
  const result = new TacklingIndex(graph).rank(problemId, { limit: options.limit });
  const consortium = proposeConsortium(result);
  if (options.json) return ctx.out(JSON.stringify({ ...result, consortium }, null, 2));
  ctx.out(`难题「${result.problem.title}」 所需技能：${result.problem.skills.join('、') || '（未列明）'}`);
  const institutions = result.institutions.slice(0, options.limit);
  ctx.out(`候选机构：${institutions.length === 0 ? `无（${noInstitutionsBecause(graph)}）` : ''}`);
  institutions.forEach((c, i) => ctx.out(`${i + 1}. ${c.name}  ${c.score.toFixed(3)}  ${c.reasons.zh.join('；')}`));
  ctx.out(`候选专家：${result.experts.length === 0 ? `无（${noExpertsBecause(graph, result)}）` : ''}`);
  result.experts.forEach((c, i) =>
    ctx.out(`${i + 1}. ${c.name}（${c.employer ?? '单位不详'}）  ${c.score.toFixed(3)}  ${c.reasons.zh.join('；')}`),
  );
  if (consortium.members.length > 0)
    ctx.out(
      `建议攻关联合体：${consortium.members.map((m) => m.name).join('、')}${consortium.uncovered.length ? `（尚缺：${consortium.uncovered.join('、')}）` : ''}`,
    );
}

export async function gapsCommand(
  ctx: CommandContext,
  chain: string,
  options: { region: string; limit: number; json: boolean },
): Promise<void> {
  const chainId = await idFor(ctx.store, 'Chain', chain, toldBy(ctx, options));
  const regionId = await idFor(ctx.store, 'Region', options.region, toldBy(ctx, options));
  const graph = await projectScope(ctx.store, { regionId, chainIds: [chainId] });
  const { map, leads } = findLeads(graph, chainId, regionId, { limit: options.limit });
  const whole = await projectScope(ctx.store, {});
  const extension = chainExtension(whole, chainId, regionId).links;
  if (options.json) return ctx.out(JSON.stringify({ map, leads, extension }, null, 2));
  const label = { missing: '缺失', weak: '薄弱', ok: '良好', strong: '强' } as const;
  ctx.out(`${map.region.name} · ${map.chain.name} 招商图谱（${map.rule.zh}）`);
  for (const s of map.segments) {
    const spof = s.singlePointOfFailure ? `  单点风险：仅${s.singlePointOfFailure.producerName}` : '';
    ctx.out(`- ${s.name}：${label[s.status]}，本地企业${s.producers.length}家，本地需求${s.demand.length}家${spof}`);
  }
  ctx.out(`招商线索：${leads.length === 0 ? `无（${noLeadsBecause(map)}）` : ''}`);
  leads.forEach((l, i) => ctx.out(`${i + 1}. ${l.name}  ${l.score.toFixed(3)}  ${l.reasons.zh.join('；')}`));
  ctx.out(`延链方向：${extension.length === 0 ? '无（本链环节与其他产业链之间没有供给关系）' : ''}`);
  for (const e of extension) {
    const tie =
      e.direction === 'downstream' ? `${e.segment.name} → ${e.other.name}` : `${e.other.name} → ${e.segment.name}`;
    ctx.out(
      `- ${tie}（${e.otherChain.name}，${e.direction === 'downstream' ? '向下游' : '向上游'}）：${e.reasons.zh.slice(1).join('；')}`,
    );
  }
}

/** Where a command says which node a name settled on: with the answer, or apart from printed JSON. */
export function toldBy(ctx: CommandContext, options: { json: boolean }): (line: string) => void {
  return options.json ? ctx.note : ctx.out;
}

import { extensionCandidates, findLeads } from '../match/gaps/leads';
import { findPartners, type Direction } from '../match/partners/find-partners';
import { proposeConsortium } from '../match/tackling/consortium';
import { TacklingIndex } from '../match/tackling/tackling-index';
import { projectScope } from '../projection/project-scope';
import type { CommandContext } from './command-context';

/**
 * The engines from the command line, until the API serves them: each projects what it needs
 * from the configured store and prints the ranked answer with its reasons, in Chinese, or as
 * JSON with --json.
 */
export async function partnersCommand(
  ctx: CommandContext,
  enterpriseId: string,
  options: { direction: Direction; limit: number; json: boolean },
): Promise<void> {
  const graph = await projectScope(ctx.store, {});
  const result = findPartners(graph, { enterpriseId, direction: options.direction, limit: options.limit });
  if (options.json) return ctx.out(JSON.stringify(result, null, 2));
  ctx.out(`${result.enterprise.name} 的${options.direction === 'upstream' ? '上游' : '下游'}配套候选：`);
  result.candidates.forEach((c, i) =>
    ctx.out(`${i + 1}. ${c.name}  ${c.score.toFixed(3)}\n   ${c.reasons.zh.join('；')}`),
  );
  for (const c of result.existing) ctx.out(`已有供应关系：${c.name}`);
}

export async function tackleCommand(
  ctx: CommandContext,
  problemId: string,
  options: { limit: number; json: boolean },
): Promise<void> {
  const index = new TacklingIndex(await projectScope(ctx.store, {}));
  const result = index.rank(problemId, { limit: options.limit });
  const consortium = proposeConsortium(result);
  if (options.json) return ctx.out(JSON.stringify({ ...result, consortium }, null, 2));
  ctx.out(`难题「${result.problem.title}」 所需技能：${result.problem.skills.join('、') || '（未列明）'}`);
  ctx.out('候选机构：');
  result.institutions
    .slice(0, options.limit)
    .forEach((c, i) => ctx.out(`${i + 1}. ${c.name}  ${c.score.toFixed(3)}  ${c.reasons.zh.join('；')}`));
  ctx.out('候选专家：');
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
  chainId: string,
  options: { region: string; limit: number; json: boolean },
): Promise<void> {
  const graph = await projectScope(ctx.store, { regionId: options.region, chainIds: [chainId] });
  const { map, leads } = findLeads(graph, chainId, options.region, { limit: options.limit });
  const whole = await projectScope(ctx.store, {});
  const extension = extensionCandidates(whole, chainId);
  if (options.json) return ctx.out(JSON.stringify({ map, leads, extension }, null, 2));
  const label = { missing: '缺失', weak: '薄弱', ok: '良好', strong: '强' } as const;
  ctx.out(`${map.region.name} · ${map.chain.name} 招商图谱（${map.rule.zh}）`);
  for (const s of map.segments) {
    const spof = s.singlePointOfFailure ? `  单点风险：仅${s.singlePointOfFailure.producerName}` : '';
    ctx.out(`- ${s.name}：${label[s.status]}，本地企业${s.producers.length}家，本地需求${s.demand.length}家${spof}`);
  }
  ctx.out('招商线索：');
  leads.forEach((l, i) => ctx.out(`${i + 1}. ${l.name}  ${l.score.toFixed(3)}  ${l.reasons.zh.join('；')}`));
  if (extension.length > 0)
    ctx.out(`延链方向：${extension.map((e) => `${e.from} → ${e.name}（${e.chain}）`).join('；')}`);
}

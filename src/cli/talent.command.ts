import { TalentLevels, TalentNeedStatuses, type TalentLevel, type TalentNeedStatus } from '../domain/talent-enums';
import { planJobFair } from '../match/talent/job-fair';
import { talentCandidates } from '../match/talent/talent-candidates';
import { talentCatalogue } from '../match/talent/talent-catalogue';
import { projectScope } from '../projection/project-scope';
import type { CommandContext } from './command-context';
import { toldBy } from './match.commands';
import { idFor } from './name-lookup';
import { sourceLabel } from './source-label';

export interface TalentOptions {
  region?: string;
  need?: string;
  fair: boolean;
  json: boolean;
}

/**
 * 人才引育 from the command line: a chain's scarce-talent catalogue (急需紧缺人才目录) in a region or
 * everywhere, its needs, and on request a need's candidates (--need) or the job fair plan (--fair),
 * in Chinese, or as JSON.
 */
export async function talentCommand(ctx: CommandContext, chain: string, options: TalentOptions): Promise<void> {
  const told = toldBy(ctx, options);
  const chainId = await idFor(ctx.store, 'Chain', chain, told);
  const regionId = options.region ? await idFor(ctx.store, 'Region', options.region, told) : null;
  const graph = await projectScope(ctx.store, {});
  const asOf = new Date().toISOString().slice(0, 10);
  if (options.need) {
    const needId = await idFor(ctx.store, 'TalentNeed', options.need, told);
    const result = talentCandidates(graph, needId, { asOf });
    if (options.json) return ctx.out(JSON.stringify(result, null, 2));
    ctx.out(
      `「${result.need.title}」（${result.need.enterprise.name}）推荐人选：${result.candidates.length ? '' : '无'}`,
    );
    result.candidates.forEach((c) =>
      ctx.out(`${c.rank}. ${c.person.name}  ${c.score.toFixed(3)}\n   ${c.reasons.zh.join('；')}`),
    );
    return;
  }
  if (options.fair) {
    const plan = planJobFair(graph, chainId, regionId, asOf);
    if (options.json) return ctx.out(JSON.stringify(plan, null, 2));
    ctx.out(
      `${plan.region?.name ?? '全部地区'} · ${plan.chain.name} 链上专场招聘会：${plan.interviews}场面试，${plan.candidatesInvited}位人选`,
    );
    for (const booth of plan.booths)
      for (const need of booth.needs)
        ctx.out(
          `- ${booth.enterprise.name}「${need.need.name}」：${need.interviews.map((i) => i.person.name).join('、') || '暂无人选'}`,
        );
    return;
  }
  const catalogue = talentCatalogue(graph, chainId, regionId, asOf);
  if (options.json) return ctx.out(JSON.stringify(catalogue, null, 2));
  const median = catalogue.filled.medianDaysToFill;
  ctx.out(
    `${catalogue.region?.name ?? '全部地区'} · ${catalogue.chain.name} 急需紧缺人才目录（${asOf}）：招聘中${catalogue.openNeeds}项、${catalogue.headcount}人；已到岗${catalogue.filled.needs}项${median === null ? '' : `，到岗用时中位数${median}天`}`,
  );
  catalogue.entries.forEach((e, i) =>
    ctx.out(
      `${i + 1}. ${e.role}（${TalentLevels.zh[e.level as TalentLevel] ?? e.level}）${e.headcount}人，${e.enterprises.map((x) => x.name).join('、')}；技能：${e.skills.map((s) => s.skill).join('、') || '未列明'}；最长空缺${e.longestOpenDays}天`,
    ),
  );
  for (const n of catalogue.needs)
    ctx.out(
      `- ${n.title} · ${n.enterprise.name} · ${TalentNeedStatuses.zh[n.status as TalentNeedStatus] ?? n.status} · 发布${n.postedAt.slice(0, 10)} · ${n.status === 'filled' ? '用时' : '已空缺'}${n.daysOpen}天${n.source ? ` · 来源 ${sourceLabel(n.source)}` : ''}`,
    );
}

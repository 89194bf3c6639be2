import { FinancingKinds } from '../domain/finance.schema';
import { productsForNeed } from '../match/finance';
import { yuanZh } from '../match/finance/finance-reasons';
import { readFinanceCatalogue } from '../use-cases/finance/finance-catalogue';
import type { CommandContext } from './command-context';
import { toldBy } from './match.commands';
import { idFor } from './name-lookup';

/**
 * 银企对接 from the command line: an enterprise's financing needs (by id or name), each with the
 * banks' and funds' products that fit it, best first, and the reasons; JSON with --json.
 */
export async function financeCommand(
  ctx: CommandContext,
  enterprise: string,
  options: { limit: number; json: boolean },
): Promise<void> {
  const enterpriseId = await idFor(ctx.store, 'Enterprise', enterprise, toldBy(ctx, options));
  const catalogue = await readFinanceCatalogue(ctx.store);
  const chainName = (id: string) => catalogue.names.get(`Chain:${id}`) ?? id;
  const needs = catalogue.needs.filter((n) => n.enterprise.id === enterpriseId);
  const answers = needs.map((need) => ({
    need,
    candidates: productsForNeed(need, catalogue.products, {
      limit: options.limit,
      signings: catalogue.signings,
      chainName,
    }),
  }));
  if (options.json) return ctx.out(JSON.stringify(answers, null, 2));
  const byId = new Map(catalogue.products.map((p) => [p.id, p]));
  if (needs.length === 0) ctx.out('该企业暂无融资需求');
  for (const { need, candidates } of answers) {
    ctx.out(`${need.enterprise.name}：${need.title}（${FinancingKinds.zh[need.kind]} ${yuanZh(need.amountYuan)}）`);
    if (candidates.length === 0)
      ctx.out(`  匹配的金融产品：无（没有提供${FinancingKinds.zh[need.kind]}、服务该企业所在地区的产品）`);
    candidates.forEach((c, i) => {
      const product = byId.get(c.productId)!;
      ctx.out(
        `  ${i + 1}. ${product.name}（${product.provider.name}）  ${c.score.toFixed(3)}\n     ${c.reasons.zh.join('；')}`,
      );
    });
  }
}

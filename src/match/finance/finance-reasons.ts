import { FinancingKinds } from '../../domain/finance.schema';
import { reasonList, type Reasons } from '../reasons';
import type { FinanceFacts } from './finance-fit';
import type { FinanceNeed, FinanceProduct } from './finance-inputs';

/** ¥ in 万元 for the Chinese reasons (1000万元), in millions for the English (¥10M). */
export function yuanZh(yuan: number): string {
  return yuan >= 10_000 ? `${+(yuan / 10_000).toFixed(2)}万元` : `${yuan}元`;
}
export function yuanEn(yuan: number): string {
  return yuan >= 1_000_000 ? `¥${+(yuan / 1_000_000).toFixed(2)}M` : `¥${yuan.toLocaleString('en')}`;
}

function range(p: FinanceProduct, say: (y: number) => string): string {
  const [min, max] = [p.minAmountYuan, p.maxAmountYuan];
  if (min !== undefined && max !== undefined) return `${say(min)}–${say(max)}`;
  return min !== undefined ? `≥ ${say(min)}` : `≤ ${say(max!)}`;
}

/**
 * Why a product is proposed for a need (or not well), one sentence per fact, in Chinese and in
 * English. `chainName` names a chain id for the sentence about shared chains.
 */
export function financeReasons(
  need: FinanceNeed,
  product: FinanceProduct,
  facts: FinanceFacts,
  chainName: (id: string) => string = (id) => id,
): Reasons {
  const r = reasonList();
  const kindZh = FinancingKinds.zh[need.kind];
  const kindEn = FinancingKinds.en[need.kind];
  if (facts.kind === 'same') r.say(`产品提供${kindZh}`, `offers ${kindEn}`);
  else if (facts.kind === 'related')
    r.say(
      `产品为相关类型（${product.kinds.map((k) => FinancingKinds.zh[k]).join('、')}），可助${kindZh}`,
      `a related kind (${product.kinds.map((k) => FinancingKinds.en[k]).join(', ')}) that helps ${kindEn}`,
    );
  const ask = { zh: yuanZh(need.amountYuan), en: yuanEn(need.amountYuan) };
  if (facts.amount === 'within')
    r.say(`需求${ask.zh}在额度${range(product, yuanZh)}内`, `${ask.en} asked is within ${range(product, yuanEn)}`);
  else if (facts.amount === 'above')
    r.say(
      `需求${ask.zh}高于额度上限${yuanZh(product.maxAmountYuan!)}`,
      `${ask.en} asked is above the ceiling of ${yuanEn(product.maxAmountYuan!)}`,
    );
  else if (facts.amount === 'below')
    r.say(
      `需求${ask.zh}低于起贷额${yuanZh(product.minAmountYuan!)}`,
      `${ask.en} asked is below the floor of ${yuanEn(product.minAmountYuan!)}`,
    );
  else r.say('产品未载明额度', 'the product states no amount range');
  if (facts.sector === 'chain') {
    const names = facts.sharedChains.map(chainName);
    r.say(`面向${names.join('、')}产业链`, `written for the ${names.join(', ')} chain`);
  } else if (facts.sector === 'industry')
    r.say(
      `适用行业含企业所属行业（${need.enterprise.industry}）`,
      `its industries include the enterprise's (${need.enterprise.industry})`,
    );
  else if (facts.sector === 'none') r.say('产品面向其他产业链或行业', 'written for other chains or industries');
  if (facts.region === 'own') r.say('服务企业所在地区', "serves the enterprise's region");
  if (facts.stage === 'fits') r.say('适用企业所处阶段', "fits the enterprise's stage");
  else if (facts.stage === 'none') r.say('不适用企业所处阶段', "not for the enterprise's stage");
  if (facts.signings > 0)
    r.say(
      `${product.provider.name}已与同链企业签约${facts.signings}笔`,
      `${product.provider.name} has signed ${facts.signings} with enterprises of the same chain`,
    );
  return r.list;
}

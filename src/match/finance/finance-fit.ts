import type { FinancingKind } from '../../domain/finance.schema';
import { FINANCE_DEFAULTS as D, type FinanceComponents, type FinanceNeed, type FinanceProduct } from './finance-inputs';
import type { SigningRecord } from './finance-inputs';

/** The facts one need–product pair is judged on; the reasons are rendered from them. */
export interface FinanceFacts {
  kind: 'same' | 'related' | 'none';
  amount: 'within' | 'below' | 'above' | 'unstated';
  sector: 'chain' | 'industry' | 'unstated' | 'none';
  region: 'own' | 'anywhere' | 'none';
  stage: 'fits' | 'unstated' | 'none' | 'unknown';
  /** Signings the provider has recorded with enterprises on the need's chains. */
  signings: number;
  /** The chains the product and the enterprise share (ids). */
  sharedChains: string[];
}

const RELATED: Record<FinancingKind, readonly FinancingKind[]> = {
  loan: ['guarantee'],
  guarantee: ['loan'],
  equity: [],
};

/** How well a product fits a need, component by component in [0, 1], with the facts behind each. */
export function judgeFit(
  need: FinanceNeed,
  product: FinanceProduct,
  signings: SigningRecord = new Map(),
): { components: FinanceComponents; facts: FinanceFacts } {
  const e = need.enterprise;
  const kind = product.kinds.includes(need.kind)
    ? 'same'
    : product.kinds.some((k) => RELATED[need.kind].includes(k))
      ? 'related'
      : 'none';
  const { min, max } = { min: product.minAmountYuan, max: product.maxAmountYuan };
  const amount =
    min === undefined && max === undefined
      ? 'unstated'
      : min !== undefined && need.amountYuan < min
        ? 'below'
        : max !== undefined && need.amountYuan > max
          ? 'above'
          : 'within';
  const sharedChains = product.chainIds.filter((c) => e.chainIds.includes(c));
  const industryFits = !!e.industry && product.industries.some((code) => industryMatches(e.industry!, code));
  const sector =
    sharedChains.length > 0
      ? 'chain'
      : industryFits
        ? 'industry'
        : product.chainIds.length === 0 && product.industries.length === 0
          ? 'unstated'
          : 'none';
  const region =
    product.regionIds.length === 0
      ? 'anywhere'
      : product.regionIds.some((r) => e.regionIds.includes(r))
        ? 'own'
        : 'none';
  const stage =
    product.stages.length === 0
      ? 'unstated'
      : need.stage === undefined
        ? 'unknown'
        : product.stages.includes(need.stage)
          ? 'fits'
          : 'none';
  const byProvider = signings.get(product.provider.id);
  const count = e.chainIds.reduce((n, c) => n + (byProvider?.get(c) ?? 0), 0);
  const components: FinanceComponents = {
    kind: kind === 'same' ? 1 : kind === 'related' ? D.relatedKind : 0,
    amount: amountFit(need.amountYuan, amount, min, max),
    sector: sector === 'none' ? 0 : sector === 'unstated' ? D.unstated : 1,
    region: region === 'own' ? 1 : region === 'anywhere' ? D.anywhere : 0,
    stage: stage === 'fits' ? 1 : stage === 'none' ? 0 : D.unstated,
    trust: Math.min(1, count / D.trustAt),
  };
  return { components, facts: { kind, amount, sector, region, stage, signings: count, sharedChains } };
}

/** Outside the range the fit falls with the ratio: ¥12M asked of a ¥10M ceiling is 0.83. */
function amountFit(asked: number, where: FinanceFacts['amount'], min?: number, max?: number): number {
  if (where === 'within') return 1;
  if (where === 'unstated') return D.unstated;
  return where === 'below' ? asked / min! : max! / asked;
}

/**
 * An industry code fits a product's code when it starts with it, letters aside: C3841 fits C38,
 * 3841 and C; a product's section letter alone (C: manufacturing) fits every code in it.
 */
export function industryMatches(enterpriseCode: string, productCode: string): boolean {
  const e = enterpriseCode.trim().toUpperCase();
  const p = productCode.trim().toUpperCase();
  if (/^[A-T]$/u.test(p)) return e.startsWith(p);
  return e.replace(/^[A-T]/u, '').startsWith(p.replace(/^[A-T]/u, ''));
}

/** The weighted total of the components, rounded to four places. */
export function totalScore(components: FinanceComponents): number {
  const w = D.weights;
  const sum = (Object.keys(w) as (keyof typeof w)[]).reduce((s, k) => s + w[k] * components[k], 0);
  return Math.round(sum * 10_000) / 10_000;
}

/** A pair is proposed only when the product gives the kind of money asked (or a related kind) where the enterprise is. */
export function eligible(facts: FinanceFacts): boolean {
  return facts.kind !== 'none' && facts.region !== 'none';
}

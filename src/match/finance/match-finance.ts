import { EngineError } from '../engine-error';
import type { Reasons } from '../reasons';
import { eligible, judgeFit, totalScore } from './finance-fit';
import { financeReasons } from './finance-reasons';
import {
  FINANCE_DEFAULTS,
  type FinanceComponents,
  type FinanceNeed,
  type FinanceProduct,
  type SigningRecord,
} from './finance-inputs';

/** One proposed pair: a need and a product, scored, with the components and the reasons. */
export interface FinanceMatch {
  needId: string;
  productId: string;
  score: number;
  rank: number;
  components: FinanceComponents;
  reasons: Reasons;
}

export interface FinanceOptions {
  limit?: number;
  signings?: SigningRecord;
  chainName?: (id: string) => string;
}

function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw EngineError.badArgument('limit', 'must be a whole number from 1 to 1000');
}

/** One need against one product: null when the product gives another kind of money or does not serve the place. */
export function scorePair(need: FinanceNeed, product: FinanceProduct, options: FinanceOptions = {}) {
  const { components, facts } = judgeFit(need, product, options.signings);
  if (!eligible(facts)) return null;
  return {
    score: totalScore(components),
    components,
    reasons: financeReasons(need, product, facts, options.chainName),
  };
}

/** Ranks pairs best first; ties by id so the same inputs always give the same order. */
function ranked(pairs: Omit<FinanceMatch, 'rank'>[], by: 'productId' | 'needId', limit: number): FinanceMatch[] {
  return pairs
    .sort((a, b) => b.score - a.score || a[by].localeCompare(b[by]))
    .slice(0, limit)
    .map((p, i) => ({ ...p, rank: i + 1 }));
}

/**
 * The products for one financing need, best first (银企对接: 需求 → 产品).
 * @example productsForNeed(need, products, { limit: 5 })[0].reasons.zh // ['产品提供贷款', '需求500万元在额度100万元–1000万元内', …]
 */
export function productsForNeed(
  need: FinanceNeed,
  products: readonly FinanceProduct[],
  { limit = FINANCE_DEFAULTS.limit, ...options }: FinanceOptions = {},
): FinanceMatch[] {
  checkLimit(limit);
  const pairs = products.flatMap((product) => {
    const fit = scorePair(need, product, options);
    return fit ? [{ needId: need.id, productId: product.id, ...fit }] : [];
  });
  return ranked(pairs, 'productId', limit);
}

/** The open needs a product fits, best first (产品 → 企业): a bank's list of whom to call. */
export function needsForProduct(
  product: FinanceProduct,
  needs: readonly FinanceNeed[],
  { limit = FINANCE_DEFAULTS.limit, ...options }: FinanceOptions = {},
): FinanceMatch[] {
  checkLimit(limit);
  const pairs = needs
    .filter((n) => n.status === 'open')
    .flatMap((need) => {
      const fit = scorePair(need, product, options);
      return fit ? [{ needId: need.id, productId: product.id, ...fit }] : [];
    });
  return ranked(pairs, 'needId', limit);
}

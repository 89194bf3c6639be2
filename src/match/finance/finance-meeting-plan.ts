import { EngineError } from '../engine-error';
import { MinCostFlow } from '../algorithms/min-cost-flow';
import type { Reasons } from '../reasons';
import type { FinanceNeed, FinanceProduct } from './finance-inputs';
import type { FinanceOptions } from './match-finance';
import { scorePair } from './match-finance';

/**
 * 银企对接会: which enterprises meet which banks and funds. Each pair's worth is the best fit of
 * the provider's products to the enterprise's open needs; the plan maximises the total worth with
 * each enterprise at no more than `perEnterprise` tables and each provider at no more than
 * `perProvider` (its staff of the day). Exact, as the partners' meeting plan: a maximum-weight
 * flow (enterprise side → provider side) that takes a pair only when it adds to the total.
 */
export const FINANCE_MEETING_DEFAULTS = { perEnterprise: 2, perProvider: 6 } as const;

export interface FinanceMeeting {
  enterprise: { id: string; name: string };
  provider: { id: string; name: string };
  needId: string;
  productId: string;
  productName: string;
  amountYuan: number;
  score: number;
  reasons: Reasons;
}

export interface FinanceMeetingPlan {
  enterprises: number;
  providers: number;
  meetings: FinanceMeeting[];
  /** The sum asked by the needs seated at a table. */
  amountYuan: number;
  totalScore: number;
}

function checkWhole(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 100)
    throw EngineError.badArgument(name, 'must be a whole number from 1 to 100');
}

export function planFinanceMeetings(
  needs: readonly FinanceNeed[],
  products: readonly FinanceProduct[],
  {
    perEnterprise = FINANCE_MEETING_DEFAULTS.perEnterprise as number,
    perProvider = FINANCE_MEETING_DEFAULTS.perProvider as number,
    ...options
  }: FinanceOptions & { perEnterprise?: number; perProvider?: number } = {},
): FinanceMeetingPlan {
  checkWhole('perEnterprise', perEnterprise);
  checkWhole('perProvider', perProvider);
  const best = new Map<string, FinanceMeeting>();
  for (const need of needs.filter((n) => n.status === 'open'))
    for (const product of products) {
      const fit = scorePair(need, product, options);
      const key = `${need.enterprise.id}|${product.provider.id}`;
      if (!fit || fit.score <= 0 || (best.get(key)?.score ?? -1) >= fit.score) continue;
      best.set(key, {
        enterprise: { id: need.enterprise.id, name: need.enterprise.name },
        provider: product.provider,
        needId: need.id,
        productId: product.id,
        productName: product.name,
        amountYuan: need.amountYuan,
        score: fit.score,
        reasons: fit.reasons,
      });
    }
  const pairs = [...best.values()].sort((a, b) =>
    `${a.enterprise.id}|${a.provider.id}`.localeCompare(`${b.enterprise.id}|${b.provider.id}`),
  );
  const enterprises = [...new Set(pairs.map((p) => p.enterprise.id))].sort();
  const providers = [...new Set(pairs.map((p) => p.provider.id))].sort();
  if (pairs.length === 0) return { enterprises: 0, providers: 0, meetings: [], amountYuan: 0, totalScore: 0 };
  const e = new Map(enterprises.map((id, i) => [id, i]));
  const p = new Map(providers.map((id, i) => [id, enterprises.length + i]));
  const [source, sink] = [enterprises.length + providers.length, enterprises.length + providers.length + 1];
  const flow = new MinCostFlow(sink + 1, pairs.length + enterprises.length + providers.length);
  for (const i of e.values()) flow.addEdge(source, i, perEnterprise, 0);
  for (const j of p.values()) flow.addEdge(j, sink, perProvider, 0);
  const arcs = pairs.map((m) =>
    flow.addEdge(e.get(m.enterprise.id)!, p.get(m.provider.id)!, 1, 1000 - Math.round(1000 * m.score)),
  );
  flow.solve(source, sink, Number.POSITIVE_INFINITY, 999);
  const meetings = pairs
    .filter((_, i) => flow.flowOn(arcs[i]!) > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.enterprise.id.localeCompare(b.enterprise.id) ||
        a.provider.id.localeCompare(b.provider.id),
    );
  const seated = new Map(meetings.map((m) => [m.needId, m.amountYuan]));
  return {
    enterprises: new Set(meetings.map((m) => m.enterprise.id)).size,
    providers: new Set(meetings.map((m) => m.provider.id)).size,
    meetings,
    amountYuan: [...seated.values()].reduce((s, a) => s + a, 0),
    totalScore: Math.round(meetings.reduce((s, m) => s + m.score, 0) * 10_000) / 10_000,
  };
}

/**
 * Financing needs and banks' and funds' products with a hidden truth, for `npm run eval`'s
 * finance section. Apart from the province generator (whose output stays as it is): a province
 * of 4 cities × 3 districts, 6 chains with their GB/T 4754 codes, 12 banks, 4 funds and 3
 * guarantors with 3–4 products each. Each need is drawn from one product — the one its
 * enterprise signed with, the truth — the way a park's finance staff see it: the kind of money
 * the product gives, an amount mostly inside its range (15 % up to 40 % outside: bankers
 * stretch), a stage it serves (10 % not), an enterprise where the product is offered, on one of
 * its chains or in one of its industries. Other products fit many needs as well or nearly: the
 * matcher has to find the one signed among look-alikes.
 */
import type { FinancingKind, FinancingStage } from '../../src/domain/finance.schema';
import type { FinanceNeed, FinanceProduct } from '../../src/match/finance';
import { Prng } from './prng';

export const FINANCE_GENERATE_DEFAULTS = { seed: 20261203, needs: 2000 } as const;

const CHAINS = [
  { id: 'nev', industry: 'C36' },
  { id: 'ic', industry: 'C39' },
  { id: 'bio', industry: 'C27' },
  { id: 'ai', industry: 'I65' },
  { id: 'materials', industry: 'C30' },
  { id: 'equipment', industry: 'C34' },
] as const;
const STAGES: readonly FinancingStage[] = ['seed', 'startup', 'growth', 'expansion', 'mature'];

export interface FinanceWorld {
  needs: FinanceNeed[];
  products: FinanceProduct[];
  /** need id → the product it was drawn from (signed with). */
  truth: Map<string, string>;
}

function regions(): { province: string; cities: string[]; districtsOf: Map<string, string[]> } {
  const cities = ['c0', 'c1', 'c2', 'c3'];
  return { province: 'prov', cities, districtsOf: new Map(cities.map((c) => [c, [0, 1, 2].map((d) => `${c}-d${d}`)])) };
}

function drawProducts(rng: Prng): FinanceProduct[] {
  const { province, cities } = regions();
  const providers = [
    ...Array.from({ length: 12 }, (_, i) => ({ id: `bank-${i}`, kind: 'loan' as FinancingKind })),
    ...Array.from({ length: 4 }, (_, i) => ({ id: `fund-${i}`, kind: 'equity' as FinancingKind })),
    ...Array.from({ length: 3 }, (_, i) => ({ id: `guarantor-${i}`, kind: 'guarantee' as FinancingKind })),
  ];
  const products: FinanceProduct[] = [];
  for (const provider of providers) {
    // a bank of one city serves that city; national banks the province or anywhere
    const home = rng.chance(0.6) ? [rng.pick(cities)] : rng.chance(0.5) ? [province] : [];
    for (let j = 0, n = rng.between(3, 4); j < n; j++) {
      const floor = provider.kind === 'equity' ? rng.pick([2e6, 5e6, 1e7]) : rng.pick([1e5, 5e5, 1e6, 5e6, 2e7]);
      const ceiling = floor * rng.pick([5, 10, 20]);
      const focus = rng.next();
      const chains =
        focus < 0.45 ? [rng.pick(CHAINS).id] : focus < 0.6 ? [rng.pick(CHAINS).id, rng.pick(CHAINS).id] : [];
      const industries = focus >= 0.6 && focus < 0.75 ? [rng.pick(CHAINS).industry] : [];
      const first = rng.int(STAGES.length - 1);
      const stages = rng.chance(0.6) ? STAGES.slice(first, first + rng.between(2, 3)) : [];
      products.push({
        id: `${provider.id}-p${j}`,
        name: `${provider.id} product ${j}`,
        provider: { id: provider.id, name: provider.id },
        kinds: [provider.kind],
        minAmountYuan: floor,
        maxAmountYuan: ceiling,
        stages,
        industries,
        chainIds: [...new Set(chains)],
        regionIds: home,
      });
    }
  }
  return products;
}

/** A need drawn from its product: what the enterprise asked for and where it is. */
function drawNeed(rng: Prng, id: string, product: FinanceProduct): FinanceNeed {
  const { province, cities, districtsOf } = regions();
  const served = product.regionIds[0];
  const city = served === undefined || served === province ? rng.pick(cities) : served;
  const district = rng.pick(districtsOf.get(city)!);
  const chainId = product.chainIds.length > 0 ? rng.pick(product.chainIds) : undefined;
  const chain =
    chainId !== undefined
      ? CHAINS.find((c) => c.id === chainId)!
      : product.industries.length > 0
        ? CHAINS.find((c) => c.industry === product.industries[0])!
        : rng.pick(CHAINS);
  const [min, max] = [product.minAmountYuan!, product.maxAmountYuan!];
  let amount = Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min)));
  if (rng.chance(0.15)) amount = rng.chance(0.5) ? max * (1.1 + rng.next() * 0.3) : min / (1.1 + rng.next() * 0.3);
  const stage = product.stages.length > 0 && !rng.chance(0.1) ? rng.pick(product.stages) : rng.pick(STAGES);
  return {
    id,
    title: id,
    kind: product.kinds[0]!,
    amountYuan: Math.max(10_000, Math.round(amount / 10_000) * 10_000),
    stage,
    status: 'open',
    enterprise: {
      id: `e-${id}`,
      name: `e-${id}`,
      industry: `${chain.industry}${rng.between(10, 99)}`,
      chainIds: [chain.id],
      regionIds: [district, city, province],
    },
  };
}

export function generateFinance({
  seed = FINANCE_GENERATE_DEFAULTS.seed as number,
  needs = FINANCE_GENERATE_DEFAULTS.needs as number,
} = {}): FinanceWorld {
  const rng = new Prng(seed);
  const products = drawProducts(rng);
  const truth = new Map<string, string>();
  const drawn: FinanceNeed[] = [];
  for (let i = 0; i < needs; i++) {
    const product = rng.pick(products);
    const need = drawNeed(rng, `need-${i}`, product);
    drawn.push(need);
    truth.set(need.id, product.id);
  }
  return { needs: drawn, products, truth };
}

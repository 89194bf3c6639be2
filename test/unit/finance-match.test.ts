import {
  industryMatches,
  needsForProduct,
  planFinanceMeetings,
  productsForNeed,
  type FinanceNeed,
  type FinanceProduct,
} from '../../src/match/finance';

const enterprise = (id: string, chainIds: string[] = ['nev']) => ({
  id,
  name: id,
  industry: 'C3841',
  chainIds,
  regionIds: ['park', 'city'],
});
const need = (id: string, over: Partial<FinanceNeed> = {}): FinanceNeed => ({
  id,
  title: id,
  kind: 'loan',
  amountYuan: 5_000_000,
  stage: 'growth',
  status: 'open',
  enterprise: enterprise(`e-${id}`),
  ...over,
});
const product = (id: string, over: Partial<FinanceProduct> = {}): FinanceProduct => ({
  id,
  name: id,
  provider: { id: `bank-${id}`, name: `银行${id}` },
  kinds: ['loan'],
  minAmountYuan: 1_000_000,
  maxAmountYuan: 10_000_000,
  stages: [],
  industries: [],
  chainIds: [],
  regionIds: [],
  ...over,
});

describe('the finance matcher', () => {
  test('when a code is compared with a product’s industries, then a prefix fits with or without its section letter, and a letter alone fits its section', () => {
    expect(industryMatches('C3841', 'C38')).toBe(true);
    expect(industryMatches('3841', 'C384')).toBe(true);
    expect(industryMatches('C3841', 'C')).toBe(true);
    expect(industryMatches('C3841', 'I65')).toBe(false);
  });

  test('when products differ in one thing each, then the one fitting in every respect ranks first and each miss costs its component', () => {
    const products = [
      product('fits', { chainIds: ['nev'], regionIds: ['city'], stages: ['growth'] }),
      product('too-small', { maxAmountYuan: 4_000_000, chainIds: ['nev'], regionIds: ['city'] }),
      product('guarantee', { kinds: ['guarantee'], chainIds: ['nev'], regionIds: ['city'] }),
      product('equity', { kinds: ['equity'] }),
      product('far', { regionIds: ['elsewhere'] }),
    ];
    const ranked = productsForNeed(need('n'), products);
    expect(ranked.map((m) => m.productId)).toEqual(['fits', 'too-small', 'guarantee']);
    expect(ranked[0]).toMatchObject({ rank: 1, score: 0.95, components: { kind: 1, amount: 1, region: 1, sector: 1 } });
    expect(ranked[1]!.components.amount).toBeCloseTo(0.8);
    expect(ranked[2]!.components.kind).toBe(0.4);
    expect(ranked[1]!.reasons.zh).toContain('需求500万元高于额度上限400万元');
  });

  test('when a bank records signings with enterprises of a chain, then its products rise for that chain’s needs', () => {
    const a = product('a');
    const b = product('b');
    const signings = new Map([['bank-b', new Map([['nev', 3]])]]);
    expect(productsForNeed(need('n'), [a, b])[0]!.productId).toBe('a');
    const withTrust = productsForNeed(need('n'), [a, b], { signings });
    expect(withTrust[0]).toMatchObject({ productId: 'b', components: { trust: 1 } });
    expect(withTrust[0]!.reasons.zh).toContain('银行b已与同链企业签约3笔');
  });

  test('when a product asks whom it fits, then signed needs are left out', () => {
    const needs = [need('open'), need('signed', { status: 'signed' })];
    expect(needsForProduct(product('p'), needs).map((m) => m.needId)).toEqual(['open']);
  });

  test('when a meeting is planned with one table per enterprise and two per bank, then no one sits more often and the total fit is the best', () => {
    const needs = [need('n1'), need('n2'), need('n3')];
    const products = [product('x', { chainIds: ['nev'] }), product('y')];
    const plan = planFinanceMeetings(needs, products, { perEnterprise: 1, perProvider: 2 });
    expect(plan.meetings).toHaveLength(3);
    const byBank = plan.meetings.reduce<Record<string, number>>(
      (t, m) => ({ ...t, [m.provider.id]: (t[m.provider.id] ?? 0) + 1 }),
      {},
    );
    expect(byBank).toEqual({ 'bank-x': 2, 'bank-y': 1 });
    expect(plan.amountYuan).toBe(15_000_000);
    expect(() => planFinanceMeetings(needs, products, { perEnterprise: 0 })).toThrow('perEnterprise');
  });
});

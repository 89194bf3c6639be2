/**
 * 银企对接 on generated truth (seeds/generate/generate-finance.ts): for each need, where the
 * finance matcher ranks the product it was drawn from (signed with), beside baselines on the same
 * needs; precision@k as the outcome statistics report it when each signing is recorded as a
 * financing_signed outcome (match/outcomes/outcome-precision.ts); the trust signal's worth when
 * half the signings are on record; and how many enterprises a meeting plan seats with the
 * provider they signed with.
 */
import { generateFinance, FINANCE_GENERATE_DEFAULTS } from '../../seeds/generate/generate-finance';
import { Prng } from '../../seeds/generate/prng';
import {
  eligible,
  judgeFit,
  planFinanceMeetings,
  productsForNeed,
  type FinanceNeed,
  type FinanceProduct,
  type SigningRecord,
} from '../../src/match/finance';
import { outcomePrecision, type RecordedOutcome } from '../../src/match/outcomes/outcome-precision';
import { hitsAt, mean, reciprocalRank } from './metrics';

export interface RankFigures {
  queries: number;
  hitsAt1: number;
  hitsAt5: number;
  mrr: number;
}

export interface FinanceEval {
  needs: number;
  products: number;
  redchain: RankFigures;
  randomEligible: RankFigures;
  amountOnly: RankFigures;
  /** The second half of the needs, ranked without and with the first half's signings on record. */
  withoutHistory: RankFigures;
  withHistory: RankFigures;
  precision: { k: number; precision: number | null; hitRate: number | null }[];
  meeting: { enterprises: number; seatedWithSigned: number; meetings: number };
}

type Ranker = (need: FinanceNeed) => string[];

function figures(needs: readonly FinanceNeed[], truth: Map<string, string>, rank: Ranker): RankFigures {
  const per = needs.map((n) => {
    const ranked = rank(n);
    const relevant = new Set([truth.get(n.id)!]);
    return { h1: hitsAt(ranked, relevant, 1), h5: hitsAt(ranked, relevant, 5), rr: reciprocalRank(ranked, relevant) };
  });
  return {
    queries: needs.length,
    hitsAt1: mean(per.map((p) => p.h1)),
    hitsAt5: mean(per.map((p) => p.h5)),
    mrr: mean(per.map((p) => p.rr)),
  };
}

/** Products that give the money asked where the enterprise is, in a seeded random order. */
function shuffledEligible(products: readonly FinanceProduct[], rng: Prng) {
  return (need: FinanceNeed) => {
    const ok = products.filter((p) => eligible(judgeFit(need, p).facts)).map((p) => p.id);
    for (let i = ok.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [ok[i], ok[j]] = [ok[j]!, ok[i]!];
    }
    return ok;
  };
}

export function evaluateFinance(needs = FINANCE_GENERATE_DEFAULTS.needs as number): FinanceEval {
  const world = generateFinance({ needs });
  const { products, truth } = world;
  const redchain: Ranker = (n) => productsForNeed(n, products, { limit: 1000 }).map((m) => m.productId);
  const random = shuffledEligible(products, new Prng(7));
  const amountOnly: Ranker = (n) => {
    const shuffled = random(n);
    const byId = new Map(products.map((p) => [p.id, p]));
    // stable sort: ties keep the random order
    return shuffled.sort(
      (a, b) => judgeFit(n, byId.get(b)!).components.amount - judgeFit(n, byId.get(a)!).components.amount,
    );
  };

  const half = Math.floor(world.needs.length / 2);
  const [history, later] = [world.needs.slice(0, half), world.needs.slice(half)];
  const providerOf = new Map(products.map((p) => [p.id, p.provider.id]));
  const signings = new Map<string, Map<string, number>>();
  for (const n of history) {
    const provider = providerOf.get(truth.get(n.id)!)!;
    const chains = signings.get(provider) ?? new Map<string, number>();
    for (const c of n.enterprise.chainIds) chains.set(c, (chains.get(c) ?? 0) + 1);
    signings.set(provider, chains);
  }
  const withHistory: Ranker = (n) =>
    productsForNeed(n, products, { limit: 1000, signings: signings as SigningRecord }).map((m) => m.productId);

  // each need's signing recorded as the page records it: the product's rank in the list shown
  const outcomes: RecordedOutcome[] = world.needs.map((n, i) => {
    const at = redchain(n).indexOf(truth.get(n.id)!);
    return {
      id: `o-${i}`,
      engine: 'finance',
      result: 'financing_signed',
      date: '2026-12-03',
      qualifier: '',
      rank: at >= 0 ? at + 1 : undefined,
      subject: { kind: 'FinancingNeed', id: n.id },
      candidate: { kind: 'FinancialProduct', id: truth.get(n.id)! },
    };
  });
  const finance = outcomePrecision(outcomes).find((e) => e.engine === 'finance')!;

  const inCity = world.needs.filter((n) => n.enterprise.regionIds.includes('c0'));
  const plan = planFinanceMeetings(inCity, products, { perEnterprise: 2, perProvider: 100 });
  const signedProvider = new Map(inCity.map((n) => [n.enterprise.id, providerOf.get(truth.get(n.id)!)]));
  const seated = new Set(
    plan.meetings.filter((m) => signedProvider.get(m.enterprise.id) === m.provider.id).map((m) => m.enterprise.id),
  );
  return {
    needs: world.needs.length,
    products: products.length,
    redchain: figures(world.needs, truth, redchain),
    randomEligible: figures(world.needs, truth, random),
    amountOnly: figures(world.needs, truth, amountOnly),
    withoutHistory: figures(later, truth, redchain),
    withHistory: figures(later, truth, withHistory),
    precision: finance.atK.map(({ k, precision, hitRate }) => ({ k, precision, hitRate })),
    meeting: { enterprises: inCity.length, seatedWithSigned: seated.size, meetings: plan.meetings.length },
  };
}

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

/** The finance tables of docs/quality.md. */
export function financeMarkdown(e: FinanceEval): string {
  const row = (name: string, f: RankFigures) =>
    `| ${name} | ${pct(f.hitsAt1)} | ${pct(f.hitsAt5)} | ${f.mrr.toFixed(3)} |`;
  return [
    `| 银企对接: the product signed, among ${e.products} products, for ${e.needs} needs | hit@1 | hit@5 | MRR |`,
    '|---|---|---|---|',
    row('redchain (kind, amount, chain or industry, region, stage)', e.redchain),
    row('baseline: random among products of the kind serving the place', e.randomEligible),
    row('baseline: amount within range alone', e.amountOnly),
    row(`redchain, later ${e.withoutHistory.queries} needs, no signings on record`, e.withoutHistory),
    row(`redchain, later ${e.withHistory.queries} needs, the first half's signings as trust signal`, e.withHistory),
    '',
    '| precision@k as GET /stats/outcomes reports it (each signing recorded as financing_signed) | ' +
      e.precision.map((p) => `k=${p.k}`).join(' | ') +
      ' |',
    `|---|${e.precision.map(() => '---').join('|')}|`,
    `| precision | ${e.precision.map((p) => pct(p.precision)).join(' | ')} |`,
    `| hit rate | ${e.precision.map((p) => pct(p.hitRate)).join(' | ')} |`,
    '',
    `Meeting plan of one city (2 tables per enterprise): ${e.meeting.seatedWithSigned} of ${e.meeting.enterprises} enterprises (${pct(e.meeting.seatedWithSigned / Math.max(1, e.meeting.enterprises))}) sit with the provider they signed with, in ${e.meeting.meetings} meetings.`,
  ].join('\n');
}

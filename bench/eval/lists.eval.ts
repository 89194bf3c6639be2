/**
 * 3张清单 on generated truth (seeds/generate/generate-lists.ts): for each need, where the lists
 * matcher ranks the resource that met it, beside baselines on the same needs — the resource's
 * kind alone, and random — among the resources serving the enterprise's place and still valid;
 * precision@k as the outcome statistics report it when each match is recorded as a
 * resource_matched outcome (match/outcomes/outcome-precision.ts).
 */
import { generateLists, LISTS_AS_OF, LISTS_GENERATE_DEFAULTS } from '../../seeds/generate/generate-lists';
import { Prng } from '../../seeds/generate/prng';
import { kindFit, resourcesForNeed, type ListNeed, type ListResource } from '../../src/match/lists';
import { outcomePrecision, type RecordedOutcome } from '../../src/match/outcomes/outcome-precision';
import { hitsAt, mean, reciprocalRank } from './metrics';

export interface ListsRankFigures {
  queries: number;
  hitsAt1: number;
  hitsAt5: number;
  mrr: number;
}

export interface ListsEval {
  needs: number;
  resources: number;
  redchain: ListsRankFigures;
  kindOnly: ListsRankFigures;
  random: ListsRankFigures;
  precision: { k: number; precision: number | null; hitRate: number | null }[];
}

type Ranker = (need: ListNeed) => string[];

function figures(needs: readonly ListNeed[], truth: Map<string, string>, rank: Ranker): ListsRankFigures {
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

/** The resources a need could be met by at all: serving its place, still valid; in a seeded random order. */
function shuffledServing(resources: readonly ListResource[], rng: Prng) {
  return (need: ListNeed) => {
    const ok = resources
      .filter((r) => r.regionId === undefined || need.enterprise.regionIds.includes(r.regionId))
      .filter((r) => r.validUntil === undefined || r.validUntil >= LISTS_AS_OF);
    for (let i = ok.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [ok[i], ok[j]] = [ok[j]!, ok[i]!];
    }
    return ok;
  };
}

export function evaluateLists(needs = LISTS_GENERATE_DEFAULTS.needs as number): ListsEval {
  const world = generateLists({ needs });
  const { resources, truth } = world;
  const redchain: Ranker = (n) =>
    resourcesForNeed(n, resources, { limit: 1000, asOf: LISTS_AS_OF }).map((m) => m.resourceId);
  const serving = shuffledServing(resources, new Prng(7));
  const random: Ranker = (n) => serving(n).map((r) => r.id);
  // stable sort: ties keep the random order
  const kindOnly: Ranker = (n) =>
    serving(n)
      .sort((a, b) => kindFit(n.category, b.kind) - kindFit(n.category, a.kind))
      .map((r) => r.id);

  // each need met recorded as the page records it: the resource's rank in the list shown
  const outcomes: RecordedOutcome[] = world.needs.map((n, i) => {
    const at = redchain(n).indexOf(truth.get(n.id)!);
    return {
      id: `o-${i}`,
      engine: 'lists',
      result: 'resource_matched',
      date: LISTS_AS_OF,
      qualifier: n.source,
      rank: at >= 0 ? at + 1 : undefined,
      subject: { kind: n.source, id: n.id },
      candidate: { kind: 'ServiceResource', id: truth.get(n.id)! },
    };
  });
  const lists = outcomePrecision(outcomes).find((e) => e.engine === 'lists')!;
  return {
    needs: world.needs.length,
    resources: resources.length,
    redchain: figures(world.needs, truth, redchain),
    kindOnly: figures(world.needs, truth, kindOnly),
    random: figures(world.needs, truth, random),
    precision: lists.atK.map(({ k, precision, hitRate }) => ({ k, precision, hitRate })),
  };
}

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

/** The 3张清单 table of docs/quality.md. */
export function listsMarkdown(e: ListsEval): string {
  const row = (name: string, f: ListsRankFigures) =>
    `| ${name} | ${pct(f.hitsAt1)} | ${pct(f.hitsAt5)} | ${f.mrr.toFixed(3)} |`;
  return [
    `| 3张清单: the resource that met the need, among ${e.resources} resources, for ${e.needs} needs | hit@1 | hit@5 | MRR |`,
    '|---|---|---|---|',
    row('redchain (kind, keywords and words, chain, region)', e.redchain),
    row('baseline: the resource’s kind alone', e.kindOnly),
    row('baseline: random among resources serving the place', e.random),
    '',
    '| precision@k as GET /stats/outcomes reports it (each match recorded as resource_matched) | ' +
      e.precision.map((p) => `k=${p.k}`).join(' | ') +
      ' |',
    `|---|${e.precision.map(() => '---').join('|')}|`,
    `| precision | ${e.precision.map((p) => pct(p.precision)).join(' | ')} |`,
    `| hit rate | ${e.precision.map((p) => pct(p.hitRate)).join(' | ')} |`,
  ].join('\n');
}

import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { talentCandidates } from '../../src/match/talent/talent-candidates';
import { TALENT_DEFAULTS, type TalentWeights } from '../../src/match/talent/talent-defaults';
import { projectScope } from '../../src/projection/project-scope';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { generateTalentWorld, TALENT_WORLD_DEFAULTS } from '../../seeds/generate/generate-talent';
import { Prng } from '../../seeds/generate/prng';
import { hitsAt, mean, reciprocalRank } from './metrics';

/** The rows of the talent table: redchain, its parts alone, and a random order of the same candidates. */
const VARIANTS: { name: string; weights: TalentWeights | 'random' | 'ceiling' }[] = [
  { name: 'redchain (skills, works, place, recommendation)', weights: TALENT_DEFAULTS.weights },
  {
    name: 'without the recommendation (组织推荐) component',
    weights: { skills: 0.4, works: 0.25, place: 0.15, recommendation: 0 },
  },
  { name: 'skills and works only', weights: { skills: 0.4, works: 0.25, place: 0, recommendation: 0 } },
  { name: 'baseline: listed skills alone', weights: { skills: 1, works: 0, place: 0, recommendation: 0 } },
  { name: 'baseline: random order of the same candidates', weights: 'random' },
  { name: 'ceiling: the generator’s own utility without its noise (true skills known)', weights: 'ceiling' },
];

export interface TalentFigures {
  needs: number;
  people: number;
  rows: { name: string; hitsAt1: number; hitsAt5: number; hitsAt10: number; mrr: number; precisionAt5: number }[];
  msPerNeed: number;
}

/**
 * How often the person a need hired (the generator's hidden truth) is in redchain's top k, over a
 * generated talent world, beside the matcher's parts alone and a random order.
 */
export async function evaluateTalent(): Promise<TalentFigures> {
  const { bundle, hired, noiseless } = generateTalentWorld();
  const store = await MemoryGraphStore.open();
  const report = await importBundle(store, bundle);
  if (report.rejected.length > 0) throw new Error(`talent world rejected: ${JSON.stringify(report.rejected[0])}`);
  const graph = await projectScope(store, {});
  const rng = new Prng(7);
  const limit = 200;
  const rows: TalentFigures['rows'] = [];
  let ms = 0;
  for (const variant of VARIANTS) {
    const per: { h1: number; h5: number; h10: number; rr: number }[] = [];
    for (const [needId, personId] of hired) {
      const started = performance.now();
      const weights = typeof variant.weights === 'string' ? TALENT_DEFAULTS.weights : variant.weights;
      let ranked =
        variant.weights === 'ceiling'
          ? noiseless.get(needId)!
          : talentCandidates(graph, needId, { asOf: '2026-06-01', limit, weights }).candidates.map((c) => c.person.id);
      if (variant === VARIANTS[0]) ms += performance.now() - started;
      if (variant.weights === 'random') ranked = shuffled(ranked, rng);
      const truth = new Set([personId]);
      per.push({
        h1: hitsAt(ranked, truth, 1),
        h5: hitsAt(ranked, truth, 5),
        h10: hitsAt(ranked, truth, 10),
        rr: reciprocalRank(ranked, truth),
      });
    }
    rows.push({
      name: variant.name,
      hitsAt1: mean(per.map((p) => p.h1)),
      hitsAt5: mean(per.map((p) => p.h5)),
      hitsAt10: mean(per.map((p) => p.h10)),
      mrr: mean(per.map((p) => p.rr)),
      precisionAt5: mean(per.map((p) => p.h5 / 5)),
    });
  }
  return { needs: hired.size, people: TALENT_WORLD_DEFAULTS.people, rows, msPerNeed: ms / hired.size };
}

function shuffled<T>(items: T[], rng: Prng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The figures as the table of docs/quality.md. */
export function talentMarkdown(f: TalentFigures): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `| talent on ${f.needs} needs of a generated world (${f.people} people; the hire is the hidden truth) | hire in top 1 | top 5 | top 10 | MRR | precision@5 |`,
    '|---|---|---|---|---|---|',
    ...f.rows.map(
      (r) =>
        `| ${r.name} | ${pct(r.hitsAt1)} | ${pct(r.hitsAt5)} | ${pct(r.hitsAt10)} | ${r.mrr.toFixed(3)} | ${r.precisionAt5.toFixed(3)} |`,
    ),
    '',
    `${f.msPerNeed.toFixed(1)} ms per need's list (redchain, in memory).`,
  ].join('\n');
}

/**
 * npm run eval [-- --enterprises N] — matching quality on the generator's hidden ground truth,
 * printed as the tables of docs/quality.md. Everything runs in memory on a generated province
 * (default 20,000 enterprises, seed 20261124), each figure beside its baselines from the same run.
 *
 * npm run eval -- talent — the talent matcher on a generated talent world of its own
 * (seeds/generate/generate-talent.ts), the hire of each need its hidden truth.
 * npm run eval -- finance [--needs N] — 银企对接 alone, on its own generated needs and products
 * (seeds/generate/generate-finance.ts); the default run prints it last too.
 * npm run eval -- lists [--needs N] — 3张清单's needs → resources alone, on its own generated
 * needs and departments' resources (seeds/generate/generate-lists.ts).
 *
 * npm run eval -- real — the same engines on real public data (../shared/eval-data, beside the
 * repository; its README describes it), beside the published figures: experts ranked against
 * reviewers' own expertise ratings, company short names resolved to registered names. The
 * figures replace the "Real data" section of docs/quality.md; it exits 2, saying so, when the
 * folder is missing.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { projectScope } from '../../src/projection/project-scope';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { generateProvince, GENERATE_DEFAULTS } from '../../seeds/generate/generate-province';
import { evaluatePartners } from './partners.eval';
import { evaluateTackling } from './tackling.eval';
import { evaluateAssignment } from './assignment.eval';
import { EvalDataMissing } from './astock-names';
import { evaluateRealNames } from './real-names.eval';
import { evaluateRealExperts, realExpertsMarkdown } from './real-experts.eval';
import { writeRealDataSection } from './quality-doc';
import { placementAblationReport, placementReport } from './placement';
import { evaluateRoster, rosterAblationMarkdown, rosterMarkdown } from './roster';
import { evaluateTalent, talentMarkdown } from './talent.eval';
import { evaluateFinance, financeMarkdown } from './finance.eval';
import { evaluateLists, listsMarkdown } from './lists.eval';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    enterprises: { type: 'string', default: '20000' },
    ties: { type: 'string', default: '400' },
    problems: { type: 'string', default: '300' },
    instances: { type: 'string', default: '2000' },
    ablation: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '300,10000' },
    needs: { type: 'string', default: '2000' },
  },
});
const pct = (x: number) => (x * 100).toFixed(1);
const out = (s: string) => process.stdout.write(`${s}\n`);

/** The real-data folder: ../shared/eval-data beside the repository root. */
const EVAL_DATA = resolve(__dirname, '..', '..', '..', 'shared', 'eval-data');

async function real(): Promise<void> {
  const reviewerMatch = join(EVAL_DATA, 'reviewer-match');
  if (!existsSync(join(reviewerMatch, 'evaluations.tsv'))) {
    process.stderr.write(
      `eval real: the real-data folder is missing: expected ${reviewerMatch} (../shared/eval-data/reviewer-match beside the repository; see its README). Nothing was measured.\n`,
    );
    process.exit(2);
  }
  const experts = realExpertsMarkdown(await evaluateRealExperts(reviewerMatch));
  let names: string;
  try {
    names = await evaluateRealNames();
  } catch (error) {
    if (!(error instanceof EvalDataMissing)) throw error;
    process.stderr.write(`eval real: ${error.message}. Nothing was measured.\n`);
    process.exit(2);
  }
  const section = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run eval -- real\`.`,
    '',
    experts,
    '',
    names,
  ].join('\n');
  out(section);
  // the figures go into docs/quality.md, replacing the previous run's
  writeRealDataSection(section);
  out('\n(written to docs/quality.md, section "Real data")');
}

/** One after the other, so that each import's time is its own. */
async function sequentially<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await run(item));
  return results;
}

async function main(): Promise<void> {
  if (positionals[0] === 'real') return real();
  const sizes = values.sizes.split(',').map(Number);
  if (positionals[0] === 'placement')
    return void out(values.ablation ? placementAblationReport() : placementReport(Number(values.enterprises)));
  if (positionals[0] === 'roster')
    return void out(
      values.ablation
        ? await rosterAblationMarkdown(sizes)
        : rosterMarkdown(await sequentially(sizes, (n) => evaluateRoster(n))),
    );
  if (positionals[0] === 'talent') return void out(talentMarkdown(await evaluateTalent()));
  if (positionals[0] === 'finance') return void out(financeMarkdown(evaluateFinance(Number(values.needs))));
  if (positionals[0] === 'lists') return void out(listsMarkdown(evaluateLists(Number(values.needs))));
  if (positionals.length > 0)
    throw new Error(
      `unknown mode '${positionals[0]}' (the modes are 'real', 'placement', 'roster', 'talent', 'finance' and 'lists')`,
    );
  const enterprises = Number(values.enterprises);
  const started = performance.now();
  const { bundle, truth } = generateProvince({ enterprises, seed: GENERATE_DEFAULTS.seed });
  const store = await MemoryGraphStore.open();
  await importBundle(store, bundle);
  const graph = await projectScope(store, {});
  out(
    `# redchain matching quality, ${new Date().toISOString().slice(0, 10)}: province of ${enterprises} enterprises (seed ${GENERATE_DEFAULTS.seed}), loaded in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );

  const partners = evaluatePartners(graph, truth, Number(values.ties));
  out(
    `| partners on ${partners.redchain.queries} held-out supply ties (upstream of the buyer) | hits@10 | MRR | NDCG@10 |`,
  );
  out('|---|---|---|---|');
  for (const [name, f] of [
    ['redchain (character bigrams, the default)', partners.redchain],
    ['redchain with jieba word tokens', partners.jieba],
    ['baseline: random among segment-feasible candidates', partners.random],
    ['baseline: segment fit alone', partners.segmentFitOnly],
  ] as const) {
    out(`| ${name} | ${pct(f.hitsAt10)}% | ${f.mrr.toFixed(3)} | ${f.ndcgAt10.toFixed(3)} |`);
  }
  out('');
  for (const tokenizer of ['bigram', 'jieba'] as const) {
    const t = evaluateTackling(graph, truth, Number(values.problems), tokenizer);
    out(`| tackling on ${t.redchain.queries} problems, ${tokenizer} tokens | NDCG@10 | recall@20 |`);
    out('|---|---|---|');
    out(`| redchain | ${t.redchain.ndcgAt10.toFixed(3)} | ${pct(t.redchain.recallAt20)}% |`);
    out(
      `| baseline: text relevance alone (profile match, no other component) | ${t.bm25Only.ndcgAt10.toFixed(3)} | ${pct(t.bm25Only.recallAt20)}% |\n`,
    );
  }
  const a = evaluateAssignment(Number(values.instances));
  out(
    `| global assignment on ${a.count} random small instances (≤ 16 arcs) | agrees with brute force | time, all instances |`,
  );
  out('|---|---|---|');
  out(`| min-cost flow (redchain) | ${a.agree} of ${a.count} | ${a.flowMs.toFixed(0)} ms |`);
  out(`| brute force over every subset of arcs | – | ${a.bruteMs.toFixed(0)} ms |`);
  for (const d of a.disagreements.slice(0, 10)) out(`disagreement ${d}`);
  out('');
  out(financeMarkdown(evaluateFinance(Number(values.needs))));
}

main().catch((error: unknown) => {
  if (error instanceof EvalDataMissing) {
    process.stderr.write(`eval: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`eval: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

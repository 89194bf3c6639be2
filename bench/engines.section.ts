import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LocalNeo4j } from '../scripts/local-stack';
import { Prng } from '../seeds/generate/prng';
import { cypherFile } from '../src/store/neo4j/cypher-files';
import { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import { median, out, ROOT, run, seconds, TSX } from './bench-util';
import { ENGINES, GENERATED, HEAVY, provinceBundle, provinceInNeo4j } from './default-province';

const SNAPSHOT = path.join(GENERATED, 'province-100000.snapshot.json');
const BASELINE_QUERIES = [
  cypherFile('bench/partners-upstream-baseline'),
  cypherFile('bench/partners-downstream-baseline'),
];
/** Enterprises whose two partner lists the Cypher baseline computes; the rest is extrapolated. */
const BASELINE_SAMPLE = 100;

interface Figures {
  enterprises: number;
  storeRssMiB: number;
  projectionMs: number;
  partnersMs: number;
  lists: number;
  proposed: number;
  partnersPeakMiB: number;
  tacklingIndexMs: number;
  tacklingMs: number;
  problems: number;
  assignmentMs: number;
  openProblems: number;
  openSeats: number;
  openFilled: number;
  assignmentAllMs: number;
  allSeats: number;
  allFilled: number;
  gapsMs: number;
  maps: number;
  peakMiB: number;
}

/**
 * The engines on the default province (issue 4's targets), each run in a fresh process over the
 * memory store, with the straightforward alternative for partner lists — one Cypher query per
 * enterprise and direction against Neo4j — measured on a sample in the same run.
 */
export async function benchEngines(neo4j: () => Promise<LocalNeo4j>, runs: number): Promise<void> {
  const bundle = await provinceBundle();
  await run(TSX, [path.join(ROOT, 'bench', 'engines-snapshot.child.ts'), bundle, SNAPSHOT], HEAVY);

  const figures: Figures[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout, stderr } = await run(TSX, [path.join(ROOT, 'bench', 'engines.child.ts'), SNAPSHOT], ENGINES);
    const f = JSON.parse(stdout.trim().split('\n').pop() as string) as Figures;
    figures.push(f);
    out(
      `engines run ${i + 1}/${runs}: projection ${seconds(f.projectionMs)}, partners (with projection) ${seconds(f.partnersMs)} ` +
        `(${f.lists} lists, peak RSS ${f.partnersPeakMiB.toFixed(0)} MiB of which the memory store ${f.storeRssMiB.toFixed(0)} MiB), ` +
        `tackling ${seconds(f.tacklingMs)} (index ${seconds(f.tacklingIndexMs)}), assignment ${seconds(f.assignmentMs)} ` +
        `(${f.openProblems} open problems, ${f.openFilled}/${f.openSeats} seats), all ${f.problems} problems ${seconds(f.assignmentAllMs)} ` +
        `(${f.allFilled}/${f.allSeats} seats), gap maps ${seconds(f.gapsMs)} (${f.maps} maps)\n${stderr.trim()}`,
    );
  }

  const baseline = await cypherBaseline(await neo4j(), figures[0]!.enterprises);
  const m = (pick: (f: Figures) => number) => median(figures.map(pick));
  const f0 = figures[0]!;
  out(`\n| engines on the ${f0.enterprises.toLocaleString('en')}-enterprise province | median of ${runs} | target |`);
  out('|---|---|---|');
  out(
    `| partners, both directions, top 20, for every enterprise (${f0.lists.toLocaleString('en')} lists), projection load included | ${seconds(m((f) => f.partnersMs))} (projection ${seconds(m((f) => f.projectionMs))}) | ≤ 60 s |`,
  );
  out(
    `| peak memory of that run (the memory store's own ${m((f) => f.storeRssMiB).toFixed(0)} MiB included) | ${m((f) => f.partnersPeakMiB).toFixed(0)} MiB | ≤ 4 GB |`,
  );
  out(
    `| tackling candidates for all ${f0.problems.toLocaleString('en')} problems (index build ${seconds(m((f) => f.tacklingIndexMs))} included) | ${seconds(m((f) => f.tacklingMs))} | ≤ 30 s |`,
  );
  out(
    `| global assignment, the ${f0.openProblems.toLocaleString('en')} open problems (${f0.openSeats.toLocaleString('en')} seats) | ${seconds(m((f) => f.assignmentMs))} | ≤ 60 s |`,
  );
  out(
    `| global assignment, all ${f0.problems.toLocaleString('en')} problems as one instance (${f0.allSeats.toLocaleString('en')} seats) | ${seconds(m((f) => f.assignmentAllMs))} | ≤ 60 s |`,
  );
  out(
    `| gap maps with leads, every chain in every region (${f0.maps.toLocaleString('en')} maps) | ${seconds(m((f) => f.gapsMs))} | ≤ 10 s |`,
  );
  // issue 18's target: the ratio of the per-enterprise Cypher path over the engine, the ratio of medians of this run
  const ratio = baseline.projectedMs / m((f) => f.partnersMs);
  out(
    `| partners for all ${f0.lists.toLocaleString('en')} lists over the per-enterprise Cypher path (same run) | ${ratio.toFixed(1)}x | ≥ 75x |`,
  );
  out(
    `\nBaseline: one Cypher query per enterprise and direction (cypher/bench/partners-*-baseline.cypher) on Neo4j, ` +
      `${BASELINE_SAMPLE} enterprises sampled (${2 * BASELINE_SAMPLE} queries, median ${baseline.medianQueryMs.toFixed(1)} ms, mean ${baseline.meanQueryMs.toFixed(1)} ms): ` +
      `projected to all ${f0.lists.toLocaleString('en')} lists ${seconds(baseline.projectedMs)}, ${ratio.toFixed(1)}x the engine's run.\n`,
  );
}

async function cypherBaseline(
  server: LocalNeo4j,
  enterprises: number,
): Promise<{ medianQueryMs: number; meanQueryMs: number; projectedMs: number }> {
  await provinceInNeo4j(server);
  const store = await Neo4jGraphStore.open({ uri: server.uri, user: 'neo4j', password: 'local', database: 'neo4j' });
  try {
    const ids: string[] = [];
    for (let i = 0; i < enterprises; i++) ids.push(`gen-ent-${String(i).padStart(6, '0')}`);
    const sample = new Prng(11).sample(ids, BASELINE_SAMPLE);
    const times: number[] = [];
    for (const id of sample) {
      for (const query of BASELINE_QUERIES) {
        const started = performance.now();
        await store.connection.read((tx) => tx.rows(query, { id }));
        times.push(performance.now() - started);
      }
    }
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    return { medianQueryMs: median(times), meanQueryMs: mean, projectedMs: mean * 2 * enterprises };
  } finally {
    await store.close();
  }
}

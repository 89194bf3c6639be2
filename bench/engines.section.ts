import { performance } from 'node:perf_hooks';
import { importBundle } from '../src/ingest/import-bundle.use-case';
import { findLeads } from '../src/match/gaps/leads';
import { findPartners } from '../src/match/partners/find-partners';
import { TacklingIndex } from '../src/match/tackling/tackling-index';
import { projectScope } from '../src/projection/project-scope';
import { MemoryGraphStore } from '../src/store/memory/memory-graph-store';
import { generateProvince } from '../seeds/generate/generate-province';
import { Prng } from '../seeds/generate/prng';
import { out, seconds } from './bench-util';

/**
 * The engines on the default province, in memory: each measured on a sample of its queries and
 * projected to all of them (said so in the table), with the projection load measured whole.
 */
export async function benchEngines(
  enterprises = 100_000,
  sample = { partners: 500, problems: 200, maps: 100 },
): Promise<void> {
  const { bundle } = generateProvince({ enterprises });
  const store = await MemoryGraphStore.open();
  await importBundle(store, bundle);
  let start = performance.now();
  const graph = await projectScope(store, {});
  const projectionMs = performance.now() - start;
  const prng = new Prng(3);
  const ids = (kind: string) =>
    graph.filterNodes((_k, n) => n.kind === kind).map((k) => graph.getNodeAttribute(k, 'id'));

  const firms = ids('Enterprise');
  const sampled = prng.sample(firms, sample.partners);
  start = performance.now();
  for (const id of sampled) {
    findPartners(graph, { enterpriseId: id, direction: 'upstream' });
    findPartners(graph, { enterpriseId: id, direction: 'downstream' });
  }
  const partnersMs = ((performance.now() - start) / sampled.length) * firms.length;

  start = performance.now();
  const index = new TacklingIndex(graph);
  const indexMs = performance.now() - start;
  const problems = ids('Problem');
  const sampledProblems = prng.sample(problems, sample.problems);
  start = performance.now();
  for (const id of sampledProblems) index.rank(id);
  const tacklingMs = indexMs + ((performance.now() - start) / sampledProblems.length) * problems.length;

  const chains = ids('Chain');
  const parks = graph
    .filterNodes((_k, n) => n.kind === 'Region' && n.props['level'] === 'park')
    .map((k) => graph.getNodeAttribute(k, 'id'));
  start = performance.now();
  for (let i = 0; i < sample.maps; i++) findLeads(graph, prng.pick(chains), prng.pick(parks));
  const gapsMs = ((performance.now() - start) / sample.maps) * chains.length * parks.length;

  out(`\n| engines on the ${enterprises} province, in memory | measured | projected to all | target |`);
  out('|---|---|---|---|');
  out(`| projection of the whole province | ${seconds(projectionMs)} | – | – |`);
  out(
    `| partners, both directions, top 20 | ${sampled.length} enterprises | ${seconds(partnersMs)} for ${firms.length} | ≤ 60 s |`,
  );
  out(
    `| tackling candidates (index build ${seconds(indexMs)}) | ${sampledProblems.length} problems | ${seconds(tacklingMs)} for ${problems.length} | ≤ 30 s |`,
  );
  out(
    `| gap maps with leads | ${sample.maps} chain × park maps | ${seconds(gapsMs)} for ${chains.length * parks.length} | ≤ 10 s |`,
  );
  out(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`);
}

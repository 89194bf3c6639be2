/**
 * npm run bench [-- import | names | placement | province | engines | jobs | api | patch ...] — the benchmarks of docs/benchmarks.md, each
 * figure beside its baseline measured in the same run. Starts its own Neo4j (never a configured
 * NEO4J_URI, whose data it would delete). BENCH_RUNS sets the runs per figure (default 3); the
 * tables quote medians.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import { REPO_ROOT, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4j } from '../scripts/local-stack';
import { out } from './bench-util';
import { benchImport } from './import.section';
import { benchNames } from './names.section';
import { benchEngines } from './engines.section';
import { benchProvince } from './province.section';
import { benchJobs } from './jobs.section';
import { benchApi } from './api.section';
import { benchPlacement } from './placement.bench';
import { benchPatch } from './patch.section';

const SECTIONS = ['import', 'names', 'placement', 'province', 'engines', 'jobs', 'api', 'patch'] as const;
type Section = (typeof SECTIONS)[number];

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => a !== '--');
  const unknown = asked.filter((a) => !SECTIONS.includes(a as Section));
  if (unknown.length > 0)
    throw new Error(`unknown benchmark ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  const chosen: Section[] = asked.length > 0 ? (asked as Section[]) : [...SECTIONS];
  const runs = Number(process.env['BENCH_RUNS'] ?? 3);
  out(
    `# redchain benchmarks, ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${runs} runs each\n`,
  );

  let server: LocalNeo4j | null = null;
  const dataDir = path.join(REPO_ROOT, '.redchain', 'bench-neo4j');
  const neo4j = async () => {
    if (!server) {
      rmSync(dataDir, { recursive: true, force: true });
      server = await startLocalNeo4j({ dataDir, heap: '2g', pageCacheMb: 1024 });
      out(`Neo4j ${server.version} Community at ${server.uri} (2 GiB heap, 1 GiB page cache)\n`);
    }
    return server;
  };
  try {
    for (const section of chosen) {
      if (section === 'names') benchNames(runs);
      if (section === 'placement') benchPlacement(runs);
      if (section === 'patch') await benchPatch(runs);
      if (section === 'engines') await benchEngines(neo4j, runs);
      if (section === 'import') {
        const s = await neo4j();
        const store = await Neo4jGraphStore.open({ uri: s.uri, user: 'neo4j', password: 'local', database: 'neo4j' });
        try {
          await benchImport(store, s.pid, runs);
        } finally {
          await store.close();
        }
      }
      if (section === 'province') await benchProvince(await neo4j(), runs);
      if (section === 'jobs') await benchJobs(await neo4j(), runs);
      if (section === 'api') await benchApi(await neo4j(), runs);
    }
  } finally {
    const started = server as LocalNeo4j | null;
    if (started) {
      await stopLocalNeo4j(started.pid);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

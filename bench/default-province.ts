import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { LocalNeo4j } from '../scripts/local-stack';
import { ENGINE_V8_FLAGS } from '../src/shared/engine-v8-flags';
import { cypherFile } from '../src/store/neo4j/cypher-files';
import { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import { ROOT, run, TSX } from './bench-util';

/** Where the benchmarks keep the default province (generated once, reused by every section). */
export const GENERATED = path.join(ROOT, '.redchain', 'generated');
/** 100,000 enterprises; BENCH_ENTERPRISES sets a smaller province to try a section out (its figures are not the targets'). */
export const PROVINCE_ENTERPRISES = Number(process.env['BENCH_ENTERPRISES'] ?? 100_000);
export const PROVINCE_BUNDLE = path.join(GENERATED, `province-${PROVINCE_ENTERPRISES}-20261124.bundle.json`);

/** Child processes that hold a province: room for it on the heap. */
export const HEAVY = {
  cwd: ROOT,
  maxBuffer: 1 << 26,
  env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
};

/**
 * Child processes that run the engines over a province (the engines in process, workers): with
 * the V8 flags a worker is started with (src/shared/engine-v8-flags.ts), so the in-process
 * baseline and the workers run alike.
 */
export const ENGINES = {
  ...HEAVY,
  env: { ...HEAVY.env, NODE_OPTIONS: [HEAVY.env.NODE_OPTIONS, ...ENGINE_V8_FLAGS].join(' ') },
};

/** The default province's bundle, generated if it is not there yet. */
export async function provinceBundle(): Promise<string> {
  mkdirSync(GENERATED, { recursive: true });
  if (!existsSync(PROVINCE_BUNDLE))
    await run(
      TSX,
      [path.join(ROOT, 'scripts', 'generate.ts'), '--enterprises', String(PROVINCE_ENTERPRISES), '--out', GENERATED],
      { cwd: ROOT, maxBuffer: 1 << 24 },
    );
  return PROVINCE_BUNDLE;
}

/** The benchmark's Neo4j holding the default province and nothing else (imported unless it already does). */
export async function provinceInNeo4j(server: LocalNeo4j): Promise<void> {
  const bundle = await provinceBundle();
  const store = await Neo4jGraphStore.open({ uri: server.uri, user: 'neo4j', password: 'local', database: 'neo4j' });
  try {
    if ((await store.countNodes('Enterprise')) === PROVINCE_ENTERPRISES) return;
    await store.connection.runSchema(cypherFile('bench/clear-database'));
  } finally {
    await store.close();
  }
  await run(TSX, [path.join(ROOT, 'bench', 'province-import.child.ts'), bundle, server.uri], HEAVY);
}

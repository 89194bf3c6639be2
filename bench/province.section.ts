import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { LocalNeo4j } from '../scripts/local-stack';
import { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import { cypherFile } from '../src/store/neo4j/cypher-files';
import { writeBigBundle } from './big-bundle';
import { median, out, ROOT, run, seconds, TSX } from './bench-util';

const OUT = path.join(ROOT, '.redchain', 'generated');

/** The default province: generating it (time, peak memory) and importing it into Neo4j. */
export async function benchProvince(server: LocalNeo4j, runs: number): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const generations: { ms: number; rss: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const started = Date.now();
    const { stdout } = await run(TSX, [path.join(ROOT, 'scripts', 'generate.ts'), '--out', OUT], {
      cwd: ROOT,
      maxBuffer: 1 << 24,
    });
    const rss = Number(/peak RSS (\d+) MiB/u.exec(stdout)?.[1]);
    generations.push({ ms: Date.now() - started, rss });
    out(
      `generate run ${i + 1}/${runs}: ${seconds(generations[i]!.ms)} (process), peak RSS ${rss} MiB\n${stdout.trim()}`,
    );
  }
  const file = path.join(OUT, 'province-100000-20261124.bundle.json');
  if (!existsSync(file)) throw new Error(`bench: the generator did not write ${file}`);

  const imports: ImportFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const figures = await importInChild(server, file);
    imports.push(figures);
    out(
      `province import run ${i + 1}/${runs}: ${seconds(figures.ms)}, peak RSS ${figures.maxRssMiB.toFixed(0)} MiB, ${JSON.stringify(figures.written)}, rejected ${figures.rejected}, held for review ${figures.review}`,
    );
  }
  const w = imports[0]!.written;
  out(`\n| default province (100k enterprises) | median of ${runs} | peak memory (median) |`);
  out('|---|---|---|');
  out(
    `| generate (process wall time, bundle written) | ${seconds(median(generations.map((g) => g.ms)))} | ${median(generations.map((g) => g.rss))} MiB |`,
  );
  out(
    `| import into an empty Neo4j (validate, resolve names, write) | ${seconds(median(imports.map((x) => x.ms)))} | ${median(imports.map((x) => x.maxRssMiB)).toFixed(0)} MiB |`,
  );
  out(`\nwritten: ${w['nodesCreated']} nodes, ${w['relsCreated']} relationships\n`);
  await benchBigImport(server);
}

/** Figures of one import child: time, peak memory, what it wrote. */
type ImportFigures = {
  ms: number;
  maxRssMiB: number;
  written: Record<string, number>;
  rejected: number;
  review: number;
};

/** One import of a bundle file into an emptied Neo4j, in its own process (its peak memory is the import's). */
async function importInChild(server: LocalNeo4j, file: string): Promise<ImportFigures> {
  const store = await Neo4jGraphStore.open({ uri: server.uri, user: 'neo4j', password: 'local', database: 'neo4j' });
  await store.connection.runSchema(cypherFile('bench/clear-database'));
  await store.close();
  const { stdout } = await run(TSX, [path.join(ROOT, 'bench', 'province-import.child.ts'), file, server.uri], {
    cwd: ROOT,
    maxBuffer: 1 << 24,
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
  });
  return JSON.parse(stdout.trim().split('\n').pop() as string) as ImportFigures;
}

/**
 * A bundle about ten times the province's (BENCH_BIG_MIB, default 1024 MiB), written record by
 * record and imported once: peak memory must stay near the province's, not grow with the file.
 * Once, not BENCH_RUNS times: it takes minutes. BENCH_BIG_MIB=0 skips it.
 */
async function benchBigImport(server: LocalNeo4j): Promise<void> {
  const mib = Number(process.env['BENCH_BIG_MIB'] ?? 1024);
  if (!(mib > 0)) return;
  const file = path.join(OUT, `big-${mib}.bundle.json`);
  const { enterprises, bytes } = await writeBigBundle(file, mib);
  const f = await importInChild(server, file);
  rmSync(file, { force: true });
  out(
    `big bundle import: ${(bytes / 2 ** 20).toFixed(0)} MiB, ${enterprises} enterprises: ${seconds(f.ms)}, peak RSS ${f.maxRssMiB.toFixed(0)} MiB, ${JSON.stringify(f.written)}, rejected ${f.rejected}, held for review ${f.review}`,
  );
  out(
    `\n| bundle of ${(bytes / 2 ** 20).toFixed(0)} MiB (${enterprises} enterprises, as many supply ties) | one run | peak memory |`,
  );
  out('|---|---|---|');
  out(`| import into an empty Neo4j, read as a stream | ${seconds(f.ms)} | ${f.maxRssMiB.toFixed(0)} MiB |\n`);
}

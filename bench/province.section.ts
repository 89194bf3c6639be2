import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { LocalNeo4j } from '../scripts/local-stack';
import { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import { cypherFile } from '../src/store/neo4j/cypher-files';
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

  const imports: {
    ms: number;
    maxRssMiB: number;
    written: Record<string, number>;
    rejected: number;
    review: number;
  }[] = [];
  for (let i = 0; i < runs; i++) {
    const store = await Neo4jGraphStore.open({ uri: server.uri, user: 'neo4j', password: 'local', database: 'neo4j' });
    await store.connection.runSchema(cypherFile('bench/clear-database'));
    await store.close();
    const { stdout } = await run(TSX, [path.join(ROOT, 'bench', 'province-import.child.ts'), file, server.uri], {
      cwd: ROOT,
      maxBuffer: 1 << 24,
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
    });
    const figures = JSON.parse(stdout.trim().split('\n').pop() as string) as (typeof imports)[number];
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
}

/**
 * npm run generate -- [--enterprises N] [--seed S] [--out DIR]
 * Writes DIR/province-<N>-<S>.bundle.json and the ground truth beside it
 * (DIR/province-<N>-<S>.truth.json). Default: 100k enterprises, seed 20261124, .redchain/generated.
 *
 * npm run generate -- roster [--enterprises N] [--seed S] [--out DIR]
 * Writes a fictional park roster as the registry exports it, DIR/baiyin-hitech-roster-<N>.xlsx, and
 * its truth beside it (.truth.json). Default: 300 enterprises, seed 20261202, seeds/rosters.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { GENERATE_DEFAULTS, generateProvince } from '../seeds/generate/generate-province';
import { writeBundleFile } from '../seeds/generate/write-bundle-file';
import { countRelationships } from '../seeds/generate/count-relationships';
import { generateRoster, ROSTER_DEFAULTS } from '../seeds/generate/generate-roster';
import { rosterXlsx } from '../seeds/generate/write-roster-xlsx';
import { REPO_ROOT } from './local-stack';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    enterprises: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
  },
});
if (positionals[0] === 'roster') {
  const count = Number(values.enterprises ?? ROSTER_DEFAULTS.enterprises);
  const out = values.out ?? path.join(REPO_ROOT, 'seeds', 'rosters');
  const { rows, truth } = generateRoster({ enterprises: count, seed: Number(values.seed ?? ROSTER_DEFAULTS.seed) });
  mkdirSync(out, { recursive: true });
  const file = path.join(out, `baiyin-hitech-roster-${count}`);
  void rosterXlsx(rows).then((xlsx) => {
    writeFileSync(`${file}.xlsx`, xlsx);
    writeFileSync(`${file}.truth.json`, `${JSON.stringify(truth, null, 1)}\n`);
    process.stdout.write(
      `${path.relative(process.cwd(), file)}.xlsx: ${rows.length} fictional enterprises, truth beside it\n`,
    );
  });
} else if (positionals.length > 0) {
  throw new Error(`unknown mode '${positionals[0]}' (the one mode is 'roster'; without it, a province)`);
} else generateProvinceFiles();

function generateProvinceFiles(): void {
  const enterprises = Number(values.enterprises ?? GENERATE_DEFAULTS.enterprises);
  const seed = Number(values.seed ?? GENERATE_DEFAULTS.seed);
  if (!Number.isInteger(enterprises) || enterprises < 10)
    throw new Error('--enterprises must be a whole number of at least 10');
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');

  const started = performance.now();
  const { bundle, truth } = generateProvince({ enterprises, seed });
  const generatedMs = performance.now() - started;
  const dir = values.out ?? path.join(REPO_ROOT, '.redchain', 'generated');
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `province-${enterprises}-${seed}`);
  const bytes = writeBundleFile(`${base}.bundle.json`, bundle);
  writeFileSync(`${base}.truth.json`, JSON.stringify(truth));
  const counts = Object.entries(bundle)
    .filter(([k]) => k !== 'format')
    .map(([k, v]) => `${k} ${(v as unknown[]).length}`)
    .join(', ');
  process.stdout.write(
    `${path.relative(process.cwd(), base)}.bundle.json: ${(bytes / 2 ** 20).toFixed(1)} MiB in ${(generatedMs / 1000).toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n${counts}\nrelationships ${countRelationships(bundle)}, held-out supply ties ${truth.heldOutSupplies.length}\n`,
  );
}

/**
 * npm run generate -- [--enterprises N] [--seed S] [--out DIR]
 * Writes DIR/province-<N>-<S>.bundle.json and the ground truth beside it
 * (DIR/province-<N>-<S>.truth.json). Default: 100k enterprises, seed 20261124, .redchain/generated.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { GENERATE_DEFAULTS, generateProvince } from '../seeds/generate/generate-province';
import { writeBundleFile } from '../seeds/generate/write-bundle-file';
import { countRelationships } from '../seeds/generate/count-relationships';
import { REPO_ROOT } from './local-stack';

const { values } = parseArgs({
  options: {
    enterprises: { type: 'string', default: String(GENERATE_DEFAULTS.enterprises) },
    seed: { type: 'string', default: String(GENERATE_DEFAULTS.seed) },
    out: { type: 'string', default: path.join(REPO_ROOT, '.redchain', 'generated') },
  },
});
const enterprises = Number(values.enterprises);
const seed = Number(values.seed);
if (!Number.isInteger(enterprises) || enterprises < 10)
  throw new Error('--enterprises must be a whole number of at least 10');
if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');

const started = performance.now();
const { bundle, truth } = generateProvince({ enterprises, seed });
const generatedMs = performance.now() - started;
mkdirSync(values.out, { recursive: true });
const base = path.join(values.out, `province-${enterprises}-${seed}`);
const bytes = writeBundleFile(`${base}.bundle.json`, bundle);
writeFileSync(`${base}.truth.json`, JSON.stringify(truth));
const counts = Object.entries(bundle)
  .filter(([k]) => k !== 'format')
  .map(([k, v]) => `${k} ${(v as unknown[]).length}`)
  .join(', ');
process.stdout.write(
  `${path.relative(process.cwd(), base)}.bundle.json: ${(bytes / 2 ** 20).toFixed(1)} MiB in ${(generatedMs / 1000).toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n${counts}\nrelationships ${countRelationships(bundle)}, held-out supply ties ${truth.heldOutSupplies.length}\n`,
);

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLE_FORMAT } from '../../src/ingest/bundle.schema';
import { seedsRoot } from '../../src/ingest/seed-files';
import { generateChains } from './generate-chains';
import { generateEnterprises } from './generate-enterprises';
import { generateOrganisations } from './generate-organisations';
import { generatePeople } from './generate-people';
import { generateRegions } from './generate-regions';
import { Prng } from './prng';

export const GENERATE_DEFAULTS = {
  /** Enterprises in the province; experts, works and problems scale with it. */
  enterprises: 100_000,
  seed: 20261124,
} as const;

/** A generated bundle: the format and each section's records. */
export type GeneratedBundle = { format: string } & Record<string, unknown>;

export interface GroundTruth {
  format: 'redchain-truth/1';
  seed: number;
  enterprises: number;
  /** Supply ties left out of the bundle: partner matching should find them. */
  heldOutSupplies: { from: string; to: string }[];
  /** Experts who truly fit each problem. */
  expertFits: Record<string, string[]>;
}

/**
 * A deterministic synthetic province (DESIGN.md §7): same seed and size, same bundle, byte for
 * byte. Default: 100k enterprises in about 300 regions, 40 chains with about 2,000 segments, 20k
 * experts with 100k works, 5k problems, about 10k party organisations with pairings.
 *
 * @example generateProvince({ enterprises: 1000, seed: 7 }).bundle.enterprises.length // 1000
 */
export function generateProvince({
  enterprises = GENERATE_DEFAULTS.enterprises,
  seed = GENERATE_DEFAULTS.seed,
}: { enterprises?: number; seed?: number } = {}): { bundle: GeneratedBundle; truth: GroundTruth } {
  const prng = new Prng(seed);
  const ratio = enterprises / 100_000;
  const cities = Math.max(2, Math.min(14, Math.round(14 * Math.sqrt(ratio))));
  const regions = generateRegions(prng, cities);
  const chains = generateChains(readTemplates(), prng);
  const ents = generateEnterprises(enterprises, regions, chains, prng);
  const orgs = generateOrganisations(enterprises, regions, chains, ents, prng);
  const people = generatePeople(
    { experts: Math.round(enterprises / 5), works: enterprises, problems: Math.max(1, Math.round(enterprises / 20)) },
    regions,
    chains,
    ents,
    orgs,
    prng,
  );
  const bundle = {
    format: BUNDLE_FORMAT,
    regions: regions.map((r) => ({ ...r, source: 'generated' })),
    chains: chains.chains,
    segments: chains.segments.map((s) => ({ ...s, source: 'generated' })),
    feeds: chains.feeds,
    enterprises: ents.enterprises,
    supplies: ents.supplies,
    institutions: orgs.institutions,
    partyOrgs: orgs.partyOrgs,
    pairings: orgs.pairings,
    people: people.people,
    works: people.works,
    problems: people.problems,
    teams: people.teams,
    requests: people.requests,
  };
  return {
    bundle,
    truth: {
      format: 'redchain-truth/1',
      seed,
      enterprises,
      heldOutSupplies: ents.heldOutSupplies,
      expertFits: people.expertFits,
    },
  };
}

/** The chain templates, in file order (the generator's vocabulary comes from them). */
function readTemplates(): Record<string, unknown>[] {
  // found upwards, so that the compiled generator (dist/seeds/generate) reads the same files
  const folder = path.join(seedsRoot(__dirname), 'templates');
  if (!existsSync(folder)) throw new Error(`generate: no chain templates at ${folder}`);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(folder, f), 'utf8')) as Record<string, unknown>);
}

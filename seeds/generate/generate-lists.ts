/**
 * Needs and departments' resources with a hidden truth, for `npm run eval -- lists`. A province
 * of 2 cities × 3 parks, 5 chains; in each park a department per kind of resource with 3
 * resources of that kind (one for any chain, two for chains of the park), each with 2 keywords,
 * and a city-wide resource per kind; 10 % have expired. Each need is drawn from one valid
 * resource — the one that met it, the truth — as an enterprise writes it: the kind of ask that
 * resource answers, on its chain, where it serves, naming one of its keywords 70 % of the time
 * (else a plain phrase), and a word of another kind 30 % of the time. Look-alikes of the same
 * kind and chain are everywhere: the matcher has to find the one that met the need.
 */
import type { ResourceKind } from '../../src/domain';
import type { ListNeed, ListResource } from '../../src/match/lists';
import { ASK_FOR, PLAIN_ASKS, RESOURCE_NAMES, RESOURCE_WORDS } from './list-vocabulary';
import { Prng } from './prng';

export const LISTS_GENERATE_DEFAULTS = { seed: 20261204, needs: 2000 } as const;
/** The day the lists are judged on: resources valid until before it have expired. */
export const LISTS_AS_OF = '2026-12-04';

export interface ListsWorld {
  needs: ListNeed[];
  resources: ListResource[];
  /** need id → the resource that met it. */
  truth: Map<string, string>;
}

type Kind = keyof typeof RESOURCE_WORDS;
const KINDS = Object.keys(RESOURCE_WORDS) as Kind[];
const CHAINS = ['ship', 'lithium', 'nylon', 'optics', 'bio'];

export function generateLists({
  seed = LISTS_GENERATE_DEFAULTS.seed,
  needs = LISTS_GENERATE_DEFAULTS.needs as number,
}: { seed?: number; needs?: number } = {}): ListsWorld {
  const rng = new Prng(seed);
  const resources: ListResource[] = [];
  const parksOf = new Map(['c0', 'c1'].map((c) => [c, [0, 1, 2].map((p) => `${c}-p${p}`)]));
  const chainsOf = new Map<string, string[]>();
  const resource = (region: string, kind: Kind, chainIds: string[], n: number): ListResource => {
    const keywords = rng.sample(RESOURCE_WORDS[kind], 2);
    return {
      id: `res-${region}-${kind}-${n}`,
      name: `${keywords[0]}${RESOURCE_NAMES[kind]}`,
      kind: kind as ResourceKind,
      description: `面向企业提供${keywords.join('、')}等服务`,
      keywords,
      department: { id: `dept-${region}-${kind}`, name: `${region}${RESOURCE_NAMES[kind]}部门` },
      regionId: region,
      chainIds,
      ...(rng.chance(0.1) ? { validUntil: '2025-12-31' } : {}),
    };
  };
  for (const [city, parks] of parksOf) {
    for (const kind of KINDS) resources.push(resource(city, kind, [], 0));
    for (const park of parks) {
      const chains = rng.sample(CHAINS, 2);
      chainsOf.set(park, chains);
      for (const kind of KINDS)
        resources.push(
          resource(park, kind, [], 0),
          resource(park, kind, [chains[0]!], 1),
          resource(park, kind, [chains[1]!], 2),
        );
    }
  }
  const cityOf = (park: string) => park.split('-')[0]!;
  const valid = resources.filter((r) => r.validUntil === undefined);
  const out: ListNeed[] = [];
  const truth = new Map<string, string>();
  for (let i = 0; i < needs; i++) {
    const target = rng.pick(valid);
    const kind = target.kind as Kind;
    const park = target.regionId!.includes('-') ? target.regionId! : rng.pick(parksOf.get(target.regionId!)!);
    const chain = target.chainIds[0] ?? rng.pick(chainsOf.get(park)!);
    const category = ASK_FOR[kind];
    const said = rng.chance(0.7) ? `需要${rng.pick(target.keywords)}` : rng.pick(PLAIN_ASKS[category]);
    const other = rng.pick(KINDS.filter((k) => k !== kind));
    const noise = rng.chance(0.3) ? `，另需${rng.pick(RESOURCE_WORDS[other])}` : '';
    const id = `need-${i}`;
    out.push({
      id,
      source:
        kind === 'talent' || kind === 'training' ? 'TalentNeed' : kind === 'funding' ? 'FinancingNeed' : 'Request',
      category,
      title: `${said}${noise}`,
      text: '',
      open: true,
      enterprise: { id: `ent-${i}`, name: `企业${i}`, regionIds: [park, cityOf(park)], chainIds: [chain] },
    });
    truth.set(id, target.id);
  }
  return { needs: out, resources, truth };
}

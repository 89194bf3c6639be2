import { articlesBundle, mergeBundles } from '../../src/ingest/seed-files';
import { generateDemoProblems, generateDemoRequests } from './demo-asks';
import { demoChains, generateDemoEnterprises, type DemoEnterprises } from './demo-enterprises';
import { generateDemoPeople } from './demo-people';
import { generateDemoLists } from './demo-lists';
import { generateDemoSquads } from './demo-squads';
import { generateDemoMobileMembers } from './demo-mobile-members';
import { generateDemoChiefs } from './demo-chiefs';
import { DEMO_INSTITUTIONS } from './demo-places';
import { Prng } from './prng';

type Rec = Record<string, unknown>;

export const DEMO_DEFAULTS = {
  /** Generated enterprises around the articles' own. */
  enterprises: 3000,
  seed: 20261203,
} as const;

/**
 * The demo world: the articles' dataset (chain templates and the records read from the five
 * articles, unmarked) inside a generated surrounding in the articles' own parks and chains —
 * enterprises with needs and supply ties, party branches, research institutes and service
 * centres, experts with works, 党建指导员 and service staff, problems and requests. Every
 * generated record carries `synthetic: true`. Deterministic: same seed and size, same bundle.
 *
 * @example generateDemoWorld().enterprises.length // 56 articles' + 3000 generated
 */
export function generateDemoWorld({
  enterprises = DEMO_DEFAULTS.enterprises,
  seed = DEMO_DEFAULTS.seed,
}: { enterprises?: number; seed?: number } = {}): Rec {
  const articles = articlesBundle();
  const world = mergeBundles([articles, demoSurroundings(articles, enterprises, seed)]);
  // the chain chiefs' records are drawn from the world around them (its requests, segments, leads)
  return mergeBundles([world, generateDemoChiefs(world, seed)]);
}

/** Only the generated part, placed against the articles' regions, chains and records. */
export function demoSurroundings(articles: Rec, enterprises: number, seed: number): Rec {
  const prng = new Prng(seed);
  const chains = demoChains(articles);
  const ents = generateDemoEnterprises(enterprises, chains, prng);
  const branches = partyBranches(ents, prng);
  const branchOf = new Map(branches.map((b) => [String((b['covers'] as string[])[0]), String(b['id'])]));
  const people = generateDemoPeople(articles, chains, ents, branchOf, prng);
  const squads = generateDemoSquads(articles, ents, seed);
  // 流动党员 (000): their own random stream, so the rest of the world stays as it was
  const mobile = generateDemoMobileMembers(ents, branchOf, seed);
  people.people.push(...mobile.people);
  return {
    institutions: DEMO_INSTITUTIONS.map(({ chains: _chains, ...institution }) => ({
      ...institution,
      source: 'generated',
      synthetic: true,
    })),
    enterprises: ents.enterprises,
    supplies: ents.supplies,
    partyOrgs: branches,
    people: [...people.people, ...squads.people],
    works: people.works,
    problems: generateDemoProblems(ents, prng),
    requests: generateDemoRequests(ents, prng),
    // 3张清单: a Prng of its own, so that the draws above stay as they were
    ...generateDemoLists(namesOf(articles, 'regions'), namesOf(articles, 'chains'), new Prng(seed + 41)),
    investmentSquads: squads.investmentSquads,
    squadLeads: squads.squadLeads,
    squadVisits: squads.squadVisits,
    outcomes: squads.outcomes,
    memberMoves: mobile.memberMoves,
  };
}

/** id → name of a section's records. */
function namesOf(bundle: Rec, section: string): Map<string, string> {
  return new Map(((bundle[section] as Rec[] | undefined) ?? []).map((r) => [String(r['id']), String(r['name'])]));
}

/** A party branch in a third of the larger enterprises, under its park's organisation when it has one. */
function partyBranches(ents: DemoEnterprises, prng: Prng): Rec[] {
  const branches: Rec[] = [];
  ents.placement.forEach((p, i) => {
    if (p.scale === 'micro' || !prng.chance(0.35)) return;
    const e = ents.enterprises[i]!;
    branches.push({
      id: `demo-po-${String(i).padStart(5, '0')}`,
      name: `${String(e['name']).replace(/（集团）有限公司$|股份有限公司$|有限责任公司$|有限公司$/u, '')}党支部`,
      kind: 'branch',
      members: prng.between(3, 40),
      ...(p.place.partyOrgId ? { parentId: p.place.partyOrgId } : {}),
      regionId: p.place.regionId,
      chainIds: [p.segment.chainId],
      covers: [e['id']],
      source: 'generated',
      synthetic: true,
    });
  });
  return branches;
}

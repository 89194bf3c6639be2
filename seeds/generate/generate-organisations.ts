import type { GeneratedChains } from './generate-chains';
import type { GeneratedEnterprises } from './generate-enterprises';
import type { GeneratedRegion } from './generate-regions';
import type { Prng } from './prng';
import { pushTo } from './push-to';
import { INSTITUTE_SUFFIXES, UNIVERSITY_SUFFIXES } from './vocabulary';

type Rec = Record<string, unknown>;

export interface GeneratedOrganisations {
  institutions: Rec[];
  /** Chains each institution works on, by institution index. */
  institutionChains: string[][];
  partyOrgs: Rec[];
  pairings: Rec[];
  /** The party organisation covering each enterprise (by index), when it has one. */
  enterpriseOrg: (string | undefined)[];
  institutionOrg: string[];
  parkCommittee: Map<string, string>;
}

/**
 * Institutions in the cities (universities, institutes, labs) with the chains they work on;
 * party organisations as the parks build them: a working committee per park, a chain committee
 * per park and focus chain, enterprise party organisations (single or joint branches) UNDER
 * them, institution committees; and pairings between enterprise and institution organisations
 * on the same chain (校地共建) and along supply ties (结对共建).
 */
export function generateOrganisations(
  count: number,
  regions: GeneratedRegion[],
  chains: GeneratedChains,
  ents: GeneratedEnterprises,
  prng: Prng,
): GeneratedOrganisations {
  const cities = regions.filter((r) => r.level === 'city');
  const chainIds = chains.chains.map((c) => String(c['id']));
  const chainName = new Map(chains.chains.map((c) => [String(c['id']), String(c['name'])]));
  const institutions: Rec[] = [];
  const institutionChains: string[][] = [];
  const perCity = Math.max(1, Math.round(count / 300 / cities.length));
  for (const city of cities) {
    for (let k = 0; k < perCity; k++) {
      const university = k % 4 === 0;
      const focus = prng.sample(chainIds, prng.between(2, 4));
      const suffix = university ? prng.pick(UNIVERSITY_SUFFIXES) : prng.pick(INSTITUTE_SUFFIXES);
      const field = university ? '' : (chainName.get(focus[0] as string) ?? '');
      institutions.push({
        id: `gen-inst-${institutions.length}`,
        name: `${city.name.replace(/市$/u, '')}${field}${suffix}${k > 3 ? k : ''}`,
        kind: university ? 'university' : suffix.includes('实验室') ? 'lab' : 'institute',
        description: `聚焦${focus.map((c) => chainName.get(c)).join('、')}`,
        regionId: city.id,
        source: 'generated',
      });
      institutionChains.push(focus);
    }
  }

  const partyOrgs: Rec[] = [];
  const parkCommittee = new Map<string, string>();
  const chainCommittee = new Map<string, string>();
  for (const park of regions.filter((r) => r.level === 'park')) {
    const id = `gen-po-gwc-${park.id.slice(4)}`;
    parkCommittee.set(park.id, id);
    partyOrgs.push({
      id,
      name: `${park.name}党工委`,
      kind: 'working_committee',
      members: prng.between(20, 80),
      regionId: park.id,
      source: 'generated',
    });
  }
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const parkChains = new Set(ents.placement.map((p) => `${p.parkId}|${p.segment.chainId}`));
  for (const key of [...parkChains].sort()) {
    const [parkId, chainId] = key.split('|') as [string, string];
    if (prng.chance(0.5)) continue;
    const id = `gen-po-chain-${chainCommittee.size}`;
    chainCommittee.set(key, id);
    const park = regionById.get(parkId) as GeneratedRegion;
    partyOrgs.push({
      id,
      name: `${park.name}${chainName.get(chainId)}产业链党委`,
      kind: prng.chance(0.6) ? 'chain_committee' : 'chain_branch',
      members: prng.between(10, 120),
      parentId: parkCommittee.get(parkId),
      regionId: parkId,
      chainIds: [chainId],
      source: 'generated',
    });
  }

  // a chain committee covers the enterprises of its chain in its park (一链一党委)
  const chainCovers = new Map<string, string[]>();
  ents.placement.forEach((p, i) => {
    const committee = chainCommittee.get(`${p.parkId}|${p.segment.chainId}`);
    if (committee) pushTo(chainCovers, committee, String(ents.enterprises[i]!['id']));
  });
  for (const org of partyOrgs) {
    const covers = chainCovers.get(String(org['id']));
    if (covers) org['covers'] = covers;
  }

  const enterpriseOrg: (string | undefined)[] = new Array(ents.enterprises.length).fill(undefined);
  const target = Math.round(count * 0.09);
  let joint: { id: string; covers: string[] } | null = null;
  ents.enterprises.forEach((e, i) => {
    const wanted = (e['tags'] as string[]).includes('above_scale') ? 0.22 : 0.03;
    if (!prng.chance(wanted * (target / Math.max(1, count * 0.1)))) return;
    const here = ents.placement[i]!;
    const parentId = chainCommittee.get(`${here.parkId}|${here.segment.chainId}`) ?? parkCommittee.get(here.parkId);
    if (e['scale'] === 'micro' && joint && joint.covers.length < 6) {
      joint.covers.push(String(e['id']));
      enterpriseOrg[i] = joint.id;
      return;
    }
    const id = `gen-po-ent-${partyOrgs.length}`;
    const isJoint = e['scale'] === 'micro';
    const org: Rec = {
      id,
      name: `${String(e['name']).replace(/(股份)?有限(责任)?公司$|（集团）/gu, '')}${isJoint ? '联合党支部' : '党支部'}`,
      kind: isJoint ? 'joint_branch' : 'branch',
      members: prng.pareto(1.3, 200) + 2,
      parentId,
      regionId: here.parkId,
      covers: [String(e['id'])],
      source: 'generated',
    };
    if (isJoint) joint = { id, covers: org['covers'] as string[] };
    partyOrgs.push(org);
    enterpriseOrg[i] = id;
  });
  const institutionOrg = institutions.map((inst, i) => {
    const id = `gen-po-inst-${i}`;
    partyOrgs.push({
      id,
      name: `${String(inst['name'])}党委`,
      kind: 'committee',
      members: prng.between(50, 400),
      regionId: inst['regionId'],
      covers: [inst['id']],
      source: 'generated',
    });
    return id;
  });

  const pairings: Rec[] = [];
  const paired = new Set<string>();
  const pair = (a: string, b: string, kind: string) => {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || paired.has(key)) return;
    paired.add(key);
    pairings.push({
      a,
      b,
      kind,
      since: `${prng.between(2019, 2025)}-0${prng.between(1, 9)}-${String(prng.between(10, 28))}`,
      source: 'generated',
    });
  };
  const byChain = new Map<string, number[]>();
  institutionChains.forEach((focus, i) => focus.forEach((c) => pushTo(byChain, c, i)));
  ents.placement.forEach((p, i) => {
    const org = enterpriseOrg[i];
    if (!org || !prng.chance(0.25)) return;
    const options = byChain.get(p.segment.chainId);
    if (options?.length) pair(org, institutionOrg[prng.pick(options)] as string, 'school_local');
  });
  const orgByEnterpriseId = new Map(ents.enterprises.map((e, i) => [String(e['id']), enterpriseOrg[i]]));
  for (const tie of ents.supplies) {
    const a = orgByEnterpriseId.get(tie.from);
    const b = orgByEnterpriseId.get(tie.to);
    if (a && b && prng.chance(0.3)) pair(a, b, 'co_building');
  }
  return { institutions, institutionChains, partyOrgs, pairings, enterpriseOrg, institutionOrg, parkCommittee };
}

import { usccCheckCharacter } from '../../src/domain';
import type { GeneratedChains, GeneratedSegment } from './generate-chains';
import type { GeneratedRegion } from './generate-regions';
import { zipfWeights, type Prng } from './prng';
import { pushTo } from './push-to';
import { INDUSTRY_WORDS, LEGAL_FORMS, TRADE_SYLLABLES } from './vocabulary';

type Rec = Record<string, unknown>;

export interface GeneratedEnterprises {
  enterprises: Rec[];
  supplies: { from: string; to: string; source: string }[];
  heldOutSupplies: { from: string; to: string }[];
  /** For each enterprise index: its park, city and primary segment (used by later steps). */
  placement: { parkId: string; cityId: string; segment: GeneratedSegment }[];
}

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const SCALES = ['micro', 'small', 'medium', 'large'] as const;
const SCALE_WEIGHTS = [0.45, 0.35, 0.15, 0.05];

/**
 * Enterprises clustered in parks (Zipf-sized, each park specialised in two or three chains),
 * heavy-tailed in scale, producing in leaf segments and needing what FEEDS those segments; supply
 * ties drawn from the producers of what they need, more likely in the same park or city. A tenth
 * of the ties is held out as ground truth for evaluating partner matching.
 */
export function generateEnterprises(
  count: number,
  regions: GeneratedRegion[],
  chains: GeneratedChains,
  prng: Prng,
  heldOutShare = 0.1,
): GeneratedEnterprises {
  const parks = regions.filter((r) => r.level === 'park');
  const byId = new Map(regions.map((r) => [r.id, r]));
  const cityOf = (park: GeneratedRegion) =>
    byId.get(byId.get(park.parentId as string)?.parentId as string) as GeneratedRegion;
  const parkWeights = prng.sample(zipfWeights(parks.length, 0.9), parks.length);
  const chainIds = chains.chains.map((c) => String(c['id']));
  const leavesByChain = new Map<string, GeneratedSegment[]>();
  for (const leaf of chains.leaves) pushTo(leavesByChain, leaf.chainId, leaf);
  const chainsWithLeaves = chainIds.filter((id) => leavesByChain.has(id));
  const segmentById = new Map(chains.segments.map((s) => [s.id, s]));
  const focus = new Map(parks.map((p) => [p.id, prng.sample(chainsWithLeaves, prng.between(2, 3))]));

  const enterprises: Rec[] = [];
  const placement: GeneratedEnterprises['placement'] = [];
  const producers = new Map<string, number[]>();
  const usedCores = new Set<string>();
  for (let i = 0; i < count; i++) {
    const park = parks[prng.weighted(parkWeights)] as GeneratedRegion;
    const city = cityOf(park);
    const chainId = prng.chance(0.8) ? prng.pick(focus.get(park.id) as string[]) : prng.pick(chainsWithLeaves);
    const leaves = leavesByChain.get(chainId) as GeneratedSegment[];
    const segment = prng.pick(leaves);
    const segments = [segment.id];
    if (prng.chance(0.2)) {
      const second = prng.pick(leaves).id;
      if (second !== segment.id) segments.push(second);
    }
    const scale = SCALES[prng.weighted(SCALE_WEIGHTS)] as (typeof SCALES)[number];

    const [trade, industry] = uniqueTradeName(prng, usedCores);
    const cityPrefix = prng.chance(0.4) ? city.name.replace(/市$/u, '') : '';
    const name = `${cityPrefix}${trade}${industry}${prng.pick(LEGAL_FORMS)}`;

    const inputs = [...new Set(segments.flatMap((s) => chains.inputsOf.get(s) ?? []))];
    const needsSegments = prng.sample(inputs, prng.between(2, 4));
    const tags: string[] = [];
    if (scale === 'large' || scale === 'medium' || (scale === 'small' && prng.chance(0.3))) tags.push('above_scale');
    if (prng.chance(scale === 'large' ? 0.5 : 0.12)) tags.push('high_tech');
    if ((scale === 'small' || scale === 'medium') && prng.chance(0.06)) tags.push('specialised_sme');
    if (scale === 'medium' && prng.chance(0.03)) tags.push('little_giant');
    if (scale === 'large' && prng.chance(0.2)) tags.push('listed');

    const id = `gen-ent-${String(i).padStart(6, '0')}`;
    enterprises.push({
      id,
      name,
      ...(prng.chance(0.3) ? { aliases: [`${trade}${industry}`] } : {}),
      ...(prng.chance(0.7) ? { uscc: uscc(prng) } : {}),
      scale,
      tags,
      products: prng.sample(segment.keywords, prng.between(1, 3)),
      needs: needsSegments.map((s) => segmentById.get(s)?.keywords[0] ?? s),
      description: `${segment.name}领域企业`,
      lat: Math.round((park.lat + (prng.next() - 0.5) * 0.02) * 1e5) / 1e5,
      lng: Math.round((park.lng + (prng.next() - 0.5) * 0.02) * 1e5) / 1e5,
      regionId: park.id,
      segments,
      needsSegments,
      source: 'generated',
    });
    placement.push({ parkId: park.id, cityId: city.id, segment });
    for (const s of segments) {
      pushTo(producers, s, i);
      // a producer of 正极材料·磷酸铁锂 is a producer of 正极材料 for buyers who need the coarser segment
      if (s.includes('--')) pushTo(producers, s.slice(0, s.indexOf('--')), i);
    }
  }
  markChainMasters(enterprises, placement);
  const { supplies, heldOutSupplies } = supplyTies(enterprises, placement, producers, prng, heldOutShare);
  return { enterprises, supplies, heldOutSupplies, placement };
}

/** In each park, the first large enterprise of a chain with five or more members is its chain master. */
function markChainMasters(enterprises: Rec[], placement: GeneratedEnterprises['placement']): void {
  const members = new Map<string, number[]>();
  placement.forEach((p, i) => pushTo(members, `${p.parkId}|${p.segment.chainId}`, i));
  for (const [key, list] of members) {
    if (list.length < 5) continue;
    const master = list.find((i) => enterprises[i]!['scale'] === 'large');
    if (master === undefined) continue;
    const [parkId, chainId] = key.split('|') as [string, string];
    const e = enterprises[master] as Rec;
    (e['tags'] as string[]).push('chain_master');
    e['chainMasterOf'] = [{ chainId, regionId: parkId }];
  }
}

function supplyTies(
  enterprises: Rec[],
  placement: GeneratedEnterprises['placement'],
  producers: Map<string, number[]>,
  prng: Prng,
  heldOutShare: number,
) {
  const supplies: GeneratedEnterprises['supplies'] = [];
  const heldOutSupplies: GeneratedEnterprises['heldOutSupplies'] = [];
  const seen = new Set<string>();
  enterprises.forEach((e, buyer) => {
    for (const needed of e['needsSegments'] as string[]) {
      const candidates = producers.get(needed);
      if (!candidates || candidates.length === 0 || prng.chance(0.15)) continue;
      const roll = prng.next();
      const here = placement[buyer]!;
      const pool =
        roll < 0.45
          ? candidates.filter((c) => placement[c]!.parkId === here.parkId)
          : roll < 0.75
            ? candidates.filter((c) => placement[c]!.cityId === here.cityId)
            : candidates;
      const supplier = prng.pick(pool.length > 0 ? pool : candidates);
      const key = `${supplier}>${buyer}`;
      if (supplier === buyer || seen.has(key)) continue;
      seen.add(key);
      const tie = { from: String(enterprises[supplier]!['id']), to: String(e['id']) };
      if (prng.chance(heldOutShare)) heldOutSupplies.push(tie);
      else supplies.push({ ...tie, source: 'generated' });
    }
  });
  return { supplies, heldOutSupplies };
}

/** A trade name and industry word no other enterprise of the province has (core names stay distinct). */
function uniqueTradeName(prng: Prng, used: Set<string>): [string, string] {
  for (;;) {
    const trade = Array.from({ length: prng.chance(0.7) ? 2 : 3 }, () => prng.pick(TRADE_SYLLABLES)).join('');
    const industry = prng.pick(INDUSTRY_WORDS);
    if (!used.has(trade + industry)) {
      used.add(trade + industry);
      return [trade, industry];
    }
  }
}

function uscc(prng: Prng): string {
  const head = `914${String(prng.between(10000, 99999))}`;
  let body = '';
  for (let i = 0; i < 9; i++) body += USCC_ALPHABET[prng.int(USCC_ALPHABET.length)];
  const first17 = head + body;
  return first17 + usccCheckCharacter(first17);
}

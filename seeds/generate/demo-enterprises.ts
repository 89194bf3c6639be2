import { usccCheckCharacter } from '../../src/domain';
import { CHAIN_TRADES, DEMO_PLACES, type DemoPlace } from './demo-places';
import type { Prng } from './prng';
import { pushTo } from './push-to';
import { INDUSTRY_WORDS, LEGAL_FORMS, TRADE_SYLLABLES } from './vocabulary';

type Rec = Record<string, unknown>;

/** A template segment as the demo world uses it. */
export interface DemoSegment {
  id: string;
  chainId: string;
  name: string;
  keywords: string[];
}

/** The chain templates, read for placing the generated enterprises. */
export interface DemoChains {
  segments: Map<string, DemoSegment>;
  byChain: Map<string, DemoSegment[]>;
  /** For each segment, the segments that feed it (what its producers buy). */
  inputsOf: Map<string, string[]>;
}

export interface DemoEnterprises {
  enterprises: Rec[];
  supplies: Rec[];
  /** For each enterprise: where it is and its first segment. */
  placement: { place: DemoPlace; segment: DemoSegment; scale: string }[];
}

const SCALES = ['micro', 'small', 'medium', 'large'] as const;
const SCALE_WEIGHTS = [0.4, 0.35, 0.18, 0.07];
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function demoChains(bundle: Rec): DemoChains {
  const segments = new Map<string, DemoSegment>();
  const byChain = new Map<string, DemoSegment[]>();
  for (const s of (bundle['segments'] as Rec[]) ?? []) {
    const segment = {
      id: String(s['id']),
      chainId: String(s['chainId']),
      name: String(s['name']),
      keywords: (s['keywords'] as string[] | undefined) ?? [String(s['name'])],
    };
    segments.set(segment.id, segment);
    pushTo(byChain, segment.chainId, segment);
  }
  const inputsOf = new Map<string, string[]>();
  for (const f of (bundle['feeds'] as Rec[]) ?? []) pushTo(inputsOf, String(f['to']), String(f['from']));
  return { segments, byChain, inputsOf };
}

/**
 * Enterprises in the articles' parks, on the chains each park works on: Zipf-sized places,
 * heavy-tailed scale, producing in a template segment and needing what FEEDS it; supply ties
 * drawn from producers of what they need, most often in the same park.
 */
export function generateDemoEnterprises(count: number, chains: DemoChains, prng: Prng): DemoEnterprises {
  const weights = DEMO_PLACES.map((p) => p.weight);
  const enterprises: Rec[] = [];
  const placement: DemoEnterprises['placement'] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < count; i++) {
    const place = DEMO_PLACES[prng.weighted(weights)] as DemoPlace;
    const focus = prng.pick(place.focus);
    const options = (chains.byChain.get(focus.chainId) ?? []).filter(
      (s) => !focus.segments || focus.segments.includes(s.id),
    );
    const segment = prng.pick(options);
    const segments = [segment.id];
    if (prng.chance(0.15)) {
      const second = prng.pick(options).id;
      if (second !== segment.id) segments.push(second);
    }
    const scale = SCALES[prng.weighted(SCALE_WEIGHTS)] as string;
    const inputs = [...new Set(segments.flatMap((s) => chains.inputsOf.get(s) ?? []))];
    const needsSegments = prng.sample(inputs, prng.between(1, 3));
    const [core, legal] = uniqueName(prng, usedNames, CHAIN_TRADES[segment.chainId] ?? INDUSTRY_WORDS);
    const name = `${prng.chance(0.5) ? place.city : ''}${core}${legal}`;
    enterprises.push({
      id: `demo-ent-${String(i).padStart(5, '0')}`,
      name,
      ...(prng.chance(0.3) ? { aliases: [core] } : {}),
      ...(prng.chance(0.7) ? { uscc: uscc(prng) } : {}),
      scale,
      tags: tagsFor(scale, prng),
      products: prng.sample(segment.keywords, prng.between(1, 3)),
      needs: needsSegments.map((s) => chains.segments.get(s)?.keywords[0] ?? s),
      description: `${segment.name}领域企业`,
      lat: Math.round((place.lat + (prng.next() - 0.5) * 0.04) * 1e5) / 1e5,
      lng: Math.round((place.lng + (prng.next() - 0.5) * 0.04) * 1e5) / 1e5,
      regionId: place.regionId,
      segments,
      needsSegments,
      source: 'generated',
      synthetic: true,
    });
    placement.push({ place, segment, scale });
  }
  return { enterprises, supplies: supplyTies(enterprises, placement, prng), placement };
}

function tagsFor(scale: string, prng: Prng): string[] {
  const tags: string[] = [];
  if (scale !== 'micro' && (scale !== 'small' || prng.chance(0.3))) tags.push('above_scale');
  if (prng.chance(scale === 'large' ? 0.5 : 0.12)) tags.push('high_tech');
  if ((scale === 'small' || scale === 'medium') && prng.chance(0.06)) tags.push('specialised_sme');
  if (scale === 'medium' && prng.chance(0.04)) tags.push('little_giant');
  return tags;
}

/** Producers of what each enterprise needs supply it: 60% from its own park when one is there. */
function supplyTies(enterprises: Rec[], placement: DemoEnterprises['placement'], prng: Prng): Rec[] {
  const producers = new Map<string, number[]>();
  enterprises.forEach((e, i) => (e['segments'] as string[]).forEach((s) => pushTo(producers, s, i)));
  const supplies: Rec[] = [];
  const seen = new Set<string>();
  enterprises.forEach((e, buyer) => {
    for (const needed of e['needsSegments'] as string[]) {
      const candidates = producers.get(needed);
      if (!candidates || prng.chance(0.3)) continue;
      const local = candidates.filter((c) => placement[c]!.place === placement[buyer]!.place);
      const supplier = prng.pick(local.length > 0 && prng.chance(0.6) ? local : candidates);
      const key = `${supplier}>${buyer}`;
      if (supplier === buyer || seen.has(key)) continue;
      seen.add(key);
      supplies.push({ from: enterprises[supplier]!['id'], to: e['id'], source: 'generated' });
    }
  });
  return supplies;
}

/** A trade name no other generated enterprise has, and its legal form. */
function uniqueName(prng: Prng, used: Set<string>, trades: readonly string[]): [string, string] {
  for (;;) {
    const trade = Array.from({ length: prng.chance(0.7) ? 2 : 3 }, () => prng.pick(TRADE_SYLLABLES)).join('');
    const core = `${trade}${prng.pick(trades)}`;
    if (!used.has(core)) {
      used.add(core);
      return [core, prng.pick(LEGAL_FORMS)];
    }
  }
}

function uscc(prng: Prng): string {
  let body = '';
  for (let i = 0; i < 9; i++) body += USCC_ALPHABET[prng.int(USCC_ALPHABET.length)];
  const first17 = `913${String(prng.between(10000, 99999))}${body}`;
  return first17 + usccCheckCharacter(first17);
}

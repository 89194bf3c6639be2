import { parseNode as record } from '../src/domain';
import type { RelInput } from '../src/domain';

/**
 * A deterministic import workload for the storage benchmark: 10k enterprises over 50 parks and
 * 200 segments with 50k relationships (LOCATED_IN, IN_SEGMENT, NEEDS, 20k SUPPLIES). The
 * province-scale generator of seeds/generate replaces it once it exists; the figures compare
 * two write paths on the same data, which is what this needs.
 */
export interface ImportWorkload {
  nodes: { kind: 'Region' | 'Segment' | 'Enterprise'; records: Record<string, unknown>[] }[];
  rels: RelInput[];
}

export function importWorkload(enterprises = 10_000, seed = 42): ImportWorkload {
  const random = mulberry32(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const regions = Array.from({ length: 50 }, (_, i) =>
    record('Region', { id: `bench-park-${i}`, name: `基准园区${i}`, level: 'park' }),
  );
  const segments = Array.from({ length: 200 }, (_, i) =>
    record('Segment', {
      id: `bench-seg-${i}`,
      name: `环节${i}`,
      stage: (['upstream', 'midstream', 'downstream'] as const)[i % 3],
    }),
  );
  const firms = Array.from({ length: enterprises }, (_, i) =>
    record('Enterprise', {
      id: `bench-ent-${i}`,
      name: `基准企业${i}有限公司`,
      scale: (['micro', 'small', 'medium', 'large'] as const)[pick(4)],
      products: [`产品${pick(500)}`],
    }),
  );
  const ref = (kind: RelInput['from']['kind'], id: string) => ({ kind, id });
  const rels: RelInput[] = [];
  firms.forEach((_, i) => {
    rels.push({
      type: 'LOCATED_IN',
      from: ref('Enterprise', `bench-ent-${i}`),
      to: ref('Region', `bench-park-${pick(50)}`),
    });
    rels.push({
      type: 'IN_SEGMENT',
      from: ref('Enterprise', `bench-ent-${i}`),
      to: ref('Segment', `bench-seg-${pick(200)}`),
    });
    rels.push({
      type: 'NEEDS',
      from: ref('Enterprise', `bench-ent-${i}`),
      to: ref('Segment', `bench-seg-${pick(200)}`),
    });
  });
  const supplies = new Set<string>();
  while (supplies.size < enterprises * 2) {
    const a = pick(enterprises);
    const b = pick(enterprises);
    if (a !== b) supplies.add(`${a}>${b}`);
  }
  for (const pair of supplies) {
    const [a, b] = pair.split('>');
    rels.push({
      type: 'SUPPLIES',
      from: ref('Enterprise', `bench-ent-${a}`),
      to: ref('Enterprise', `bench-ent-${b}`),
      props: { source: 'bench' },
    });
  }
  return {
    nodes: [
      { kind: 'Region', records: regions },
      { kind: 'Segment', records: segments },
      { kind: 'Enterprise', records: firms },
    ],
    rels,
  };
}

/** mulberry32: a small seeded PRNG (same seed, same sequence). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

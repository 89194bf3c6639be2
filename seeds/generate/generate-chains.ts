import type { SegmentStage } from '../../src/domain';
import { EXTRA_CHAINS } from './extra-chains';
import type { Prng } from './prng';
import { pushTo } from './push-to';

type Rec = Record<string, unknown>;

export interface GeneratedSegment {
  id: string;
  chainId: string;
  name: string;
  stage: SegmentStage;
  keywords: string[];
}

export interface GeneratedChains {
  chains: Rec[];
  segments: GeneratedSegment[];
  feeds: { from: string; to: string; weight: number; source: string }[];
  /** Segments enterprises are placed in: sub-segments where a template segment has them. */
  leaves: GeneratedSegment[];
  /** For each segment, the segments that feed it (what its producers need). */
  inputsOf: Map<string, string[]>;
}

const SUBS_PER_SEGMENT = 6;
/** The first keywords of a segment also get a high-end grade (高端): chain maps split them so. */
const HIGH_END_GRADES = 3;
/** Extra industries have no keywords to refine by; they split by product type instead. */
const EXTRA_VARIANTS = ['通用型', '高端型', '配套服务'];

/**
 * The chains of a synthetic province: the templates, the extra industries, and each template
 * segment refined into sub-segments by its keywords (正极材料 → 正极材料·磷酸铁锂), which is how a
 * province-scale map reaches about 2,000 segments. Sub-segments inherit their parent's FEEDS.
 */
export function generateChains(templates: Rec[], prng: Prng): GeneratedChains {
  const chains: Rec[] = [];
  const segments: GeneratedSegment[] = [];
  const feeds: GeneratedChains['feeds'] = [];
  for (const t of templates) {
    chains.push(...((t['chains'] as Rec[]) ?? []).map((c) => ({ ...c, source: 'generated' })));
    for (const s of (t['segments'] as Rec[]) ?? []) {
      segments.push({
        id: String(s['id']),
        chainId: String(s['chainId']),
        name: String(s['name']),
        stage: s['stage'] as SegmentStage,
        keywords: (s['keywords'] as string[]) ?? [],
      });
    }
    for (const f of (t['feeds'] as Rec[]) ?? [])
      feeds.push({
        from: String(f['from']),
        to: String(f['to']),
        weight: Number(f['weight'] ?? 1),
        source: 'generated',
      });
  }
  for (const extra of EXTRA_CHAINS) {
    const chainId = `chain-x-${extra.key}`;
    chains.push({ id: chainId, name: extra.name, description: `${extra.name}产业链`, source: 'generated' });
    const ids = extra.segments.map(([name, stage], i) => {
      const id = `seg-x-${extra.key}-${i}`;
      segments.push({ id, chainId, name, stage, keywords: [name] });
      return { id, stage };
    });
    const order: SegmentStage[] = ['upstream', 'midstream', 'downstream'];
    for (const a of ids)
      for (const b of ids) {
        if (
          order.indexOf(b.stage) === order.indexOf(a.stage) + 1 ||
          (a.stage === 'midstream' && b.stage === 'midstream' && a.id < b.id)
        ) {
          feeds.push({ from: a.id, to: b.id, weight: 0.8, source: 'generated' });
        }
      }
  }

  const subsOf = new Map<string, GeneratedSegment[]>();
  for (const s of [...segments]) {
    const refinements = s.id.startsWith('seg-x-')
      ? EXTRA_VARIANTS.map((variant) => ({ label: variant, keyword: s.name }))
      : [
          ...s.keywords.slice(0, SUBS_PER_SEGMENT).map((keyword) => ({ label: keyword, keyword })),
          ...s.keywords.slice(0, HIGH_END_GRADES).map((keyword) => ({ label: `${keyword}（高端）`, keyword })),
        ];
    const subs = refinements.map(({ label, keyword }, i) => ({
      id: `${s.id}--${i + 1}`,
      chainId: s.chainId,
      name: `${s.name}·${label}`,
      stage: s.stage,
      keywords: [keyword, ...s.keywords.filter((k) => k !== keyword).slice(0, 4)],
    }));
    subsOf.set(s.id, subs);
    segments.push(...subs);
  }
  for (const f of [...feeds]) {
    const fromSubs = subsOf.get(f.from) ?? [];
    const toSubs = subsOf.get(f.to) ?? [];
    for (const sub of fromSubs) {
      const targets: { id: string }[] = toSubs.length > 0 ? toSubs : [{ id: f.to }];
      for (const target of prng.sample(targets, 2)) {
        feeds.push({ from: sub.id, to: target.id, weight: f.weight, source: 'generated' });
      }
    }
  }

  const inputsOf = new Map<string, string[]>();
  for (const f of feeds) pushTo(inputsOf, f.to, f.from);
  // a sub-segment also buys what its parent segment buys (the coarser map still holds)
  for (const [parent, subs] of subsOf) {
    for (const sub of subs) for (const input of inputsOf.get(parent) ?? []) pushTo(inputsOf, sub.id, input);
  }
  const leaves = segments.filter((s) => !subsOf.get(s.id)?.length);
  return { chains, segments, feeds, leaves, inputsOf };
}

import { performance } from 'node:perf_hooks';
import { Prng } from '../seeds/generate/prng';
import { classifyEnterprise } from '../src/match/placement/classify-enterprise';
import type { EnterpriseText, PlacementSegment } from '../src/match/placement/placement-types';
import { normaliseText, SegmentIndex } from '../src/match/placement/segment-index';
import { loadIndustryCodes } from '../src/reference/industry-codes';
import { templateSegments } from './eval/placement';
import { median, out, pct, seconds } from './bench-util';

/** What registry scopes say besides the products: the items every licence lists. */
const COMMON_ITEMS = [
  '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广',
  '货物进出口',
  '技术进出口',
  '普通机械设备安装服务',
  '信息咨询服务（不含许可类信息咨询服务）',
  '非居住房地产租赁',
  '工程和技术研究和试验发展',
  '企业管理咨询',
];
const CITIES = ['白银', '镇江', '咸宁', '荆州', '武汉', '平顶山', ''];
const TRADE = ['恒', '瑞', '华', '鑫', '泰', '源', '达', '隆', '盛', '安', '嘉', '宏', '通', '新', '正'];

interface SyntheticEnterprise {
  text: EnterpriseText;
  segment: string;
}

/**
 * Registry-like rows: a name from a city, a trade name and one of the segment's words; a
 * 经营范围 of two or three of its keywords among the items every licence has; the segment's
 * industry code on seven rows in ten, products on half. For timing; the accuracy printed beside
 * it is on text made from the very keywords the classifier reads, so it is an upper bound.
 */
export function syntheticRoster(segments: PlacementSegment[], count: number, seed = 20261202): SyntheticEnterprise[] {
  const prng = new Prng(seed);
  const usable = segments.filter((s) => s.keywords.length > 0);
  return Array.from({ length: count }, () => {
    const segment = prng.pick(usable);
    const words = prng.sample([...segment.keywords], Math.min(segment.keywords.length, prng.between(2, 3)));
    const trade = `${prng.pick(TRADE)}${prng.pick(TRADE)}`;
    const items = prng.sample(COMMON_ITEMS, prng.between(2, 4));
    const scope = `一般项目：${words.map((w) => `${w}研发、生产、销售`).join('；')}；${items.join('；')}（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）`;
    const code = segment.industryCodes?.[0];
    return {
      segment: segment.id,
      text: {
        name: `${prng.pick(CITIES)}${trade}${prng.pick([...segment.keywords, '科技', '新材料', '实业'])}有限公司`,
        scope,
        ...(code && prng.chance(0.7) ? { industry: code } : {}),
        ...(prng.chance(0.5) ? { products: words.slice(0, 1) } : {}),
      },
    };
  });
}

/** The baseline: every phrase of every segment looked for in every text with String.includes, no index. */
function naiveScan(index: SegmentIndex, roster: SyntheticEnterprise[]): number {
  let hits = 0;
  for (const { text } of roster) {
    const all = normaliseText(`${text.name} ${text.scope ?? ''} ${(text.products ?? []).join(' ')}`);
    for (const phrase of index.phrases) if (all.includes(phrase)) hits++;
  }
  return hits;
}

/** 挂链 of 100k registry-like enterprises on the template segments: index once, classify each. */
export function benchPlacement(runs: number, count = 100_000): void {
  const segments = templateSegments();
  const industry = loadIndustryCodes();
  const roster = syntheticRoster(segments, count);
  const figures = Array.from({ length: runs }, (_, run) => {
    let started = performance.now();
    const index = new SegmentIndex(segments, industry);
    const indexMs = performance.now() - started;
    started = performance.now();
    let right = 0;
    let placed = 0;
    let placedRight = 0;
    for (const e of roster) {
      const p = classifyEnterprise(index, e.text);
      if (p.candidates[0]?.segmentId === e.segment) right++;
      if (p.decision === 'placed') {
        placed++;
        if (p.segmentIds.includes(e.segment)) placedRight++;
      }
    }
    const classifyMs = performance.now() - started;
    out(`placement run ${run + 1}/${runs}: index ${seconds(indexMs)}, classify ${seconds(classifyMs)}`);
    return { index, indexMs, classifyMs, top1: right / count, placed: placed / count, precision: placedRight / placed };
  });
  const sample = roster.slice(0, 10_000);
  const started = performance.now();
  naiveScan(figures[0]!.index, sample);
  const naiveMs = ((performance.now() - started) * count) / sample.length;
  const f = figures[0]!;
  out(
    `\n| 挂链 of ${count} registry-like enterprises on ${segments.length} segments | redchain (median of ${runs}) | baseline |`,
  );
  out('|---|---|---|');
  out(
    `| classify all (index built once: ${seconds(median(figures.map((x) => x.indexMs)))}) | ${seconds(median(figures.map((x) => x.classifyMs)))} | phrases alone by String.includes, no index: ${seconds(naiveMs)} projected from ${sample.length} |`,
  );
  out(
    `| top-1 / placed / precision of placed (synthetic text, an upper bound) | ${pct(f.top1)} / ${pct(f.placed)} / ${pct(f.precision)} | – |\n`,
  );
}

if (require.main === module) benchPlacement(Number(process.env['BENCH_RUNS'] ?? 3));

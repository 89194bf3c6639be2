import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { articleCases, articleHalf, evaluatePlacement, placementIndex } from '../../bench/eval/placement';
import { classifyEnterprise, decide, PLACEMENT_DEFAULTS } from '../../src/match/placement/classify-enterprise';
import { PhraseMatcher } from '../../src/match/placement/phrase-matcher';
import { SegmentIndex } from '../../src/match/placement/segment-index';
import { loadIndustryCodes } from '../../src/reference/industry-codes';

const SEGMENTS = [
  { id: 'cathode', name: '正极材料', keywords: ['磷酸铁锂', '三元材料'], industryCodes: ['3985'] },
  { id: 'cell', name: '电芯', keywords: ['锂离子电池', '软包电池'], industryCodes: ['3841'] },
  { id: 'electrolyte', name: '电解液', keywords: ['电解液', '添加剂'], industryCodes: ['3985', '2661'] },
  { id: 'additives', name: '食品配料与添加剂', keywords: ['食品添加剂', '调味料'], industryCodes: ['1495'] },
  { id: 'bank', name: '银行信贷', keywords: ['贷款', '银行'], industryCodes: ['6621'] },
];
const index = new SegmentIndex(SEGMENTS, loadIndustryCodes());

describe('挂链: placing an enterprise on chain segments', () => {
  test('when a phrase is found inside a longer one at the same place, then only the longer counts', () => {
    const matcher = new PhraseMatcher(['添加剂', '食品添加剂', '电解液']);
    const found = matcher.find('生产食品添加剂及电解液添加剂').map((h) => matcher['phrases'][h.phrase]);
    expect(found).toEqual(['食品添加剂', '电解液', '添加剂']);
  });

  test('when the scope names a product and the industry code is the segment’s class, then it is placed with both as evidence', () => {
    const placement = classifyEnterprise(index, {
      name: '白银某某新能源材料有限公司',
      scope: '一般项目：磷酸铁锂正极材料的研发、生产、销售；货物进出口（依法须经批准的项目除外）',
      industry: 'C3841',
    });
    const top = placement.candidates[0]!;
    expect(top.segmentId).toBe('cathode');
    expect(top.evidence).toEqual(expect.arrayContaining(['经营范围含「磷酸铁锂」', '经营范围含「正极材料」']));
    expect(placement.decision).toBe('placed');
    expect(placement.segmentIds).toContain('cathode');
    const cell = placement.candidates.find((c) => c.segmentId === 'cell')!;
    expect(cell.evidence).toContain('行业 3841 锂离子电池制造');
    for (const c of placement.candidates) {
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.evidence.length).toBeGreaterThan(0);
    }
  });

  test('when only the industry code is known and it is a sibling 小类, then the segment of that 中类 leads, said so, and waits for review', () => {
    const placement = classifyEnterprise(index, { name: '某某公司', industry: '3842 镍氢电池制造' });
    expect(placement.candidates[0]).toMatchObject({
      segmentId: 'cell',
      evidence: ['行业中类相同（3842 镍氢电池制造）'],
    });
    expect(placement.decision).toBe('review');
  });

  test('when 食品添加剂 is in the scope, then the food segment is the one, not the electrolyte’s 添加剂', () => {
    const placement = classifyEnterprise(index, { name: '某某食品有限公司', scope: '食品添加剂生产；调味料销售' });
    expect(placement.candidates[0]!.segmentId).toBe('additives');
    expect(placement.candidates.some((c) => c.evidence.includes('经营范围含「添加剂」'))).toBe(false);
  });

  test('when the evidence is thin, then the enterprise waits for review; above the threshold it is placed', () => {
    const weak = classifyEnterprise(index, { name: '某某商贸有限公司', description: '从事科技金融活动' });
    expect(weak.decision).toBe('review');
    expect(weak.segmentIds).toEqual([]);
    const candidate = (segmentId: string, score: number) => ({
      segmentId,
      score,
      confidence: 1 - Math.exp(-score),
      evidence: ['x'],
    });
    const placed = decide([candidate('a', 2), candidate('b', 1.5), candidate('c', 0.5)]);
    expect(placed).toMatchObject({ decision: 'placed', segmentIds: ['a', 'b'] });
    expect(decide([candidate('a', 0.5)], PLACEMENT_DEFAULTS).decision).toBe('review');
  });

  test('when the articles’ enterprises are classified with their stated segments hidden, then one is in the top 3 for ≥ 80%', () => {
    const cases = articleCases();
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const all = evaluatePlacement(placementIndex(), cases);
    expect(all.top3).toBeGreaterThanOrEqual(0.8);
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    // each half on its own too: the annotations were not fitted to one of them
    for (const half of ['A', 'B'])
      expect(
        evaluatePlacement(
          placementIndex(),
          cases.filter((c) => articleHalf(c.id) === half),
        ).top3,
      ).toBeGreaterThanOrEqual(0.8);
  });

  test('when the engine’s sources are read, then they import no store, jobs, api, ingest or use-case module', () => {
    const folder = path.join(__dirname, '..', '..', 'src', 'match', 'placement');
    for (const file of readdirSync(folder)) {
      const source = readFileSync(path.join(folder, file), 'utf8');
      expect({
        file,
        imports: /from '\.\.\/\.\.\/(store|jobs|api|ingest|use-cases|access|cli)\//u.test(source),
      }).toEqual({
        file,
        imports: false,
      });
    }
  });
});

/**
 * @jest-environment node
 */
import type { ChainMap, Lead, SegmentGap } from '../../src/web/api/types';
import { en } from '../../src/web/i18n/en';
import { zh } from '../../src/web/i18n/zh';
import { filled, noLeadsWhy, noSegmentLeadsWhy, type EmptyWhy } from '../../src/web/pages/map/map-empty-reasons';

const segment = (segmentId: string, status: SegmentGap['status']): SegmentGap => ({
  segmentId,
  name: segmentId,
  stage: 'midstream',
  status,
  producers: [],
  demand: [],
  singlePointOfFailure: null,
});

const mapOf = (...segments: SegmentGap[]): ChainMap => ({
  region: { id: 'r', name: '白银高新区' },
  chain: { id: 'c', name: '锂电池' },
  rule: { zh: '', en: '' },
  segments,
  chainMasters: [],
});

const lead = (segmentId: string): Lead => ({
  enterpriseId: `ent-${segmentId}`,
  name: '某企业',
  synthetic: true,
  score: 0.5,
  segments: [{ id: segmentId, name: segmentId, status: 'missing' }],
  components: { demand: 0, ties: 0, quality: 0, distance: 0, orgTies: 0 },
  suppliesLocal: [],
  reasons: { zh: [], en: [] },
});

const zhText = (why: EmptyWhy) => filled(zh[why.key], why.values);
const LATIN_WORD = /[A-Za-z]{3,}/u;

describe('the map page says why a list is empty', () => {
  test('when no segment is a gap, then the leads say there is nothing to fill', () => {
    expect(zhText(noLeadsWhy(mapOf(segment('a', 'ok'), segment('b', 'strong'))))).toBe(
      '没有招商线索：本地区该产业链各环节都已有足够的企业，没有需要补的缺口。',
    );
  });

  test('when there are gaps but no lead, then the leads say how many gaps nobody outside makes', () => {
    const why = noLeadsWhy(mapOf(segment('a', 'missing'), segment('b', 'weak'), segment('c', 'ok')));
    expect(zhText(why)).toBe('没有招商线索：本地区有2个缺失或薄弱环节，但图谱中本地区以外没有从事这些环节的企业。');
    expect(filled(en[why.key], why.values)).toContain('has 2 missing or weak segments');
  });

  test('when an opened segment is no gap, then its leads say so rather than "none"', () => {
    const map = mapOf(segment('a', 'ok'), segment('b', 'missing'));
    expect(noSegmentLeadsWhy(map.segments[0]!, map, [lead('b')]).key).toBe('mapEmpty.segmentNoGap');
  });

  test('when an opened gap has no lead while others have some, then it names how many leads were looked through', () => {
    const map = mapOf(segment('a', 'missing'), segment('b', 'missing'));
    const why = noSegmentLeadsWhy(map.segments[0]!, map, [lead('b'), lead('b')]);
    expect(zhText(why)).toContain('全部2条招商线索中没有从事该环节的企业');
  });

  test('when an opened gap has no lead and the map has none at all, then it gives the map’s reason', () => {
    const map = mapOf(segment('a', 'missing'));
    expect(noSegmentLeadsWhy(map.segments[0]!, map, []).key).toBe('mapEmpty.leadsNoMaker');
  });

  test('when any empty-list reason is shown in Chinese, then it has no Latin word and no unfilled placeholder', () => {
    const keys = Object.keys(zh).filter((k) => k.startsWith('mapEmpty.')) as (keyof typeof zh)[];
    expect(keys.length).toBeGreaterThanOrEqual(7);
    for (const key of keys) {
      const text = filled(zh[key], { gaps: 3, n: 20 });
      expect(text).not.toMatch(LATIN_WORD);
      expect(text).not.toMatch(/[{}]/u);
    }
  });
});

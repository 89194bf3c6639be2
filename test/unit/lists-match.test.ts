import { kindFit, resourcesForNeed, type ListNeed, type ListResource } from '../../src/match/lists';

const need = (id: string, over: Partial<ListNeed> = {}): ListNeed => ({
  id,
  source: 'Request',
  category: 'land',
  title: '新建厂房用地',
  text: '扩产需要工业用地',
  open: true,
  enterprise: { id: `e-${id}`, name: '企业', regionIds: ['park', 'city'], chainIds: ['ship'] },
  ...over,
});
const resource = (id: string, over: Partial<ListResource> = {}): ListResource => ({
  id,
  name: id,
  kind: 'land',
  description: '',
  keywords: [],
  department: { id: 'dept', name: '自然资源局' },
  regionId: 'park',
  chainIds: [],
  ...over,
});
const asOf = '2026-06-01';
const ranked = (n: ListNeed, rs: ListResource[]) => resourcesForNeed(n, rs, { asOf }).map((m) => m.resourceId);

describe('lists matcher (需求 → 资源)', () => {
  test('when a land need meets resources, then the land resource ranks above the approval service that helps, and a training resource is not proposed', () => {
    const rs = [
      resource('approval', { kind: 'approval' }),
      resource('training', { kind: 'training' }),
      resource('land'),
    ];
    expect(ranked(need('n'), rs)).toEqual(['land', 'approval']);
  });

  test('when two resources of the same kind differ by keywords, then the one whose keywords the need shows ranks first and says so', () => {
    const rs = [resource('plain', { keywords: ['仓储'] }), resource('worded', { keywords: ['用地', '厂房'] })];
    const matches = resourcesForNeed(need('n'), rs, { asOf });
    expect(matches.map((m) => m.resourceId)).toEqual(['worded', 'plain']);
    expect(matches[0]!.components.text).toBe(1);
    expect(matches[0]!.reasons.zh).toContain('需求提到用地、厂房');
    expect(matches[0]!.reasons.en).toContain('the need mentions 用地, 厂房');
  });

  test('when a resource is of another kind but its keywords are in the need, then it is still proposed, below one of the right kind', () => {
    const rs = [resource('policy', { kind: 'market', keywords: ['用地', '厂房'] }), resource('land')];
    const matches = resourcesForNeed(need('n'), rs, { asOf });
    expect(matches.map((m) => m.resourceId)).toEqual(['land', 'policy']);
    expect(matches[1]!.components.kind).toBe(0);
  });

  test('when resources serve another region or have expired, then they are left out; a city’s resource serves its park', () => {
    const rs = [
      resource('far', { regionId: 'elsewhere' }),
      resource('old', { validUntil: '2025-12-31' }),
      resource('city', { regionId: 'city' }),
      resource('today', { validUntil: asOf }),
    ];
    expect(ranked(need('n'), rs)).toEqual(['city', 'today']);
  });

  test('when resources differ by chain, then one for the enterprise’s chain ranks above one for any chain, which ranks above one for another chain', () => {
    const rs = [resource('other', { chainIds: ['nylon'] }), resource('any'), resource('ours', { chainIds: ['ship'] })];
    const matches = resourcesForNeed(need('n'), rs, { asOf, chainName: (id) => (id === 'ship' ? '船舶' : id) });
    expect(matches.map((m) => m.resourceId)).toEqual(['ours', 'any', 'other']);
    expect(matches[0]!.reasons.zh).toContain('同属船舶产业链');
    expect(matches[2]!.reasons.en).toContain('the resource is for other chains');
  });

  test('when a talent need or a financing need is matched, then the kinds made for them fit fully and the helpers partly', () => {
    expect(kindFit('talent', 'talent')).toBe(1);
    expect(kindFit('talent', 'training')).toBeGreaterThan(0);
    expect(kindFit('talent', 'land')).toBe(0);
    expect(kindFit('financing', 'funding')).toBe(1);
    const talent = need('t', { source: 'TalentNeed', category: 'talent', title: '维修电工', text: '电工' });
    expect(
      ranked(talent, [resource('training', { kind: 'training' }), resource('talent', { kind: 'talent' })]),
    ).toEqual(['talent', 'training']);
  });

  test('when the limit is not a whole number from 1 to 1000, then the engine refuses it', () => {
    expect(() => resourcesForNeed(need('n'), [], { asOf, limit: 0 })).toThrow(/limit/);
    expect(resourcesForNeed(need('n'), [resource('a'), resource('b')], { asOf, limit: 1 })).toHaveLength(1);
  });
});

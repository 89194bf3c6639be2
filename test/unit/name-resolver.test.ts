import { coreName, normaliseName } from '../../src/text/company-name';
import { NameResolver } from '../../src/text/name-resolver';

const articles = [
  { id: 'ent-zj-shipyard', name: '江苏省镇江船厂（集团）有限公司', uscc: '91350100M000100Y43' },
  { id: 'ent-cssc-power', name: '中船动力（集团）有限公司' },
  { id: 'ent-dfty', name: '甘肃东方钛业有限公司' },
  { id: 'ent-jjzs', name: '河南金建中晟构件混凝土有限公司' },
  { id: 'ent-ruibang', name: '湖北瑞邦生物科技有限公司' },
  { id: 'ent-hubei-midea', name: '湖北美的', aliases: ['美的冰箱'] },
  { id: 'ent-sanhuan', name: '湖北三环汽车方向机有限公司' },
  { id: 'ent-yilun', name: '湖北依伦科技有限公司' },
];

describe('company names', () => {
  test('when a name is normalised, then full-width brackets, legal forms and province prefixes go', () => {
    expect(normaliseName('江苏省镇江船厂（集团）有限公司')).toBe('江苏省镇江船厂');
    expect(normaliseName('江苏省镇江船厂【集团】股份有限公司')).toBe('江苏省镇江船厂');
    expect(coreName('江苏省镇江船厂（集团）有限公司')).toBe('镇江船厂');
    expect(coreName('湖北美的')).toBe('美的');
    expect(coreName('平顶山昌隆源有限公司')).toBe('昌隆源');
    // a bare city that is part of a short trade name stays
    expect(coreName('镇江船厂')).toBe('镇江船厂');
  });

  test('when both thresholds are off (an import’s own new names), then only exact names, cores and USCCs link', () => {
    const exactOnly = new NameResolver(articles, { matchScore: -1, candidateScore: -1 });
    expect(exactOnly.resolve({ name: '江苏省镇江船厂（集团）有限公司' })).toMatchObject({
      outcome: 'match',
      id: 'ent-zj-shipyard',
    });
    expect(exactOnly.resolve({ name: 'x', uscc: '91350100M000100Y43' })).toMatchObject({
      outcome: 'match',
      by: 'uscc',
    });
    // a short name and a misspelling, both found with the default thresholds, are not
    for (const name of ['三环方向机', '甘肃东方钛叶有限公司']) {
      expect(new NameResolver(articles).resolve({ name }).outcome).not.toBe('none');
      expect(exactOnly.resolve({ name })).toEqual({ outcome: 'none', candidates: [] });
    }
  });

  test('when the articles’ short names are resolved, then each finds its enterprise', () => {
    const resolver = new NameResolver(articles);
    const expectMatch = (name: string, id: string) =>
      expect([name, resolver.resolve({ name })]).toEqual([name, expect.objectContaining({ outcome: 'match', id })]);
    expectMatch('镇江船厂', 'ent-zj-shipyard');
    expectMatch('中船动力', 'ent-cssc-power');
    expectMatch('东方钛业', 'ent-dfty');
    expectMatch('金建中晟', 'ent-jjzs');
    expectMatch('瑞邦生物', 'ent-ruibang');
    expectMatch('湖北美的', 'ent-hubei-midea');
    expectMatch('湖北依伦科技有限公司', 'ent-yilun');
  });

  test('when a USCC is given, then it wins over the name', () => {
    const resolver = new NameResolver(articles);
    expect(resolver.resolve({ name: '别的名字', uscc: '91350100m000100y43' })).toMatchObject({
      outcome: 'match',
      id: 'ent-zj-shipyard',
      by: 'uscc',
    });
  });

  test('when a short name fits two enterprises, then the answer is ambiguous with both, never a guess', () => {
    const resolver = new NameResolver([
      { id: 'a', name: '美的冰箱荆州有限公司', aliases: ['美的'] },
      { id: 'b', name: '美的洗衣机荆州有限公司', aliases: ['美的'] },
    ]);
    const answer = resolver.resolve({ name: '美的' });
    expect(answer.outcome).toBe('ambiguous');
    expect(answer.outcome === 'ambiguous' && answer.candidates.map((c) => c.id).sort()).toEqual(['a', 'b']);
  });

  test('when nothing is near, then the answer is none', () => {
    expect(new NameResolver(articles).resolve({ name: '云南普洱茶叶有限公司' }).outcome).toBe('none');
  });
});

import { normaliseName } from '../../src/text/company-name';
import { hasHiddenCharacters, identityText } from '../../src/text/identity-text';
import { NameResolver, type Resolution } from '../../src/text/name-resolver';
import { parseRegisteredName } from '../../src/text/registered-name';

/** Listed companies as the public stock lists name them, with the near names that confuse a plain fuzzy match. */
const listed = [
  { id: 'catl', name: '宁德时代新能源科技股份有限公司' },
  { id: 'ningbo-times', name: '宁波时代全芯科技有限公司' },
  { id: 'shidai-new', name: '时代新材料科技股份有限公司' },
  { id: 'guangdong-expressway', name: '广东省高速公路发展股份有限公司' },
  { id: 'shandong-expressway', name: '山东高速路桥集团股份有限公司' },
  { id: 'hainan-expressway', name: '海南高速公路股份有限公司' },
  { id: 'yue-transport', name: '粤运交通股份有限公司' },
  { id: 'gansu-dfty', name: '甘肃东方钛业有限公司' },
  { id: 'zj-shipyard', name: '江苏省镇江船厂（集团）有限公司', aliases: ['镇江船厂'] },
];

const resolver = new NameResolver(listed);
const answer = (name: string): Resolution => resolver.resolve({ name });

describe('names for identity', () => {
  test('when a name carries zero-width, BOM, soft-hyphen or bidi characters, then its identity text drops them', () => {
    const hidden = '江苏省镇江\u200b船厂\u200d（集团）\u2060有限\u00ad公司\ufeff\u202e';
    expect(identityText(hidden)).toBe('江苏省镇江船厂(集团)有限公司');
    expect(normaliseName(hidden)).toBe(normaliseName('江苏省镇江船厂（集团）有限公司'));
    expect(hasHiddenCharacters('ent-\u202eabc')).toBe(true);
    expect(hasHiddenCharacters('ent-abc')).toBe(false);
  });

  test('when the zero-width spelling is resolved, then it is the known shipyard by its registered name', () => {
    expect(answer('江苏省镇江\u200b船厂\u200d（集团）有限公司')).toMatchObject({
      outcome: 'match',
      id: 'zj-shipyard',
      by: 'name',
    });
  });

  test('when a registered name is parsed, then place, trade name, industry and legal form are told apart', () => {
    const name = parseRegisteredName('深圳市兴森快捷电路科技股份有限公司');
    const part = (from: number, to: number) => name.text.slice(from, to);
    expect(name.places.map((p) => p.province)).toEqual(['广东']);
    expect(part(0, name.coreStart)).toBe('深圳市');
    expect(part(name.coreStart, name.industryStart)).toBe('兴森快捷电路');
    expect(part(name.industryStart, name.formStart)).toBe('科技');
    expect(part(name.formStart, name.text.length)).toBe('股份有限公司');
    expect(name.hasForm).toBe(true);
    expect(parseRegisteredName('中集集团').hasForm).toBe(false);
  });
});

describe('names as people write them', () => {
  test('when 宁德时代 is asked, then it is 宁德时代新能源科技股份有限公司', () => {
    expect(answer('宁德时代')).toMatchObject({ outcome: 'match', id: 'catl' });
  });

  test('when 粤高速 (粤 for 广东, trading mark A dropped) is asked, then it is 广东省高速公路发展股份有限公司, with the abbreviation as evidence', () => {
    const found = answer('粤高速');
    expect(found).toMatchObject({ outcome: 'match', id: 'guangdong-expressway' });
    expect(found.outcome === 'match' && found.evidence).toContain('粤 for 广东');
  });

  test('when the query names another province than the only company with that trade name, then it is not linked to it', () => {
    for (const name of ['湖北东方钛业有限公司', '湖北东方钛业']) {
      const found = answer(name);
      expect([name, found.outcome === 'match' ? found.id : 'no match']).toEqual([name, 'no match']);
    }
    // without a place, or with the right one, it still is the Gansu company
    expect(answer('东方钛业')).toMatchObject({ outcome: 'match', id: 'gansu-dfty' });
    expect(answer('甘肃东方钛业')).toMatchObject({ outcome: 'match', id: 'gansu-dfty' });
  });

  test('when a registered name is only written inside a longer one, then it is not matched (another registration)', () => {
    const found = new NameResolver([{ id: 'lichong', name: '平顶山立充新能源科技有限公司' }]).resolve({
      name: '平顶山新能源科技有限公司',
    });
    expect(found.outcome).toBe('none');
    expect(found.outcome !== 'match' && found.candidates.map((c) => c.id)).toEqual(['lichong']);
  });

  test('when a registered name is another without its leading place, then it matches; one character short, then it is asked', () => {
    const known = new NameResolver([
      { id: 'meiju', name: '澧阳梅聚化工有限公司' },
      { id: 'shizhou', name: '岳潇十州电气有限责任公司' },
    ]);
    expect(known.resolve({ name: '梅聚化工有限公司' })).toMatchObject({ outcome: 'match', id: 'meiju' });
    const slip = known.resolve({ name: '岳潇十州电有限责任公司' });
    expect(slip.outcome === 'ambiguous' && slip.candidates.map((c) => c.id)).toEqual(['shizhou']);
  });

  test('when a short name fits two companies about equally, then the answer is ambiguous with both', () => {
    const two = new NameResolver([
      { id: 'zhejiang', name: '浙江天成自控股份有限公司' },
      { id: 'guizhou', name: '贵州长征天成控股股份有限公司' },
    ]);
    const found = two.resolve({ name: '天成' });
    expect(found.outcome).toBe('ambiguous');
    expect(found.outcome === 'ambiguous' && found.candidates.map((c) => c.id).sort()).toEqual(['guizhou', 'zhejiang']);
  });

  test('when the articles’ short names are asked among listed companies, then they still find their enterprise', () => {
    expect(answer('镇江船厂')).toMatchObject({ outcome: 'match', id: 'zj-shipyard' });
    expect(answer('镇江船厂（集团）')).toMatchObject({ outcome: 'match', id: 'zj-shipyard' });
  });
});

describe('a short name that shares only its industry word with registered names', () => {
  test('when 百耀新材料 is asked beside companies named …新材料有限公司 of other trade names, then it is no question about them', () => {
    const resolver = new NameResolver([
      { id: 'ent-a', name: 'TNCYB7944CPYEKWYU3FD新材料有限公司', aliases: [] },
      { id: 'ent-b', name: 'D9QR8Y7HPPK7ELNKTBHN新材料有限公司', aliases: [] },
      { id: 'ent-c', name: '甘肃金泰新材料有限公司', aliases: [] },
    ]);
    expect(resolver.resolve({ name: '百耀新材料' }).outcome).toBe('none');
    // a slip in the trade name is still asked about, or matched
    expect(resolver.resolve({ name: '金秦新材料' }).outcome).not.toBe('none');
  });
});

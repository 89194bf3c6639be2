import { latinWordsIn } from '../helpers/chinese-view';

describe('the Chinese-view check (test/helpers/chinese-view.ts)', () => {
  test('when a view leaks a setting, a code, an id or English, then each is named', () => {
    expect(latinWordsIn('REDCHAIN_ADMIN_KEY · 管理员')).toEqual(['REDCHAIN_ADMIN_KEY']);
    expect(latinWordsIn('标签：chain_master、专精特新')).toEqual(['chain_master']);
    expect(latinWordsIn('候选：demo-ent-12（合成）')).toEqual(['demo-ent-12']);
    expect(latinWordsIn('name is required')).toEqual(['name', 'is', 'required']);
  });

  test('when a view shows units, the export format or what the user typed, then nothing is named', () => {
    expect(latinWordsIn('相距约12km，产能 5GWh，导出表格（Excel）')).toEqual([]);
    expect(latinWordsIn('查找「CATL」的结果', ['CATL'])).toEqual([]);
    expect(latinWordsIn('A级 · 第3项')).toEqual([]);
  });

  test('when a trade acronym is written into a Chinese term, then it is part of the term; standing apart, it is named', () => {
    expect(latinWordsIn('NCM国产化替代 · VCSEL寿命延长 · SoC良率提升')).toEqual([]);
    expect(latinWordsIn('401 unauthorised: API key')).toEqual(['unauthorised', 'API', 'key']);
    expect(latinWordsIn('英文view')).toEqual(['view']);
  });
});

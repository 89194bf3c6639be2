import { decideEnterpriseLink } from '../../src/ingest/link-enterprise';
import { mergeEnterpriseFields } from '../../src/ingest/merge-enterprise-fields';
import { NameResolver } from '../../src/text/name-resolver';

const known = new NameResolver([
  { id: 'icbc', name: '中国工商银行股份有限公司', uscc: '91100000100003962T' },
  { id: 'gansu-dfty', name: '甘肃东方钛业有限公司' },
  { id: 'catl', name: '宁德时代新能源科技股份有限公司' },
  { id: 'tiancheng-zj', name: '浙江天成自控股份有限公司' },
  { id: 'tiancheng-gz', name: '贵州长征天成控股股份有限公司' },
  { id: 'zj-shipyard', name: '江苏省镇江船厂（集团）有限公司' },
]);
const decide = (name: string, uscc?: string) =>
  decideEnterpriseLink({ name }, known.resolve({ name, ...(uscc ? { uscc } : {}) }));

describe('which incoming enterprise is a known one', () => {
  test('when a record brings the same USCC or the same registered name (any spelling), then it is linked', () => {
    expect(decide('工行', '91100000100003962T')).toMatchObject({ action: 'link', to: 'icbc', evidence: 'same USCC' });
    expect(decide('江苏省镇江\u200b船厂\u200d（集团）有限公司')).toMatchObject({
      action: 'link',
      to: 'zj-shipyard',
      evidence: 'same registered name',
    });
  });

  test('when a record brings another registered name, then it is a new enterprise and the similar ones are listed, not aliased', () => {
    expect(decide('招商银行股份有限公司')).toMatchObject({ action: 'create' });
    const same = decide('东方钛业有限公司'); // the trade name matches, the registration does not say so
    expect(same).toMatchObject({ action: 'create' });
    expect(same.action === 'create' && same.similar.map((c) => c.id)).toEqual(['gansu-dfty']);
    expect(decide('湖北东方钛业有限公司')).toMatchObject({ action: 'create' });
  });

  test('when a short name is matched safely, then it links with its evidence; when it fits two, then it is held', () => {
    expect(decide('宁德时代')).toMatchObject({
      action: 'link',
      to: 'catl',
      evidence: expect.stringContaining('score'),
    });
    const held = decide('天成');
    expect(held).toMatchObject({ action: 'hold' });
    expect(held.action === 'hold' && held.candidates.map((c) => c.id).sort()).toEqual(['tiancheng-gz', 'tiancheng-zj']);
  });
});

describe('fields of a linked row', () => {
  test('when the row brings fields, then empty ones are filled, lists gain entries and each conflict keeps both values', () => {
    const { patch, conflicts } = mergeEnterpriseFields(
      { id: 'catl', name: '宁德时代新能源科技股份有限公司', scale: 'large', products: ['动力电池'], description: '' },
      {
        id: 'row-7',
        name: '宁德时代',
        scale: 'medium',
        products: ['动力电池', '储能系统'],
        description: '电池',
        lat: 26.6,
      },
    );
    expect(patch).toEqual({ products: ['动力电池', '储能系统'], description: '电池', lat: 26.6 });
    expect(conflicts).toEqual([{ field: 'scale', kept: 'large', incoming: 'medium' }]);
  });
});

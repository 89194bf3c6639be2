import { mainBusiness, scopeItems } from '../../src/ingest/roster/licence-scope';
import { RegionFinder } from '../../src/ingest/roster/region-finder';
import { inactiveReason } from '../../src/ingest/roster/registration-status';
import { rosterEnterpriseId } from '../../src/ingest/roster/roster-ids';

describe('reading a park roster', () => {
  test('when a licence lists its business, then its items come without headings and standard clauses, the main one first', () => {
    const scope =
      '一般项目：磷酸铁锂的研发、生产和销售；货物进出口；普通货物仓储服务（不含危险化学品等需许可审批的项目）。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）许可项目：危险化学品经营';
    expect(scopeItems(scope)).toEqual([
      '磷酸铁锂的研发、生产和销售',
      '货物进出口',
      '普通货物仓储服务（不含危险化学品等需许可审批的项目）',
      '危险化学品经营',
    ]);
    expect(mainBusiness(scope)).toBe('磷酸铁锂的研发、生产和销售');
  });

  test('when a 登记状态 is not in business, then it is named; 存续, 在业 and an empty cell are active', () => {
    expect(inactiveReason('注销')).toContain('注销');
    expect(inactiveReason('吊销，未注销')).toContain('吊销');
    for (const active of ['存续', '在业', '存续（在营、开业、在册）', '', undefined])
      expect(inactiveReason(active)).toBeNull();
  });

  test('when a row has no id, then the id comes from the USCC, else from the name however it is spelled', () => {
    expect(rosterEnterpriseId({ uscc: '91620400mA7xxxxx1x', name: 'x' })).toBe('ent-91620400MA7XXXXX1X');
    const id = rosterEnterpriseId({ name: '白银华兴材料有限公司' });
    expect(rosterEnterpriseId({ name: ' 白银华兴材料 有限公司' })).toBe(id);
    expect(rosterEnterpriseId({ name: '白银华兴新材料有限公司' })).not.toBe(id);
    expect(rosterEnterpriseId({ name: '' })).toBeUndefined();
  });

  test('when regions are named by name, code or address, then the most specific one found is taken, and a shared name names none', () => {
    const finder = new RegionFinder([
      { id: 'city', name: '白银市', aliases: [], code: '620400', level: 'city' },
      { id: 'dist', name: '白银区', aliases: [], code: '620402', level: 'district' },
      { id: 'park', name: '白银高新区', aliases: ['白银高新技术产业开发区'], level: 'park' },
      { id: 'a', name: '东区', aliases: [], level: 'district' },
      { id: 'b', name: '东区', aliases: [], level: 'district' },
    ]);
    expect(finder.named('白银高新技术产业开发区')).toMatchObject({ id: 'park', by: 'name' });
    expect(finder.named('620402000000')).toMatchObject({ id: 'dist', by: 'code' });
    expect(finder.inAddress('甘肃省白银市白银区长征路8号')).toMatchObject({ id: 'dist', by: 'address' });
    expect(finder.inAddress('甘肃省白银市白银高新区银山路1号')).toMatchObject({ id: 'park' });
    expect(finder.ofUscc('91620400MA7XXXXX1X')).toMatchObject({ id: 'city', by: 'uscc' });
    expect(finder.named('东区')).toEqual({ ambiguous: ['a', 'b'], text: '东区' });
    expect(finder.named('西区')).toBeUndefined();
  });

  test('when a division code is not in the graph, then the nearest division above it that is (county → city → province) is taken', () => {
    const finder = new RegionFinder([
      { id: 'gansu', name: '甘肃省', aliases: [], code: '620000', level: 'province' },
      { id: 'baiyin', name: '白银市', aliases: [], code: '620400', level: 'city' },
    ]);
    // 620403 平川区 is not in the graph: its city is
    expect(finder.named('620403')).toMatchObject({ id: 'baiyin', by: 'code' });
    expect(finder.ofUscc('91620403MA7XXXXX1X')).toMatchObject({ id: 'baiyin', by: 'uscc' });
    // 620102 (兰州市城关区): neither it nor 兰州市 is there, 甘肃省 is
    expect(finder.named('620102000000')).toMatchObject({ id: 'gansu', by: 'code' });
    // another province's code names nothing
    expect(finder.named('420102')).toBeUndefined();
  });
});

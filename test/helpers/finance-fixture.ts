import type { BundleInput } from '../../src/ingest/bundle.schema';

/**
 * 银企对接 data over validBundle(p): two banks and a fund (institutions of the city), their
 * products, and financing needs of the park's enterprises on the chain, with answers known by
 * hand: need-1 (¥5M loan, growth) fits the chain's tech loan best; need-2 (¥10M equity) only the
 * fund; need-3 (¥80M loan) is above the tech loan's ceiling and fits the large loan.
 */
export function financeBundle(p: string): BundleInput & { format: 'redchain-bundle/1' } {
  return {
    format: 'redchain-bundle/1',
    institutions: [
      { id: `${p}-bank-a`, name: '民生银行白银分行', kind: 'other', regionId: `${p}-city` },
      { id: `${p}-bank-b`, name: '中国银行白银分行', kind: 'other', regionId: `${p}-city` },
      { id: `${p}-fund`, name: '白银科创基金', kind: 'other', regionId: `${p}-city` },
    ],
    financialProducts: [
      {
        id: `${p}-product-tech`,
        name: '科技贷',
        kinds: ['loan'],
        minAmountYuan: 1_000_000,
        maxAmountYuan: 10_000_000,
        stages: ['startup', 'growth'],
        providerId: `${p}-bank-a`,
        chainIds: [`${p}-chain`],
        regionIds: [`${p}-city`],
      },
      {
        id: `${p}-product-large`,
        name: '大额项目贷',
        kinds: ['loan'],
        minAmountYuan: 20_000_000,
        maxAmountYuan: 200_000_000,
        providerId: `${p}-bank-b`,
        regionIds: [`${p}-prov`],
      },
      {
        id: `${p}-product-equity`,
        name: '科创股权投资',
        kinds: ['equity'],
        minAmountYuan: 5_000_000,
        maxAmountYuan: 30_000_000,
        stages: ['growth', 'expansion'],
        providerId: `${p}-fund`,
        chainIds: [`${p}-chain`],
      },
      {
        id: `${p}-product-far`,
        name: '别处贷',
        kinds: ['loan'],
        providerId: `${p}-bank-b`,
        regionIds: [`${p}-elsewhere-r`],
      },
    ],
    financingNeeds: [
      {
        id: `${p}-need-1`,
        title: '正极材料产线技改贷款',
        kind: 'loan',
        amountYuan: 5_000_000,
        stage: 'growth',
        purpose: '技改',
        enterpriseId: `${p}-ent-1`,
        source: 'test',
      },
      {
        id: `${p}-need-2`,
        title: '科创股权融资',
        kind: 'equity',
        amountYuan: 10_000_000,
        stage: 'growth',
        enterpriseId: `${p}-ent-2`,
      },
      { id: `${p}-need-3`, title: '新厂区项目贷款', kind: 'loan', amountYuan: 80_000_000, enterpriseId: `${p}-ent-3` },
    ],
    regions: [{ id: `${p}-elsewhere-r`, name: '别处城区', level: 'district' }],
    financingMeetings: [
      {
        id: `${p}-meeting`,
        title: '科技金融专场活动',
        date: '2025-04-23',
        enterprisesSigned: 8,
        providersSigned: 4,
        amountSignedYuan: 50_000_000,
        regionId: `${p}-park`,
        attendees: [`${p}-ent-2`, `${p}-bank-a`],
      },
    ],
  };
}

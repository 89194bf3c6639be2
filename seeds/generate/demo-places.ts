/**
 * Where the demo world's generated surroundings sit: the articles' own parks and districts, each
 * with the chains the articles say it works on (and, for some, only part of a chain, so that a
 * chain map there keeps real gaps to attract into), and the research and service organisations
 * the generator adds beside the articles' own.
 */

export interface DemoPlace {
  regionId: string;
  /** The city's short name, used in some company names (咸宁 for 咸宁市). */
  city: string;
  lat: number;
  lng: number;
  /** Relative share of the generated enterprises. */
  weight: number;
  /** The chains it focuses on; `segments` limits a chain to those segments here. */
  focus: { chainId: string; segments?: string[] }[];
  /** The party organisation its instructors belong to (an article's), when it has one. */
  partyOrgId?: string;
}

const LITHIUM_UPSTREAM = [
  'seg-li-lithium-resources',
  'seg-li-phosphate-chemicals',
  'seg-li-titanium-byproduct',
  'seg-li-iron-phosphate',
  'seg-li-cathode',
];

export const DEMO_PLACES: DemoPlace[] = [
  {
    regionId: 'region-donghu',
    city: '武汉',
    lat: 30.48,
    lng: 114.41,
    weight: 3,
    focus: [{ chainId: 'chain-optoelectronics' }, { chainId: 'chain-ai' }, { chainId: 'chain-biomedicine' }],
    partyOrgId: 'po-donghu-optoelectronics',
  },
  {
    regionId: 'region-jiangan',
    city: '武汉',
    lat: 30.6,
    lng: 114.31,
    weight: 1.5,
    focus: [
      { chainId: 'chain-eco-environment' },
      { chainId: 'chain-finance-insurance' },
      { chainId: 'chain-trade-logistics' },
      { chainId: 'chain-elderly-care' },
    ],
    partyOrgId: 'po-jiangan-eco',
  },
  {
    regionId: 'region-jiangan-nev-park',
    city: '武汉',
    lat: 30.65,
    lng: 114.33,
    weight: 1.5,
    focus: [
      { chainId: 'chain-new-energy-vehicles' },
      { chainId: 'chain-lithium-battery', segments: ['seg-li-cell', 'seg-li-bms', 'seg-li-pack', 'seg-li-storage'] },
    ],
  },
  {
    regionId: 'region-xn-offshore-park',
    city: '咸宁',
    lat: 30.5,
    lng: 114.4,
    weight: 1,
    focus: [{ chainId: 'chain-optoelectronics' }, { chainId: 'chain-ai' }, { chainId: 'chain-smart-manufacturing' }],
    partyOrgId: 'po-xn-offshore-joint-branch',
  },
  {
    regionId: 'region-xn-hitech',
    city: '咸宁',
    lat: 29.86,
    lng: 114.28,
    weight: 2,
    focus: [
      { chainId: 'chain-auto-parts' },
      { chainId: 'chain-new-materials' },
      { chainId: 'chain-food-health' },
      { chainId: 'chain-optoelectronics' },
    ],
    partyOrgId: 'po-xn-hitech-gwc',
  },
  {
    regionId: 'region-xianan',
    city: '咸宁',
    lat: 29.85,
    lng: 114.3,
    weight: 1,
    focus: [
      { chainId: 'chain-bamboo' },
      { chainId: 'chain-food-health' },
      { chainId: 'chain-lithium-battery', segments: ['seg-li-anode', 'seg-li-recycling'] },
    ],
  },
  {
    regionId: 'region-tongcheng-edz',
    city: '咸宁',
    lat: 29.25,
    lng: 113.82,
    weight: 1,
    focus: [{ chainId: 'chain-smart-manufacturing' }, { chainId: 'chain-biomedicine' }, { chainId: 'chain-bamboo' }],
  },
  {
    regionId: 'region-jz-edz',
    city: '荆州',
    lat: 30.3,
    lng: 112.28,
    weight: 2,
    focus: [
      { chainId: 'chain-white-goods' },
      { chainId: 'chain-auto-parts' },
      { chainId: 'chain-biomedicine' },
      { chainId: 'chain-new-materials' },
      {
        chainId: 'chain-lithium-battery',
        segments: ['seg-li-precursor', 'seg-li-electrolyte', 'seg-li-separator', 'seg-li-copper-aluminium-foil'],
      },
    ],
    partyOrgId: 'po-jz-edz-gwc',
  },
  {
    regionId: 'region-zj-hitech',
    city: '镇江',
    lat: 32.2,
    lng: 119.5,
    weight: 2,
    focus: [{ chainId: 'chain-marine-offshore' }, { chainId: 'chain-high-end-equipment' }],
    partyOrgId: 'po-zj-hitech-gwc',
  },
  {
    regionId: 'region-zhenjiang',
    city: '镇江',
    lat: 32.19,
    lng: 119.42,
    weight: 1,
    focus: [{ chainId: 'chain-marine-offshore' }, { chainId: 'chain-trade-logistics' }],
    partyOrgId: 'po-zj-marine-chain',
  },
  {
    regionId: 'region-pds-hitech',
    city: '平顶山',
    lat: 33.72,
    lng: 113.25,
    weight: 1,
    focus: [{ chainId: 'chain-new-materials' }, { chainId: 'chain-high-end-equipment' }],
  },
  {
    regionId: 'region-pds-nylon-park',
    city: '平顶山',
    lat: 33.7,
    lng: 113.3,
    weight: 1,
    focus: [
      {
        chainId: 'chain-new-materials',
        segments: ['seg-nm-adipic-caprolactam', 'seg-nm-nylon', 'seg-nm-engineering-plastics', 'seg-nm-fibre'],
      },
    ],
  },
  {
    regionId: 'region-by-hitech',
    city: '白银',
    lat: 36.55,
    lng: 104.15,
    weight: 0.6,
    focus: [{ chainId: 'chain-lithium-battery', segments: LITHIUM_UPSTREAM }, { chainId: 'chain-new-materials' }],
    partyOrgId: 'po-by-li-chain',
  },
  {
    regionId: 'region-by-yindong',
    city: '白银',
    lat: 36.56,
    lng: 104.2,
    weight: 0.4,
    focus: [{ chainId: 'chain-lithium-battery', segments: LITHIUM_UPSTREAM }],
    partyOrgId: 'po-by-li-chain',
  },
];

export interface DemoInstitution {
  id: string;
  name: string;
  kind: 'university' | 'lab' | 'institute' | 'other';
  regionId: string;
  /** The chains its researchers work on; none for a service centre. */
  chains: string[];
}

/** Research institutes beside the articles' universities, and each city's enterprise service centre. */
export const DEMO_INSTITUTIONS: DemoInstitution[] = [
  {
    id: 'demo-inst-wh-opto',
    name: '光谷光电子技术研究院',
    kind: 'institute',
    regionId: 'region-donghu',
    chains: ['chain-optoelectronics', 'chain-ai'],
  },
  {
    id: 'demo-inst-wh-bio',
    name: '光谷生物医药创新研究院',
    kind: 'institute',
    regionId: 'region-donghu',
    chains: ['chain-biomedicine'],
  },
  {
    id: 'demo-inst-wh-auto',
    name: '江岸汽车电子与动力电池研究院',
    kind: 'institute',
    regionId: 'region-jiangan',
    chains: ['chain-new-energy-vehicles', 'chain-auto-parts', 'chain-lithium-battery'],
  },
  {
    id: 'demo-inst-xn-industry',
    name: '咸宁产业技术研究院',
    kind: 'institute',
    regionId: 'region-xianning',
    chains: ['chain-bamboo', 'chain-food-health', 'chain-auto-parts', 'chain-new-materials'],
  },
  {
    id: 'demo-inst-jz-manufacturing',
    name: '荆州智能制造研究院',
    kind: 'institute',
    regionId: 'region-jz-edz',
    chains: ['chain-white-goods', 'chain-smart-manufacturing', 'chain-biomedicine'],
  },
  {
    id: 'demo-inst-zj-marine',
    name: '镇江船舶动力与海工装备研究所',
    kind: 'institute',
    regionId: 'region-zhenjiang',
    chains: ['chain-marine-offshore', 'chain-high-end-equipment'],
  },
  {
    id: 'demo-inst-pds-nylon',
    name: '平顶山尼龙新材料研究院',
    kind: 'institute',
    regionId: 'region-pds-hitech',
    chains: ['chain-new-materials'],
  },
  {
    id: 'demo-inst-by-lithium',
    name: '白银锂电材料实验室',
    kind: 'lab',
    regionId: 'region-by-hitech',
    chains: ['chain-lithium-battery', 'chain-new-materials'],
  },
  { id: 'demo-svc-wuhan', name: '武汉市企业服务中心', kind: 'other', regionId: 'region-wuhan', chains: [] },
  { id: 'demo-svc-xianning', name: '咸宁市企业服务中心', kind: 'other', regionId: 'region-xianning', chains: [] },
  { id: 'demo-svc-jingzhou', name: '荆州市企业服务中心', kind: 'other', regionId: 'region-jingzhou', chains: [] },
  { id: 'demo-svc-zhenjiang', name: '镇江市企业服务中心', kind: 'other', regionId: 'region-zhenjiang', chains: [] },
  {
    id: 'demo-svc-pingdingshan',
    name: '平顶山市企业服务中心',
    kind: 'other',
    regionId: 'region-pingdingshan',
    chains: [],
  },
  { id: 'demo-svc-baiyin', name: '白银市企业服务中心', kind: 'other', regionId: 'region-baiyin', chains: [] },
];

/** What a service centre's staff are good at: the words the dispatch ranking looks for, by kind of request. */
export const SERVICE_DESKS: { position: string; skills: string[] }[] = [
  { position: '惠企政策专员', skills: ['惠企政策', '项目申报', '补贴兑现'] },
  { position: '金融服务专员', skills: ['融资对接', '银行贷款', '股权投资'] },
  { position: '人才服务专员', skills: ['人才招聘', '用工保障', '技能培训'] },
  { position: '政务服务专员', skills: ['审批代办', '环评许可', '政务服务'] },
  { position: '要素保障专员', skills: ['用地规划', '标准厂房', '项目建设'] },
  { position: '市场对接专员', skills: ['供需对接', '市场拓展', '采购对接'] },
  { position: '科技服务专员', skills: ['技术攻关', '研发合作', '成果转化'] },
];

/** The industry words a company of each chain is named with (镇江某某船舶有限公司, not 某某生物). */
export const CHAIN_TRADES: Record<string, string[]> = {
  'chain-ai': ['智能', '数据科技', '信息技术', '智算'],
  'chain-auto-parts': ['汽车零部件', '汽配', '机械', '精密'],
  'chain-bamboo': ['竹业', '竹木', '竹制品', '林业'],
  'chain-biomedicine': ['生物', '医药', '医疗器械', '生物科技'],
  'chain-eco-environment': ['环保', '水务', '环境科技', '能源'],
  'chain-elderly-care': ['康养', '健康管理', '养老服务'],
  'chain-finance-insurance': ['投资', '融资担保', '金融服务'],
  'chain-food-health': ['食品', '农业', '饮品', '健康食品'],
  'chain-high-end-equipment': ['装备', '精密', '智能装备', '航空科技'],
  'chain-lithium-battery': ['锂电', '新能源', '电池材料', '能源科技'],
  'chain-marine-offshore': ['船舶', '海工', '重工', '船舶配套'],
  'chain-new-energy-vehicles': ['新能源汽车', '汽车科技', '电驱'],
  'chain-new-materials': ['新材料', '化工', '材料科技', '尼龙'],
  'chain-optoelectronics': ['光电', '光电子', '激光', '半导体'],
  'chain-smart-manufacturing': ['电子', '自动化', '智能制造', '电气'],
  'chain-trade-logistics': ['物流', '供应链', '贸易', '航运'],
  'chain-white-goods': ['电器', '家电', '制冷', '电机'],
};

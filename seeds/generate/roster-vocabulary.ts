/**
 * Words of a market-regulation roster: how 经营范围 is phrased, the licence boilerplate around it,
 * the side lines most companies list, and the businesses a park has outside any chain. Written
 * from the registry's usual wording; every company built from them is fictional.
 */

/** How a business licence states a main line; {p} is a product. */
export const SCOPE_PATTERNS = [
  '{p}的研发、生产和销售',
  '{p}制造',
  '{p}研发与生产',
  '{p}生产、加工及销售',
  '{p}的技术开发与制造',
  '{p}生产；{p}销售',
];

/** Words a licence puts before a product (电池级磷酸铁, 高性能三元材料). */
export const PRODUCT_QUALIFIERS = ['', '', '', '高性能', '新型', '高纯', '电池级', '精密', '特种'];

/** Side lines many licences list, whatever the company makes. */
export const SIDE_LINES = [
  '货物进出口',
  '技术进出口',
  '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广',
  '普通货物仓储服务（不含危险化学品等需许可审批的项目）',
  '机械设备租赁',
  '五金产品批发',
  '化工产品销售（不含许可类化工产品）',
  '金属材料销售',
  '电子产品销售',
  '信息咨询服务（不含许可类信息咨询服务）',
  '非居住房地产租赁',
  '再生资源销售',
];

export const GENERAL_CLAUSE = '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';

/** A chain's own general wording, for companies whose licence names no product of it. */
export const CHAIN_GENERAL_LINES: Record<string, string[]> = {
  'chain-lithium-battery': ['新能源原动设备销售', '电池零配件销售', '新材料技术研发'],
  'chain-new-materials': ['新材料技术研发', '合成材料销售', '高性能纤维及复合材料销售'],
  'chain-smart-manufacturing': ['智能控制系统集成', '工业自动控制系统装置销售', '电子元器件零售'],
  'chain-high-end-equipment': ['通用设备制造（不含特种设备制造）', '机械零件、零部件加工', '专用设备修理'],
};

/**
 * Businesses a park has outside every chain of seeds/templates (no template segment makes or sells
 * these: 餐饮 and 汽车维修 are left out, the food and auto chains have them): their licence wording and
 * GB/T 4754 class.
 */
export const OUTSIDE_CHAINS: { scope: string; industry: string; names: string[] }[] = [
  { scope: '物业管理；停车场服务', industry: '7020', names: ['物业管理', '物业服务'] },
  {
    scope: '房屋建筑和市政基础设施项目工程总承包；园林绿化工程施工',
    industry: '4790',
    names: ['建设工程', '建筑工程'],
  },
  {
    scope: '人力资源服务（不含职业中介活动、劳务派遣服务）；劳务服务（不含劳务派遣）',
    industry: '7269',
    names: ['人力资源', '劳务服务'],
  },
  { scope: '会议及展览服务；广告设计、代理；企业形象策划', industry: '7289', names: ['会展服务', '文化传媒'] },
  { scope: '日用百货销售；文具用品零售；办公用品销售', industry: '5211', names: ['商贸', '百货'] },
  { scope: '建筑物清洁服务；专业保洁、清洗、消毒服务', industry: '8211', names: ['保洁服务', '环境服务'] },
  { scope: '文艺创作；组织文化艺术交流活动；摄影扩印服务', industry: '9051', names: ['文化艺术', '文化传播'] },
];

/** Roads of the (fictional) park's addresses. */
export const ROADS = ['银山路', '高新大道', '科技路', '兴业路', '创新路', '银东路', '工业大道', '长征路', '纺织路'];

/**
 * Words the generator builds names and texts from. Trade names are drawn from syllables that
 * Chinese company names commonly use; industries, titles and methods read like real ones.
 */
export const TRADE_SYLLABLES = [
  ...'华兴宏达瑞泰恒通盛远鑫源嘉和中天金海博创新联佳信德正永安光明汇丰万隆东方启航卓越晨星锦程福润凯旋银河长城昊力拓宇峰腾飞广誉振邦合众鼎立亚诚美科睿欣荣昌乐康宁阳辉祥云龙凤鹏豪宝利多富贵吉庆顺发昇晟昱晖煜炜烨熠灿耀晶鸿浩瀚泽渊涛澜沛清泉溪湖江川岳峻崇岭松柏桦楠杉竹梅兰菊桂枫蓝青紫赤朱丹彤雅逸致志毅勤敏捷锐智慧聪颖哲思维铭铸钧锋铠钰銮聚融畅迅驰骋翔翼展图伟业硕奥特普赛斯迪克诺威尔莱森格伦尼卡辰宸旻昕晔曦朗皓晓晗暄旭升跃骏驿骁禾穗粒谷稷夏神州九四八千里百一帆三友五洲六七十全巨人先前沿领国工地纬经坤乾易道',
];

export const INDUSTRY_WORDS = [
  '科技',
  '新材料',
  '智能',
  '电子',
  '机械',
  '精密',
  '能源',
  '装备',
  '实业',
  '制造',
  '工业',
  '环保',
  '生物',
  '光电',
  '化工',
  '材料科技',
  '智能装备',
  '电气',
  '自动化',
  '检测',
];

export const LEGAL_FORMS = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司', '（集团）有限公司'];

export const CITY_SYLLABLES = [...'江河湖山川云梦楚汉荆襄衡岳湘沅澧潇郢随安宁德昌平乐清泉阳'];

export const DISTRICT_SUFFIXES = ['区', '县', '区', '市'];

export const PARK_KINDS = ['高新区', '经济开发区', '工业园', '产业园', '科创园'];

export const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];

export const GIVEN_CHARS = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强海燕红梅玉兰文斌宇浩凯鹏飞俊博晨阳思远子涵欣怡雨萱佳琪',
];

export const TITLES = ['教授', '研究员', '副教授', '高级工程师', '副研究员', '工程师', '首席科学家', '总工程师'];

export const WORK_METHODS = [
  '关键技术研究',
  '制备方法',
  '性能优化',
  '工艺改进',
  '失效机理分析',
  '数字化设计',
  '智能检测方法',
  '低成本制造',
  '国产化替代研究',
  '可靠性评估',
];

export const PROBLEM_GOALS = [
  '国产化替代',
  '性能提升',
  '成本降低',
  '良率提升',
  '寿命延长',
  '能耗降低',
  '工艺稳定性提升',
  '检测精度提升',
];

/**
 * Chains of services rather than products (a bank, a shipping line, a care home): in the demo
 * world their enterprises' problems are about how they serve, not a technical bottleneck, and
 * they ask the park for other things than plant land or process engineers. The generated
 * province keeps its words: the benchmarks' and evaluations' figures are measured on it.
 */
export const SERVICE_CHAINS: ReadonlySet<string> = new Set([
  'chain-finance-insurance',
  'chain-trade-logistics',
  'chain-elderly-care',
]);

/** What a service enterprise's problem seeks (普惠金融风控模型优化 rather than 普惠金融能耗降低). */
export const SERVICE_PROBLEM_GOALS = [
  '风控模型优化',
  '数字化服务平台建设',
  '服务效率提升',
  '数据安全与合规',
  '智能化运营',
  '业务流程优化',
  '客户画像与精准服务',
  '信息系统国产化替代',
];

/** A problem's title and description on a segment of a chain: a service chain's are about its service. */
export function problemWords(
  segment: { chainId: string; name: string },
  enterpriseName: string,
  skills: readonly string[],
  goal: (goals: readonly string[]) => string,
): { title: string; description: string } {
  if (SERVICE_CHAINS.has(segment.chainId))
    return {
      title: `${skills[0]}${goal(SERVICE_PROBLEM_GOALS)}`,
      description: `${enterpriseName}在${segment.name}业务中需要解决${skills.join('、')}相关难题`,
    };
  return {
    title: `${skills[0]}${goal(PROBLEM_GOALS)}`,
    description: `${enterpriseName}在${segment.name}环节需要突破${skills.join('、')}相关技术瓶颈`,
  };
}

export const UNIVERSITY_SUFFIXES = ['理工大学', '科技大学', '工业大学', '大学', '师范大学', '职业技术学院'];

export const INSTITUTE_SUFFIXES = ['研究院', '实验室', '技术研究院', '产业技术研究院'];

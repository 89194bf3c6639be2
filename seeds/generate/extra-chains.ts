import type { SegmentStage } from '../../src/domain';

/**
 * Industries beyond the templates, so that a synthetic province has about 40 chains: each as
 * its segments in upstream → downstream order (each feeds the next stage's segments).
 */
export const EXTRA_CHAINS: { key: string; name: string; segments: [string, SegmentStage][] }[] = [
  {
    key: 'photovoltaic',
    name: '光伏',
    segments: [
      ['多晶硅', 'upstream'],
      ['硅片', 'upstream'],
      ['电池片', 'midstream'],
      ['光伏组件', 'midstream'],
      ['逆变器', 'midstream'],
      ['光伏电站', 'downstream'],
    ],
  },
  {
    key: 'hydrogen',
    name: '氢能',
    segments: [
      ['制氢', 'upstream'],
      ['储运氢', 'midstream'],
      ['燃料电池电堆', 'midstream'],
      ['加氢站', 'downstream'],
      ['燃料电池汽车', 'downstream'],
    ],
  },
  {
    key: 'rail',
    name: '轨道交通装备',
    segments: [
      ['轨道钢材', 'upstream'],
      ['牵引系统', 'midstream'],
      ['制动系统', 'midstream'],
      ['车体制造', 'midstream'],
      ['整车集成', 'downstream'],
      ['轨道运维服务', 'downstream'],
    ],
  },
  {
    key: 'textile',
    name: '纺织服装',
    segments: [
      ['化纤原料', 'upstream'],
      ['纺纱', 'midstream'],
      ['织造', 'midstream'],
      ['印染', 'midstream'],
      ['服装制造', 'downstream'],
      ['品牌零售', 'downstream'],
    ],
  },
  {
    key: 'agriculture',
    name: '现代农业',
    segments: [
      ['种业', 'upstream'],
      ['农资', 'upstream'],
      ['种植养殖', 'midstream'],
      ['农产品加工', 'midstream'],
      ['农产品冷链', 'downstream'],
      ['农产品电商', 'downstream'],
    ],
  },
  {
    key: 'aerospace',
    name: '航空航天',
    segments: [
      ['航空材料', 'upstream'],
      ['航空零部件', 'midstream'],
      ['航电系统', 'midstream'],
      ['航空发动机', 'midstream'],
      ['整机总装', 'downstream'],
      ['航空维修保障', 'downstream'],
    ],
  },
  {
    key: 'semiconductor',
    name: '集成电路',
    segments: [
      ['硅材料', 'upstream'],
      ['电子特气', 'upstream'],
      ['芯片设计', 'midstream'],
      ['晶圆制造', 'midstream'],
      ['封装测试', 'midstream'],
      ['芯片应用', 'downstream'],
    ],
  },
  {
    key: 'display',
    name: '新型显示',
    segments: [
      ['玻璃基板', 'upstream'],
      ['液晶材料', 'upstream'],
      ['面板制造', 'midstream'],
      ['显示模组', 'midstream'],
      ['终端显示', 'downstream'],
    ],
  },
  {
    key: 'robotics',
    name: '机器人',
    segments: [
      ['精密减速器', 'upstream'],
      ['伺服电机', 'upstream'],
      ['机器人控制器', 'midstream'],
      ['机器人本体', 'midstream'],
      ['机器人系统集成', 'downstream'],
    ],
  },
  {
    key: 'cnc',
    name: '数控机床',
    segments: [
      ['机床铸件', 'upstream'],
      ['数控系统', 'midstream'],
      ['主轴功能部件', 'midstream'],
      ['机床整机', 'downstream'],
      ['机床服务', 'downstream'],
    ],
  },
  {
    key: 'beidou',
    name: '北斗导航',
    segments: [
      ['导航芯片', 'upstream'],
      ['天线模块', 'upstream'],
      ['导航终端', 'midstream'],
      ['位置服务', 'downstream'],
    ],
  },
  {
    key: 'software',
    name: '软件与信息服务',
    segments: [
      ['基础软件', 'upstream'],
      ['工业软件', 'midstream'],
      ['行业应用软件', 'midstream'],
      ['信息技术服务', 'downstream'],
    ],
  },
  {
    key: 'datacenter',
    name: '数据中心',
    segments: [
      ['服务器', 'upstream'],
      ['数据中心制冷', 'upstream'],
      ['数据中心建设', 'midstream'],
      ['云计算服务', 'downstream'],
    ],
  },
  {
    key: 'fine-chemicals',
    name: '精细化工',
    segments: [
      ['基础化工原料', 'upstream'],
      ['化工中间体', 'midstream'],
      ['专用化学品', 'midstream'],
      ['化工新材料', 'downstream'],
    ],
  },
  {
    key: 'steel',
    name: '钢铁',
    segments: [
      ['铁矿石', 'upstream'],
      ['炼铁', 'midstream'],
      ['炼钢', 'midstream'],
      ['轧钢', 'midstream'],
      ['钢材深加工', 'downstream'],
    ],
  },
  {
    key: 'nonferrous',
    name: '有色金属',
    segments: [
      ['有色矿产', 'upstream'],
      ['有色冶炼', 'midstream'],
      ['铜铝加工', 'midstream'],
      ['有色新材料', 'downstream'],
    ],
  },
  {
    key: 'green-building',
    name: '绿色建材',
    segments: [
      ['水泥', 'upstream'],
      ['建筑玻璃', 'upstream'],
      ['装配式构件', 'midstream'],
      ['建筑施工', 'downstream'],
    ],
  },
  {
    key: 'paper',
    name: '造纸与包装',
    segments: [
      ['纸浆', 'upstream'],
      ['原纸', 'midstream'],
      ['包装印刷', 'downstream'],
    ],
  },
  {
    key: 'tourism',
    name: '文化旅游',
    segments: [
      ['景区开发', 'upstream'],
      ['文创产品', 'midstream'],
      ['旅游服务', 'downstream'],
    ],
  },
  {
    key: 'medical-devices',
    name: '高端医疗器械',
    segments: [
      ['医用高分子材料', 'upstream'],
      ['医疗器械核心部件', 'midstream'],
      ['医学影像设备', 'downstream'],
      ['体外诊断', 'downstream'],
    ],
  },
  {
    key: 'components',
    name: '电子元器件',
    segments: [
      ['电子材料', 'upstream'],
      ['被动元件', 'midstream'],
      ['连接器', 'midstream'],
      ['印制电路板', 'midstream'],
      ['电子组装', 'downstream'],
    ],
  },
  {
    key: 'construction-machinery',
    name: '工程机械',
    segments: [
      ['液压件', 'upstream'],
      ['工程机械发动机', 'upstream'],
      ['结构件', 'midstream'],
      ['工程机械整机', 'downstream'],
      ['设备租赁', 'downstream'],
    ],
  },
  {
    key: 'cold-chain',
    name: '冷链物流',
    segments: [
      ['冷库', 'upstream'],
      ['冷藏运输', 'midstream'],
      ['城市冷链配送', 'downstream'],
    ],
  },
];

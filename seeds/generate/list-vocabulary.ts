import type { RequestKind, ResourceKind } from '../../src/domain';

/** What a department's resource of each kind is about: the words its keywords are drawn from. */
export const RESOURCE_WORDS: Record<Exclude<ResourceKind, 'other'>, readonly string[]> = {
  land: ['工业用地', '标准厂房', '用地指标', '厂房租赁', '土地出让'],
  approval: ['环评审批', '施工许可', '排污许可', '并联审批', '审批代办'],
  funding: ['贷款贴息', '技改补贴', '融资担保', '流动资金', '股权投资'],
  policy: ['专精特新', '加计扣除', '高企认定', '政策兑现', '补贴申报'],
  talent: ['人才公寓', '工程师', '引才补贴', '高层次人才', '招聘'],
  training: ['技能培训', '电工', '焊工', '岗前培训', '职业技能'],
  platform: ['检测认证', '中试', '实验室', '数字化改造', '共性技术'],
  market: ['供需对接', '本地配套', '展会', '集中采购', '下游整机'],
};

/** The resource's name by kind, before its first keyword. */
export const RESOURCE_NAMES: Record<Exclude<ResourceKind, 'other'>, string> = {
  land: '用地保障',
  approval: '审批服务',
  funding: '资金支持',
  policy: '政策服务',
  talent: '人才服务',
  training: '培训服务',
  platform: '公共服务平台',
  market: '市场对接',
};

/** The kind of ask a resource of a kind answers (a training answers a talent need). */
export const ASK_FOR: Record<Exclude<ResourceKind, 'other'>, RequestKind> = {
  land: 'land',
  approval: 'approval',
  funding: 'financing',
  policy: 'policy',
  talent: 'talent',
  training: 'talent',
  platform: 'technology',
  market: 'market',
};

/** What an enterprise writes when it names no resource's word. */
export const PLAIN_ASKS: Record<RequestKind, readonly string[]> = {
  land: ['扩产需要场地', '新项目落地需要空间'],
  approval: ['项目手续办理较慢', '证照变更需要协助'],
  financing: ['扩产资金缺口', '设备更新需要资金'],
  policy: ['想了解可申报的政策', '申报材料需要指导'],
  talent: ['一线用工缺口', '缺少技术骨干'],
  technology: ['产品质量需要提升', '工艺改进遇到瓶颈'],
  market: ['产品需要打开销路', '寻找合作伙伴'],
  safety: ['安全生产隐患整改'],
  other: ['其他事项需要协调'],
};

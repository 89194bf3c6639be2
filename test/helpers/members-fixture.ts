import type { BundleInput } from '../../src/ingest/bundle.schema';

/**
 * 流动党员 (000's 一方隶属、双重管理) under a prefix: 张伟 works in 武汉 (an enterprise of the
 * Wuhan park) and keeps his membership in 咸宁's joint branch, co-managed by the Wuhan chain
 * committee since 2025-08-29 (his outflow recorded that day); 李娜 is a member of the same branch
 * working in 咸宁 (not mobile); 王强 a member of the Wuhan committee working there; 赵敏 works in
 * 咸宁 and is no member. The joint branch is on one chain, the Wuhan committee on another.
 */
export function membersBundle(p: string): BundleInput & { format: 'redchain-bundle/1' } {
  const source = 'test';
  return {
    format: 'redchain-bundle/1',
    regions: [
      { id: `${p}-prov`, name: '湖北省', level: 'province' },
      { id: `${p}-wh`, name: '武汉市', level: 'city', parentId: `${p}-prov` },
      { id: `${p}-wh-park`, name: '东湖高新区', level: 'park', parentId: `${p}-wh` },
      { id: `${p}-xn`, name: '咸宁市', level: 'city', parentId: `${p}-prov` },
      { id: `${p}-elsewhere`, name: '白银市', level: 'city' },
    ],
    chains: [
      { id: `${p}-chain-opto`, name: '光电子信息' },
      { id: `${p}-chain-smart`, name: '智能装备' },
    ],
    enterprises: [
      { id: `${p}-ent-wh`, name: `${p}光谷激光雷达有限公司`, regionId: `${p}-wh-park` },
      { id: `${p}-ent-xn`, name: `${p}咸宁智能装备有限公司`, regionId: `${p}-xn` },
    ],
    partyOrgs: [
      { id: `${p}-po-xn-top`, name: '咸宁高投集团党委', kind: 'committee', regionId: `${p}-xn` },
      {
        id: `${p}-po-xn-branch`,
        name: '离岸科创园联合党支部',
        kind: 'joint_branch',
        parentId: `${p}-po-xn-top`,
        chainIds: [`${p}-chain-smart`],
      },
      {
        id: `${p}-po-wh`,
        name: '东湖高新区光电子党委',
        kind: 'chain_committee',
        regionId: `${p}-wh-park`,
        chainIds: [`${p}-chain-opto`],
      },
    ],
    people: [
      {
        id: `${p}-m1`,
        name: '张伟',
        partyMember: true,
        worksAt: [{ orgId: `${p}-ent-wh`, position: '研发工程师' }],
        memberOf: [`${p}-po-xn-branch`],
        managedBy: [{ orgId: `${p}-po-wh`, since: '2025-08-29' }],
        source,
      },
      {
        id: `${p}-m2`,
        name: '李娜',
        partyMember: true,
        worksAt: [{ orgId: `${p}-ent-xn` }],
        memberOf: [`${p}-po-xn-branch`],
        source,
      },
      {
        id: `${p}-m3`,
        name: '王强',
        partyMember: true,
        worksAt: [{ orgId: `${p}-ent-wh` }],
        memberOf: [`${p}-po-wh`],
        source,
      },
      { id: `${p}-nm`, name: '赵敏', worksAt: [{ orgId: `${p}-ent-xn` }], source },
    ],
    memberMoves: [
      {
        id: `${p}-move-1`,
        personId: `${p}-m1`,
        date: '2025-08-29',
        kind: 'outflow',
        fromId: `${p}-po-xn-branch`,
        toId: `${p}-po-wh`,
        note: '工作地在武汉、党组织关系在咸宁',
        source,
      },
    ],
  };
}

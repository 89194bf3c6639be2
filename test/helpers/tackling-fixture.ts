import type { BundleInput } from '../../src/ingest/bundle.schema';

/**
 * A hand-made tackling case (answers known by hand): problem X (激光雷达 + 光学设计, team of 2)
 * posted by enterprise P1. alice (university) covers both skills; bob (enterprise E2) covers
 * 激光雷达 and solved a problem in the same segment; carol works for the poster (a conflict);
 * dave knows cathode materials only; erin covers 激光雷达 but is at her maxLoad of 1.
 */
export function tacklingBundle(): BundleInput & { format: 'redchain-bundle/1' } {
  return {
    format: 'redchain-bundle/1',
    regions: [{ id: 'r-wh', name: '武汉市', level: 'city' }],
    chains: [{ id: 'c-opto', name: '光电信息' }],
    segments: [
      { id: 's-lidar', chainId: 'c-opto', name: '激光雷达', stage: 'midstream' },
      { id: 's-cathode', chainId: 'c-opto', name: '正极材料', stage: 'midstream' },
    ],
    enterprises: [
      { id: 'P1', name: '发榜光电有限公司', regionId: 'r-wh', segments: ['s-lidar'] },
      { id: 'E2', name: '配套雷达有限公司', regionId: 'r-wh', segments: ['s-lidar'] },
    ],
    institutions: [
      { id: 'U', name: '光谷大学', kind: 'university', regionId: 'r-wh', description: '激光雷达与光学设计研究' },
    ],
    people: [
      {
        id: 'alice',
        name: '艾丽',
        skills: ['激光雷达', '光学设计'],
        bio: '从事车载激光雷达光学系统设计',
        maxLoad: 3,
        worksAt: [{ orgId: 'U' }],
      },
      {
        id: 'bob',
        name: '鲍勃',
        skills: ['激光雷达'],
        bio: '激光雷达整机研发',
        maxLoad: 3,
        worksAt: [{ orgId: 'E2' }],
      },
      {
        id: 'carol',
        name: '卡罗',
        skills: ['激光雷达', '光学设计'],
        bio: '发榜单位研发负责人',
        maxLoad: 3,
        worksAt: [{ orgId: 'P1' }],
      },
      {
        id: 'dave',
        name: '戴夫',
        skills: ['正极材料'],
        bio: '磷酸铁锂正极材料',
        maxLoad: 3,
        worksAt: [{ orgId: 'U' }],
      },
      {
        id: 'erin',
        name: '艾琳',
        skills: ['激光雷达'],
        bio: '激光雷达测试',
        maxLoad: 1,
        partyMember: true,
        worksAt: [{ orgId: 'U' }],
      },
    ],
    works: [{ id: 'w1', kind: 'paper', title: '车载激光雷达光学设计方法', authorIds: ['alice'] }],
    problems: [
      {
        id: 'X',
        title: '高精度激光雷达光学设计',
        skills: ['激光雷达', '光学设计'],
        teamSize: 2,
        postedBy: 'P1',
        segments: ['s-lidar'],
      },
      {
        id: 'Y',
        title: '激光雷达整机可靠性',
        skills: ['激光雷达'],
        status: 'accepted',
        postedBy: 'P1',
        segments: ['s-lidar'],
      },
      {
        id: 'Z',
        title: '激光雷达量产良率',
        skills: ['激光雷达'],
        status: 'in_progress',
        postedBy: 'E2',
        segments: ['s-lidar'],
      },
      {
        id: 'W',
        title: '激光雷达电源正极材料',
        skills: ['激光雷达', '正极材料'],
        teamSize: 3,
        postedBy: 'P1',
        segments: ['s-lidar'],
      },
    ],
    teams: [
      { id: 'tY', name: '可靠性攻关组', kind: 'commando', problemIds: ['Y'], members: [{ personId: 'bob' }] },
      { id: 'tZ', name: '良率攻关组', kind: 'commando', problemIds: ['Z'], members: [{ personId: 'erin' }] },
    ],
  };
}

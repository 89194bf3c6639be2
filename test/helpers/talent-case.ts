import type { BundleInput } from '../../src/ingest/bundle.schema';

/**
 * A hand-made talent case whose answers are known by hand. 光谷 park's 联合党支部 covers E1 (which
 * posts N1, 技术经理) and is paired with the university's committee. alice (university, a member of
 * its committee) and bob (far away, no organisation) have exactly the skills asked; carol has them
 * too but works at E1; erin has half of them, works next door at E2 and is a member of the
 * branch itself; dave knows welding only.
 */
export function talentCase(): BundleInput & { format: 'redchain-bundle/1' } {
  const person = (id: string, name: string, skills: string[], orgId: string, memberOf: string[] = []) => ({
    id,
    name,
    skills,
    worksAt: [{ orgId }],
    memberOf,
  });
  return {
    format: 'redchain-bundle/1',
    regions: [
      { id: 'prov', name: '湖北省', level: 'province' },
      { id: 'city', name: '武汉市', level: 'city', parentId: 'prov' },
      { id: 'park', name: '光谷园区', level: 'park', parentId: 'city' },
      { id: 'far', name: '远方省', level: 'province' },
    ],
    chains: [{ id: 'ch', name: '光电子信息' }],
    segments: [{ id: 's1', chainId: 'ch', name: '激光雷达', stage: 'midstream' }],
    enterprises: [
      { id: 'E1', name: '集智光电有限公司', regionId: 'park', segments: ['s1'] },
      { id: 'E2', name: '邻家激光有限公司', regionId: 'park', segments: ['s1'] },
      { id: 'E3', name: '远方雷达有限公司', regionId: 'far', segments: ['s1'] },
    ],
    institutions: [{ id: 'U', name: '光谷大学', kind: 'university', regionId: 'city' }],
    partyOrgs: [
      { id: 'PB', name: '园区联合党支部', kind: 'joint_branch', regionId: 'park', chainIds: ['ch'], covers: ['E1'] },
      { id: 'PU', name: '光谷大学党委', kind: 'committee', regionId: 'city', covers: ['U'] },
    ],
    pairings: [{ a: 'PB', b: 'PU', kind: 'school_local', since: '2025-04-28' }],
    people: [
      person('alice', '艾丽', ['激光雷达', '项目管理'], 'U', ['PU']),
      person('bob', '鲍勃', ['激光雷达', '项目管理'], 'E3'),
      person('carol', '卡罗', ['激光雷达', '项目管理'], 'E1'),
      person('erin', '艾琳', ['激光雷达'], 'E2', ['PB']),
      person('dave', '戴夫', ['焊接'], 'E3'),
    ],
    talentNeeds: [
      {
        id: 'N1',
        title: '技术经理',
        skills: ['激光雷达', '项目管理'],
        level: 'senior',
        enterpriseId: 'E1',
        postedAt: '2025-09-01',
      },
      { id: 'N2', title: '技术 经理', skills: ['激光雷达'], count: 2, enterpriseId: 'E2', postedAt: '2025-10-01' },
      {
        id: 'N3',
        title: '焊工',
        skills: ['焊接'],
        level: 'skilled',
        status: 'filled',
        enterpriseId: 'E2',
        postedAt: '2025-08-01',
        filledAt: '2025-08-19',
      },
    ],
  };
}

import type { BundleInput } from '../../src/ingest/bundle.schema';
import { tradeTag } from './bundle-fixture';

/**
 * Beside validBundle(p): the park's chain chief and one in a second province, whose park makes
 * the chain too and has an overdue request; a stalled problem in the park (its deadline passed),
 * a department to attend meetings, and one pledged item per park.
 */
export function chiefBundle(p: string): BundleInput & { format: 'redchain-bundle/1' } {
  return {
    format: 'redchain-bundle/1',
    regions: [
      { id: `${p}-other-prov`, name: '江苏省', level: 'province' },
      { id: `${p}-other`, name: '镇江高新区', level: 'park', parentId: `${p}-other-prov` },
    ],
    enterprises: [
      {
        id: `${p}-other-ent`,
        name: `${tradeTag(`${p}-other`)}材料有限公司`,
        regionId: `${p}-other`,
        segments: [`${p}-seg-material`],
      },
    ],
    departments: [{ id: `${p}-dept`, name: '区发改局', regionId: `${p}-park` }],
    people: [
      {
        id: `${p}-chief`,
        name: '李链长',
        title: '副区长',
        chiefOf: [{ chainId: `${p}-chain`, regionId: `${p}-park` }],
      },
      {
        id: `${p}-other-chief`,
        name: '王链长',
        title: '副市长',
        chiefOf: [{ chainId: `${p}-chain`, regionId: `${p}-other` }],
      },
    ],
    problems: [
      {
        id: `${p}-stalled`,
        title: '隔膜涂覆工艺',
        skills: ['涂覆'],
        postedBy: `${p}-ent-7`,
        segments: [`${p}-seg-part`],
        deadline: '2025-01-31',
      },
    ],
    requests: [
      {
        id: `${p}-other-req`,
        kind: 'land',
        title: '扩产用地',
        raisedBy: `${p}-other-ent`,
        raisedAt: '2025-03-01T09:00:00.000Z',
        dueAt: '2025-03-15T09:00:00.000Z',
      },
    ],
    pledges: [
      {
        id: `${p}-pledge`,
        title: '新增贷款投放50亿元以上',
        year: 2025,
        owner: '锂电池产业链联合党委',
        dueDate: '2025-12-31',
        target: '50亿元以上',
        targetYuan: 5_000_000_000,
        regionId: `${p}-park`,
        chainId: `${p}-chain`,
        source: 'test',
      },
      {
        id: `${p}-other-pledge`,
        title: '引进配套企业3家',
        year: 2025,
        owner: '王链长',
        regionId: `${p}-other`,
        chainId: `${p}-chain`,
      },
    ],
  };
}

/** A joint meeting of the park with a decision, and a pledged item of the park: what the write routes' samples move. */
export function chiefRecordsBundle(p: string): BundleInput & { format: 'redchain-bundle/1' } {
  return {
    format: 'redchain-bundle/1',
    jointMeetings: [
      { id: `${p}-jm-auth`, title: '联席会议', date: '2025-06-10', chainId: `${p}-chain`, regionId: `${p}-park` },
    ],
    meetingDecisions: [
      {
        id: `${p}-decision-auth`,
        text: '走访链上企业',
        owner: '区发改局',
        dueDate: '2025-07-10',
        meetingId: `${p}-jm-auth`,
      },
    ],
    pledges: [{ id: `${p}-pledge-auth`, title: '新增贷款', year: 2025, owner: '链党委', regionId: `${p}-park` }],
  };
}

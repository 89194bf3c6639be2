import type { BundleInput } from '../../src/ingest/bundle.schema';

/**
 * Talent needs on validBundle(p)'s data: a cathode-materials engineer wanted by ent-2 (covered by
 * the chain committee, which is paired with the university's committee), and a test technician
 * wanted by ent-12 (no party organisation covers it). The fixture's experts all know 正极材料;
 * person-i also knows 技能i.
 */
export function talentBundle(p: string): BundleInput & { format: 'redchain-bundle/1' } {
  return {
    format: 'redchain-bundle/1',
    talentNeeds: [
      {
        id: `${p}-tn-1`,
        title: '正极材料工程师',
        skills: ['正极材料', '技能3'],
        level: 'engineer',
        count: 2,
        enterpriseId: `${p}-ent-2`,
        postedAt: '2025-03-01',
      },
      {
        id: `${p}-tn-2`,
        title: '电池测试技师',
        skills: ['技能7'],
        level: 'skilled',
        count: 1,
        enterpriseId: `${p}-ent-12`,
        postedAt: '2025-04-01',
      },
    ],
  };
}

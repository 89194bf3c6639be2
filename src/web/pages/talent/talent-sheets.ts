import type { CatalogueEntry, FairInterview, JobFairPlan, TalentCatalogue } from '../../api/types';
import { joined, type Sheet } from '../../components/export-sheet';

const LEVEL_ZH: Record<string, string> = {
  skilled: '技能人才',
  engineer: '工程技术人才',
  senior: '高层次人才',
  leading: '领军人才',
};

/** 急需紧缺人才目录 as a sheet: one row a role, scarcest first, as a chain's office files it. */
export function catalogueSheet(catalogue: TalentCatalogue): Sheet<CatalogueEntry> {
  return {
    what: '急需紧缺人才目录',
    where: [catalogue.region?.name, catalogue.chain.name, catalogue.asOf],
    rows: catalogue.entries,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '岗位', width: 24, cell: (e) => e.role },
      { header: '人才层次', width: 14, cell: (e) => LEVEL_ZH[e.level] ?? e.level },
      { header: '需求数', width: 8, cell: (e) => e.needs },
      { header: '需求人数', width: 8, cell: (e) => e.headcount },
      { header: '所需技能', width: 40, cell: (e) => joined(e.skills.map((s) => s.skill)) },
      { header: '用人企业', width: 40, cell: (e) => joined(e.enterprises.map((x) => x.name)) },
      { header: '地区', width: 24, cell: (e) => joined(e.regions.map((x) => x.name)) },
      { header: '最长空缺（天）', width: 12, cell: (e) => e.longestOpenDays },
      { header: '空缺中位数（天）', width: 12, cell: (e) => e.medianOpenDays },
    ],
  };
}

/** 链上专场招聘会安排 as a sheet: one row an interview, booth by booth. */
export function jobFairSheet(plan: JobFairPlan): Sheet<FairInterview> {
  return {
    what: '链上专场招聘会安排',
    where: [plan.region?.name, plan.chain.name],
    rows: plan.booths.flatMap((b) => b.needs.flatMap((n) => n.interviews)),
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '用人单位', width: 36, cell: (i) => i.enterprise.name },
      { header: '岗位', width: 24, cell: (i) => i.need.name },
      { header: '人选', width: 16, cell: (i) => i.person.name },
      { header: '人选编号', width: 24, cell: (i) => i.person.id },
      { header: '得分', width: 8, cell: (i) => Number(i.score.toFixed(3)) },
      { header: '理由', width: 80, cell: (i) => joined(i.reasons.zh) },
    ],
  };
}

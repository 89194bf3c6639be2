import type { Candidate } from '../../api/types';
import { joined, type Sheet, syntheticCell } from '../../components/export-sheet';

const KIND_ZH: Record<string, string> = { Enterprise: '企业', Person: '专家', Institution: '高校院所' };

/** Where a candidate list was drawn: what it is (上游配套候选…) and for whom. */
export interface ListPlace {
  what: string;
  where: readonly (string | undefined)[];
}

/** The organisational path that can introduce a candidate, from the asking side: A → B → C. */
function orgPath(c: Candidate): string {
  const hops = c.detail.orgPath ?? [];
  return hops.length === 0 ? '' : [hops[0]!.from, ...hops.map((h) => h.to)].join(' → ');
}

/** A ranked candidate list (partners, experts, institutions) as a sheet, best first, with the path that can introduce them. */
export function candidatesSheet(candidates: readonly Candidate[], place: ListPlace): Sheet<Candidate> {
  return {
    ...place,
    rows: candidates,
    columns: [
      { header: '排名', width: 6, cell: (_, i) => i + 1 },
      { header: '名称', width: 36, cell: (c) => c.name ?? c.id },
      { header: '类别', width: 10, cell: (c) => KIND_ZH[c.kind] ?? c.kind },
      { header: '编号', width: 24, cell: (c) => c.id },
      { header: '得分', width: 8, cell: (c) => Number(c.score.toFixed(3)) },
      { header: '经由环节', width: 20, cell: (c) => c.detail.via?.segmentName },
      { header: '单位', width: 30, cell: (c) => c.detail.employer ?? '' },
      {
        header: '覆盖技能',
        width: 30,
        cell: (c) => joined([...new Set((c.detail.coveredSkills ?? []).map((s) => s.skill))]),
      },
      { header: '组织路径', width: 40, cell: (c) => orgPath(c) },
      { header: '理由', width: 80, cell: (c) => joined(c.reasons) },
      { header: '合成数据', width: 8, cell: (c) => syntheticCell(c.synthetic) },
    ],
  };
}

import type { ChainMap, Lead } from '../../api/types';
import { joined, type Sheet, syntheticCell } from '../../components/export-sheet';

/**
 * The leads of a map as a sheet, so a task force can work the list in a spreadsheet: one row a
 * lead, best first, with the reasons in both languages (the English for partners abroad).
 */
export function leadsSheet(map: ChainMap, leads: readonly Lead[]): Sheet<Lead> {
  return {
    what: '招商线索',
    where: [map.region.name, map.chain.name],
    rows: leads,
    columns: [
      { header: '排名', width: 6, cell: (_, i) => i + 1 },
      { header: '企业', width: 36, cell: (l) => l.name },
      { header: '企业编号', width: 24, cell: (l) => l.enterpriseId },
      { header: '得分', width: 8, cell: (l) => Number(l.score.toFixed(3)) },
      { header: '补链环节', width: 30, cell: (l) => joined(l.segments.map((s) => s.name)) },
      { header: '已供应本地企业数', width: 14, cell: (l) => l.suppliesLocal.length },
      { header: '理由', width: 80, cell: (l) => joined(l.reasons.zh) },
      { header: '理由（英文）', width: 80, cell: (l) => l.reasons.en.join('; ') },
      { header: '合成数据', width: 8, cell: (l) => syntheticCell(l.synthetic) },
    ],
  };
}

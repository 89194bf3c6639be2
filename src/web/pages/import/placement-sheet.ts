import type { PlacementReviewItem } from '../../api/placements';
import { joined, type Sheet } from '../../components/export-sheet';
import { formatDate } from '../../i18n/format';

type Candidate = PlacementReviewItem['candidates'][number];
const candidate = (c: Candidate | undefined) =>
  c ? `${c.chainName} · ${c.segmentName}（${Math.round(c.confidence * 100)}%）` : '';

/** The 挂链 review queue as a sheet: each waiting enterprise, its best candidate segments and their evidence. */
export function placementQueueSheet(items: readonly PlacementReviewItem[]): Sheet<PlacementReviewItem> {
  return {
    what: '挂链审核队列',
    where: [],
    rows: items,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '企业', width: 36, cell: (item) => item.enterpriseName },
      { header: '企业编号', width: 24, cell: (item) => item.enterpriseId },
      { header: '首选环节', width: 36, cell: (item) => candidate(item.candidates[0]) },
      { header: '其他候选环节', width: 50, cell: (item) => joined(item.candidates.slice(1).map(candidate)) },
      { header: '证据', width: 60, cell: (item) => joined(item.candidates[0]?.evidence ?? []) },
      { header: '导入时间', width: 20, cell: (item) => formatDate(item.importedAt, 'zh', true) },
    ],
  };
}

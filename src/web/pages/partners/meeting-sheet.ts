import type { Meeting, MeetingPlan } from '../../api/types';
import { joined, type Sheet } from '../../components/export-sheet';

/** A supply-demand meeting plan (供需对接会安排) as a sheet: one row a supplier and buyer pair, best first. */
export function meetingsSheet(plan: MeetingPlan): Sheet<Meeting> {
  return {
    what: '供需对接会安排',
    where: [plan.region.name, plan.chain.name],
    rows: plan.meetings,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '供方', width: 36, cell: (m) => m.supplier.name },
      { header: '供方编号', width: 24, cell: (m) => m.supplier.id },
      { header: '需方', width: 36, cell: (m) => m.buyer.name },
      { header: '需方编号', width: 24, cell: (m) => m.buyer.id },
      { header: '得分', width: 8, cell: (m) => Number(m.score.toFixed(3)) },
      { header: '理由', width: 80, cell: (m) => joined(m.reasons.zh) },
    ],
  };
}

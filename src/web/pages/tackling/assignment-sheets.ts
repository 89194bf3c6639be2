import type { AssignedProblem, AssignmentSeat, ProblemFit } from '../../api/types';
import { joined, type Sheet } from '../../components/export-sheet';

/** A seat as a cell: 孙绯（负荷 2/3）; the load is absent from runs stored before it was reported. */
export function seatText(seat: AssignmentSeat, loadWord = '负荷'): string {
  return seat.load === undefined || seat.maxLoad === undefined
    ? seat.name
    : `${seat.name}（${loadWord} ${seat.load}/${seat.maxLoad}）`;
}

/** The global assignment as a sheet (全局专家分配): one row a problem, its experts with their loads, and why seats are empty. */
export function assignmentSheet(problems: readonly AssignedProblem[]): Sheet<AssignedProblem> {
  return {
    what: '全局专家分配',
    where: [],
    rows: problems,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '难题', width: 40, cell: (p) => p.title },
      { header: '难题编号', width: 24, cell: (p) => p.problemId },
      { header: '团队规模', width: 10, cell: (p) => p.teamSize },
      { header: '分配的专家（负荷/上限）', width: 48, cell: (p) => joined(p.assigned.map((s) => seatText(s))) },
      { header: '空缺席位', width: 10, cell: (p) => p.shortBy },
      { header: '空缺原因', width: 48, cell: (p) => p.diagnosis?.zh },
      { header: '备选专家（负荷/上限）', width: 48, cell: (p) => joined(p.alternates.map((s) => seatText(s))) },
    ],
  };
}

/** The problems ranked for one expert as a sheet (适合专家的难题), best first, with the reasons in Chinese. */
export function expertProblemsSheet(expertName: string, fits: readonly ProblemFit[]): Sheet<ProblemFit> {
  return {
    what: '适合专家的难题',
    where: [expertName],
    rows: fits,
    columns: [
      { header: '排名', width: 6, cell: (_, i) => i + 1 },
      { header: '难题', width: 40, cell: (f) => f.title },
      { header: '难题编号', width: 24, cell: (f) => f.problemId },
      { header: '发榜单位', width: 36, cell: (f) => f.postedBy },
      { header: '匹配度', width: 10, cell: (f) => Math.round(f.score * 1000) / 1000 },
      { header: '理由', width: 80, cell: (f) => joined(f.reasons.zh) },
    ],
  };
}

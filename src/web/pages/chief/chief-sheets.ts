import { joined, type Sheet } from '../../components/export-sheet';
import type { ChiefView, DecisionItem, JointMeetingItem, PledgeItem } from './chief-types';

const STATE: Record<string, string> = { open: '待推进', in_progress: '推进中', done: '已办结', dropped: '已撤销' };
const SEGMENT: Record<string, string> = { missing: '缺失', weak: '薄弱', ok: '良好', strong: '强' };

type RegionRow = ChiefView['regions'][number];

/** 链长视图 as a sheet: one row a region. */
export function chiefViewSheet(view: ChiefView): Sheet<RegionRow> {
  return {
    what: '链长视图',
    where: [view.chain.name],
    rows: view.regions,
    columns: [
      { header: '地区', width: 16, cell: (r) => r.region.name },
      { header: '链长', width: 20, cell: (r) => joined(r.chiefs.map((c) => c.name)) },
      {
        header: '补链缺口',
        width: 40,
        cell: (r) =>
          r.gaps.status === 'ready' ? joined(r.gaps.gaps.map((g) => `${g.name}（${SEGMENT[g.status]}）`)) : '计算中',
      },
      {
        header: '招商线索',
        width: 40,
        cell: (r) => (r.gaps.status === 'ready' ? joined(r.gaps.leads.map((l) => l.name)) : ''),
      },
      { header: '在办难题', width: 10, cell: (r) => r.problems.length },
      { header: '久攻未决', width: 10, cell: (r) => r.problems.filter((p) => p.stalled).length },
      { header: '在办诉求', width: 10, cell: (r) => r.requests.length },
      { header: '超期诉求', width: 10, cell: (r) => r.requests.filter((q) => q.overdue).length },
      { header: '链上企业', width: 10, cell: (r) => r.coverage.enterprises },
      { header: '党组织覆盖企业', width: 14, cell: (r) => r.coverage.covered },
      { header: '覆盖率', width: 8, cell: (r) => Number(r.coverage.coverage.toFixed(3)) },
      { header: '党组织', width: 8, cell: (r) => r.coverage.partyOrgs },
    ],
  };
}

type DecisionRow = DecisionItem & { meeting: JointMeetingItem };

/** 联席会议议定事项 as a sheet: one row a decision, with its meeting. */
export function decisionsSheet(meetings: readonly JointMeetingItem[], where: string[]): Sheet<DecisionRow> {
  return {
    what: '联席会议议定事项',
    where,
    rows: meetings.flatMap((meeting) => meeting.decisions.map((d) => ({ ...d, meeting }))),
    columns: [
      { header: '会议日期', width: 12, cell: (d) => d.meeting.date.slice(0, 10) },
      { header: '会议', width: 36, cell: (d) => d.meeting.title },
      { header: '议定事项', width: 40, cell: (d) => d.text },
      { header: '责任单位', width: 20, cell: (d) => d.owner },
      { header: '完成时限', width: 12, cell: (d) => d.dueDate.slice(0, 10) },
      { header: '状态', width: 10, cell: (d) => STATE[d.status] },
      { header: '办结日期', width: 12, cell: (d) => d.doneAt?.slice(0, 10) },
      { header: '合成', width: 6, cell: (d) => (d.meeting.synthetic ? '是' : '') },
    ],
  };
}

/** 十件实事 as a sheet: one row a pledged item, with its source. */
export function pledgesSheet(items: readonly PledgeItem[], where: string[]): Sheet<PledgeItem> {
  return {
    what: '十件实事',
    where,
    rows: items,
    columns: [
      { header: '年度', width: 8, cell: (p) => p.year },
      { header: '实事项目', width: 40, cell: (p) => p.title },
      { header: '地区', width: 14, cell: (p) => p.region?.name },
      { header: '产业链', width: 16, cell: (p) => p.chain?.name },
      { header: '责任单位', width: 28, cell: (p) => p.owner },
      { header: '目标', width: 24, cell: (p) => p.target },
      { header: '完成时限', width: 12, cell: (p) => p.dueDate?.slice(0, 10) },
      { header: '状态', width: 10, cell: (p) => STATE[p.status] },
      { header: '进展', width: 30, cell: (p) => p.progress },
      { header: '来源', width: 30, cell: (p) => p.source },
      { header: '合成', width: 6, cell: (p) => (p.synthetic ? '是' : '') },
    ],
  };
}

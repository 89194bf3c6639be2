import type { SquadDetail, SquadItem, SquadTallyAnswer } from '../../api/types';
import type { Sheet } from '../../components/export-sheet';

const OUTCOME: Record<string, string> = {
  contacted: '已接洽',
  interested: '有意向',
  signed: '已签约',
  landed: '已落地',
  declined: '未成',
};

/** 党员招商小分队 as a sheet: one row a squad with its tallies. */
export function squadsSheet(items: readonly SquadItem[], where: string[]): Sheet<SquadItem> {
  return {
    what: '党员招商小分队',
    where,
    rows: items,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '小分队', width: 36, cell: (s) => s.name },
      { header: '地区', width: 16, cell: (s) => s.region?.name },
      { header: '产业链', width: 20, cell: (s) => s.chains.map((c) => c.name).join('、') },
      { header: '队长', width: 10, cell: (s) => s.leader?.name ?? '' },
      { header: '队员数', width: 8, cell: (s) => s.memberCount },
      { header: '线索数', width: 8, cell: (s) => s.counts.leads },
      { header: '走访次数', width: 10, cell: (s) => s.counts.visits },
      { header: '对接企业', width: 10, cell: (s) => s.counts.enterprisesMet },
      { header: '签约', width: 8, cell: (s) => s.counts.signed },
      { header: '落地', width: 8, cell: (s) => s.counts.landed },
      { header: '合成数据', width: 8, cell: (s) => (s.synthetic ? '是' : '') },
      { header: '来源', width: 30, cell: (s) => s.source },
    ],
  };
}

type VisitRow = SquadDetail['visits'][number];

/** A squad's visits as a sheet (外出招商台账). */
export function visitsSheet(squad: SquadDetail): Sheet<VisitRow> {
  return {
    what: '外出招商台账',
    where: [squad.name],
    rows: squad.visits,
    columns: [
      { header: '日期', width: 12, cell: (v) => v.date },
      { header: '企业', width: 36, cell: (v) => v.enterprise.name },
      { header: '结果', width: 10, cell: (v) => OUTCOME[v.outcome] },
      { header: '出访人员', width: 24, cell: (v) => v.visitors.map((p) => p.name).join('、') },
      { header: '人数', width: 6, cell: (v) => v.visitorCount },
      { header: '说明', width: 40, cell: (v) => v.note },
      { header: '招商成效', width: 30, cell: (v) => v.outcomeId ?? '' },
    ],
  };
}

type ChainRow = SquadTallyAnswer['perChain'][number];

/** 招商成效 per chain as a sheet. */
export function tallySheet(tally: SquadTallyAnswer, where: string[]): Sheet<ChainRow> {
  return {
    what: '招商小分队成效统计',
    where,
    rows: tally.perChain,
    columns: [
      { header: '产业链', width: 20, cell: (c) => c.chain.name },
      { header: '小分队数', width: 10, cell: (c) => c.counts.squads },
      { header: '走访次数', width: 10, cell: (c) => c.counts.visits },
      { header: '对接企业', width: 10, cell: (c) => c.counts.enterprisesMet },
      { header: '有意向', width: 8, cell: (c) => c.counts.interested },
      { header: '签约', width: 8, cell: (c) => c.counts.signed },
      { header: '落地', width: 8, cell: (c) => c.counts.landed },
      { header: '线索数', width: 8, cell: (c) => c.counts.leads },
      { header: '线索引进', width: 10, cell: (c) => c.counts.leadsAttracted },
    ],
  };
}

import type { MemberMoveItem, MemberRecord, MobileMember } from '../../api/types';
import type { Sheet } from '../../components/export-sheet';

const KIND: Record<string, string> = { outflow: '外出流动', return: '返回', transfer: '组织关系转接' };
const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : '');
const org = (o: { name: string; region: { name: string } | null } | null) =>
  o ? (o.region ? `${o.name}（${o.region.name}）` : o.name) : '';
const move = (m: MemberMoveItem | null) =>
  m ? `${day(m.date)} ${KIND[m.kind] ?? ''} ${m.from?.name ?? ''} → ${m.to?.name ?? ''}` : '';

/** 流动党员 as a sheet: one row a member, both organisations, the workplace, the latest move. */
export function mobileMembersSheet(items: readonly MobileMember[], where: string[]): Sheet<MobileMember> {
  return {
    what: '流动党员',
    where,
    rows: items,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '党员', width: 14, cell: (m) => m.name },
      { header: '所属党组织（计数）', width: 36, cell: (m) => org(m.membership) },
      {
        header: '双重管理党组织',
        width: 36,
        cell: (m) => m.managing.map((o) => `${org(o)}${o.since ? ` 自${day(o.since)}` : ''}`).join('；'),
      },
      { header: '工作单位', width: 32, cell: (m) => m.workplace?.name },
      { header: '工作地', width: 16, cell: (m) => m.workplaceRegion?.name },
      { header: '最近流动', width: 44, cell: (m) => move(m.lastMove) },
      { header: '合成数据', width: 10, cell: (m) => (m.synthetic ? '是' : '') },
    ],
  };
}

/** A member's moves (流动记录) as a sheet, oldest first. */
export function memberMovesSheet(record: MemberRecord): Sheet<MemberMoveItem> {
  return {
    what: '党员流动记录',
    where: [record.name],
    rows: record.moves,
    columns: [
      { header: '日期', width: 12, cell: (m) => day(m.date) },
      { header: '类型', width: 14, cell: (m) => KIND[m.kind] },
      { header: '流出', width: 32, cell: (m) => m.from?.name },
      { header: '流入', width: 32, cell: (m) => m.to?.name },
      { header: '备注', width: 48, cell: (m) => m.note },
      { header: '来源', width: 30, cell: (m) => m.source },
    ],
  };
}

import type { ActionProjectItem, ListNeedItem, NeedResources, ServiceResourceItem } from '../../api/types';
import { joined, type Sheet } from '../../components/export-sheet';
import { listsZh } from '../../i18n/lists-words';

const zh = (key: string) => (listsZh as Record<string, string>)[key] ?? '';
const CATEGORY: Record<string, string> = {
  policy: '政策咨询',
  financing: '融资需求',
  talent: '人才招引',
  technology: '技术攻关',
  market: '市场对接',
  land: '用地用房',
  approval: '审批服务',
  safety: '安全生产',
  other: '其他诉求',
};

/** 需求清单 as a sheet: one row a need. */
export function needsSheet(items: readonly ListNeedItem[], where: string[]): Sheet<ListNeedItem> {
  return {
    what: '需求清单',
    where,
    rows: items,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '需求', width: 36, cell: (n) => n.title },
      { header: '企业', width: 36, cell: (n) => n.enterprise.name },
      { header: '地区', width: 16, cell: (n) => n.region?.name },
      { header: '产业链', width: 20, cell: (n) => n.chains.map((c) => c.name).join('、') },
      { header: '类别', width: 12, cell: (n) => CATEGORY[n.category] },
      { header: '来源', width: 12, cell: (n) => zh(`lists.from.${n.source}`) },
      { header: '状态', width: 10, cell: (n) => (n.open ? '待对接' : '已办结') },
      { header: '已对接资源', width: 10, cell: (n) => n.matched },
    ],
  };
}

/** 资源清单 as a sheet: one row a department's resource. */
export function resourcesSheet(items: readonly ServiceResourceItem[], where: string[]): Sheet<ServiceResourceItem> {
  return {
    what: '资源清单',
    where,
    rows: items,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '资源', width: 36, cell: (r) => r.name },
      { header: '类别', width: 14, cell: (r) => zh(`lists.kind.${r.kind}`) },
      { header: '提供部门', width: 28, cell: (r) => r.department.name },
      { header: '服务地区', width: 16, cell: (r) => r.region?.name },
      { header: '产业链', width: 20, cell: (r) => r.chains.map((c) => c.name).join('、') },
      { header: '关键词', width: 24, cell: (r) => r.keywords.join('、') },
      { header: '可服务', width: 8, cell: (r) => r.capacity },
      { header: '有效期至', width: 12, cell: (r) => r.validUntil },
      { header: '已对接需求', width: 10, cell: (r) => r.matched },
      { header: '说明', width: 60, cell: (r) => r.description },
      { header: '来源', width: 30, cell: (r) => r.source },
    ],
  };
}

/** 项目清单 as a sheet: one row a project, progress in per cent. */
export function projectsSheet(items: readonly ActionProjectItem[], where: string[]): Sheet<ActionProjectItem> {
  return {
    what: '项目清单',
    where,
    rows: items,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '项目', width: 36, cell: (p) => p.name },
      { header: '地区', width: 16, cell: (p) => p.region?.name },
      { header: '产业链', width: 20, cell: (p) => p.chains.map((c) => c.name).join('、') },
      { header: '牵头部门', width: 24, cell: (p) => p.department?.name },
      { header: '责任人', width: 12, cell: (p) => p.owner?.name },
      { header: '截止日期', width: 12, cell: (p) => p.dueDate?.slice(0, 10) },
      { header: '进度（%）', width: 10, cell: (p) => p.progress },
      { header: '状态', width: 10, cell: (p) => zh(`lists.status.${p.status}`) },
      { header: '逾期', width: 6, cell: (p) => (p.overdue ? '是' : '') },
      { header: '节点', width: 40, cell: (p) => p.milestones.map((m) => `${m.title}${m.done ? '✓' : ''}`).join('、') },
      { header: '总投资（元）', width: 16, cell: (p) => p.investmentYuan },
      { header: '来源', width: 30, cell: (p) => p.source },
    ],
  };
}

type MatchRow = NeedResources['candidates'][number];

/** A need's matched resources as a sheet. */
export function matchesSheet(answer: NeedResources): Sheet<MatchRow> {
  return {
    what: '匹配的资源',
    where: [answer.need.enterprise.name, answer.need.title],
    rows: answer.candidates,
    columns: [
      { header: '名次', width: 6, cell: (c) => c.rank },
      { header: '资源', width: 36, cell: (c) => c.resource.name },
      { header: '提供部门', width: 28, cell: (c) => c.resource.department.name },
      { header: '得分', width: 8, cell: (c) => Number(c.score.toFixed(3)) },
      { header: '理由', width: 80, cell: (c) => joined(c.reasons.zh) },
    ],
  };
}

import type { RespondersAnswer, ServiceRequest } from '../../api/types';
import { joined, type Sheet, syntheticCell } from '../../components/export-sheet';
import { formatDate } from '../../i18n/format';
import { zh, type MessageKey } from '../../i18n/zh';

type Responder = Extract<RespondersAnswer, { responders: unknown }>['responders'][number];

const when = (at: string | undefined) => (at ? formatDate(at, 'zh', true) : '');
const word = (key: string, code: string) => zh[key as MessageKey] ?? code;

/** The requests as listed (点单派单), overdue first: kind and status in Chinese, dates the Chinese way. */
export function requestsSheet(requests: readonly ServiceRequest[], status: string): Sheet<ServiceRequest> {
  return {
    what: '企业诉求',
    where: [status ? word(`request.${status}`, status) : '全部'],
    rows: requests,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '诉求', width: 40, cell: (r) => r.title },
      { header: '诉求编号', width: 28, cell: (r) => r.id },
      { header: '类别', width: 12, cell: (r) => word(`kind.${r.kind}`, r.kind) },
      { header: '状态', width: 10, cell: (r) => word(`request.${r.status}`, r.status) },
      { header: '点单企业', width: 36, cell: (r) => r.raisedByName },
      { header: '承接人', width: 16, cell: (r) => r.assignedToName },
      { header: '点单时间', width: 20, cell: (r) => when(r.raisedAt) },
      { header: '办结时限', width: 20, cell: (r) => when(r.dueAt) },
      { header: '是否超时', width: 10, cell: (r) => (r.overdue ? '是' : '否') },
      { header: '督办次数', width: 10, cell: (r) => r.escalations },
      { header: '满意度', width: 8, cell: (r) => r.feedbackRating },
      { header: '说明', width: 60, cell: (r) => r.description },
      { header: '合成数据', width: 8, cell: (r) => syntheticCell(r.synthetic) },
    ],
  };
}

/** A request's ranked responders (建议承接人) as a sheet: who, their load, why. */
export function respondersSheet(title: string, responders: readonly Responder[]): Sheet<Responder> {
  return {
    what: '建议承接人',
    where: [title],
    rows: responders,
    columns: [
      { header: '排名', width: 6, cell: (_, i) => i + 1 },
      { header: '姓名', width: 16, cell: (p) => p.name },
      { header: '人员编号', width: 24, cell: (p) => p.personId },
      { header: '得分', width: 8, cell: (p) => Number(p.score.toFixed(3)) },
      { header: '在办件数', width: 10, cell: (p) => p.load.current },
      { header: '可承接上限', width: 10, cell: (p) => p.load.max },
      { header: '理由', width: 80, cell: (p) => joined(p.reasons.zh) },
    ],
  };
}

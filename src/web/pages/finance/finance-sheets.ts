import type { FinanceMeetingPlan, FinancingNeedItem, NeedProducts } from '../../api/types';
import { joined, type Sheet } from '../../components/export-sheet';

const KIND: Record<string, string> = { loan: '贷款', equity: '股权融资', guarantee: '融资担保' };
const STAGE: Record<string, string> = {
  seed: '种子期',
  startup: '初创期',
  growth: '成长期',
  expansion: '扩张期',
  mature: '成熟期',
};
const STATUS: Record<string, string> = { open: '对接中', signed: '已签约', withdrawn: '已撤回' };

/** 融资需求清单 as a sheet: one row a need, amounts in yuan. */
export function needsSheet(items: readonly FinancingNeedItem[], where: string[]): Sheet<FinancingNeedItem> {
  return {
    what: '融资需求清单',
    where,
    rows: items,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '需求', width: 36, cell: (n) => n.title },
      { header: '企业', width: 36, cell: (n) => n.enterprise.name },
      { header: '地区', width: 16, cell: (n) => n.region?.name },
      { header: '产业链', width: 20, cell: (n) => n.chains.map((c) => c.name).join('、') },
      { header: '方式', width: 10, cell: (n) => KIND[n.kind] },
      { header: '金额（元）', width: 16, cell: (n) => n.amountYuan },
      { header: '阶段', width: 10, cell: (n) => (n.stage ? STAGE[n.stage] : '') },
      { header: '用途', width: 30, cell: (n) => n.purpose },
      { header: '状态', width: 10, cell: (n) => STATUS[n.status] },
      { header: '来源', width: 30, cell: (n) => n.source },
    ],
  };
}

type ProductRow = NeedProducts['candidates'][number];

/** A need's matched products as a sheet. */
export function productsSheet(answer: NeedProducts): Sheet<ProductRow> {
  return {
    what: '匹配的金融产品',
    where: [answer.need.enterprise.name, answer.need.title],
    rows: answer.candidates,
    columns: [
      { header: '名次', width: 6, cell: (c) => c.rank },
      { header: '金融产品', width: 36, cell: (c) => c.product.name },
      { header: '金融机构', width: 24, cell: (c) => c.product.provider.name },
      { header: '最低额度（元）', width: 14, cell: (c) => c.product.minAmountYuan },
      { header: '最高额度（元）', width: 14, cell: (c) => c.product.maxAmountYuan },
      { header: '得分', width: 8, cell: (c) => Number(c.score.toFixed(3)) },
      { header: '理由', width: 80, cell: (c) => joined(c.reasons.zh) },
    ],
  };
}

type MeetingRow = FinanceMeetingPlan['meetings'][number];

/** 银企对接会安排 as a sheet: one row an enterprise at a bank's or fund's table. */
export function financeMeetingSheet(plan: FinanceMeetingPlan): Sheet<MeetingRow> {
  return {
    what: '银企对接会安排',
    where: [plan.region.name, plan.chain?.name],
    rows: plan.meetings,
    columns: [
      { header: '序号', width: 6, cell: (_, i) => i + 1 },
      { header: '企业', width: 36, cell: (m) => m.enterprise.name },
      { header: '金融机构', width: 24, cell: (m) => m.provider.name },
      { header: '融资需求', width: 30, cell: (m) => m.need.title },
      { header: '金融产品', width: 30, cell: (m) => m.product.name },
      { header: '金额（元）', width: 16, cell: (m) => m.amountYuan },
      { header: '得分', width: 8, cell: (m) => Number(m.score.toFixed(3)) },
      { header: '理由', width: 80, cell: (m) => joined(m.reasons.zh) },
    ],
  };
}

/**
 * 经营范围 as a business licence words it: "一般项目：A；B；C。（除依法须经批准的项目外，凭营业执照依法
 * 自主开展经营活动）许可项目：D". The licence states the main business first; the items after it
 * are mostly the side lines nearly every licence lists (货物进出口, 仓储, 设备租赁, 技术服务).
 */

/** The licence's standard clauses, which say nothing of the business. */
const CLAUSE = /[（(][^（）()]*(依法须经批准|凭营业执照|经相关部门批准|具体经营项目以)[^（）()]*[)）]/gu;
const HEADING = /(一般经营项目|许可经营项目|一般项目|许可项目|经营范围)[:：]/gu;

/** The items of a 经营范围, in the licence's order, without its headings and standard clauses. */
export function scopeItems(scope: string): string[] {
  return scope
    .replace(CLAUSE, '；')
    .replace(HEADING, '；')
    .split(/[；;。\n]+/u)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** The main business: the licence's first item. */
export function mainBusiness(scope: string): string {
  return scopeItems(scope)[0] ?? '';
}

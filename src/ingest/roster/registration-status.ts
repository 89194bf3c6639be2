/**
 * 登记状态 as the market-regulation registry words it. Only an enterprise still in business is
 * imported as one: 存续 (in existence), 在业 / 在营 (operating), 开业 (opened), 正常. The others
 * (注销 deregistered, 吊销 licence revoked, 迁出 moved away, 停业, 清算 …) are reported instead.
 */
const ACTIVE = /^(存续|在业|在营|开业|正常|登记成立|确立)/u;

/** Why a record with this status is not imported as active, or null when it is (or says nothing). */
export function inactiveReason(status: unknown): string | null {
  if (typeof status !== 'string' || status.trim() === '') return null;
  const text = status.trim();
  return ACTIVE.test(text) ? null : `登记状态「${text}」: no longer in business, not imported as an active enterprise`;
}

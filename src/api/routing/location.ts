import { loneSurrogateProblem } from '../../domain/common.schema';

/**
 * Where a record just written is read again: `/api/v1/enterprises/ent-1`. Undefined for an id no
 * URL can hold (a lone surrogate, on which encodeURIComponent throws; the schemas refuse such
 * ids, so only a record stored before they did): the write is done by then, and its answer must
 * not turn into a 500 for want of a header.
 *
 * @example locationOf('/enterprises', '镇江船厂') // '/api/v1/enterprises/%E9%95%87%E6%B1%9F%E8%88%B9%E5%8E%82'
 */
export function locationOf(collection: string, id: string): string | undefined {
  return loneSurrogateProblem(id) === undefined ? `/api/v1${collection}/${encodeURIComponent(id)}` : undefined;
}

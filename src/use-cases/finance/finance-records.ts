import type { z } from 'zod';
import type { BundleFinancialProduct, BundleFinancingNeed } from '../../ingest/bundle.schema';
import { AppError } from '../../shared/app-error';
import { createRecord } from '../records/create-record';
import { readRecord, type StoredRecord } from '../records/stored-record';
import type { UseCaseContext } from '../use-case-context';

/**
 * Posting a financing need (an enterprise's, in the caller's region; posted today unless it says
 * when) and adding a bank's or fund's product (serving regions in the caller's region; a
 * region-limited key must name them). Written as an import would write them, audited.
 */
export function postFinancingNeed(
  ctx: UseCaseContext,
  need: z.infer<typeof BundleFinancingNeed>,
): Promise<StoredRecord<'FinancingNeed'>> {
  return createRecord(
    ctx,
    {
      kind: 'FinancingNeed',
      section: 'financingNeeds',
      action: 'financing-need.create',
      prepare: (ctx, record) => ({ ...record, postedAt: need.postedAt ?? ctx.now().toISOString().slice(0, 10) }),
      read: (ctx, id) => readRecord(ctx.store, 'FinancingNeed', id),
    },
    need,
  );
}

export function addFinancialProduct(
  ctx: UseCaseContext,
  product: z.infer<typeof BundleFinancialProduct>,
): Promise<StoredRecord<'FinancialProduct'>> {
  return createRecord(
    ctx,
    {
      kind: 'FinancialProduct',
      section: 'financialProducts',
      action: 'financial-product.create',
      read: (ctx, id) => readRecord(ctx.store, 'FinancialProduct', id),
    },
    product,
  );
}

/**
 * A financing_signed outcome closes the need it is about (已签约): it leaves the open lists and
 * plans, and keeps the day of its first signing. A signing dated before the need was posted is
 * refused, naming body.date, before anything is written; answers the days from posting to
 * signing (融资签约用时), or undefined for a need that does not say when it was posted.
 */
export async function signFinancingNeed(
  ctx: UseCaseContext,
  needId: string,
  date: string,
): Promise<number | undefined> {
  const node = await ctx.store.getNode('FinancingNeed', needId);
  if (!node) return undefined;
  const postedAt = node.props['postedAt'] as string | undefined;
  const days = postedAt
    ? Math.floor((Date.parse(date.slice(0, 10)) - Date.parse(postedAt.slice(0, 10))) / 86_400_000)
    : undefined;
  if (days !== undefined && days < 0)
    throw AppError.badInput('body.date', `must not be before the need was posted (${postedAt})`);
  if (node.props['status'] === 'signed') return days;
  const { createdAt: _c, updatedAt: _u, ...props } = node.props;
  const signed = { ...props, status: 'signed', signedAt: date.slice(0, 10) };
  await ctx.store.upsertNodes('FinancingNeed', [signed]);
  await ctx.audit('financing-need.signed', { kind: 'FinancingNeed', id: needId }, node.props, signed);
  return days;
}

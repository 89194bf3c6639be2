import type { z } from 'zod';
import type { BundleFinancialProduct, BundleFinancingNeed } from '../../ingest/bundle.schema';
import { createRecord } from '../records/create-record';
import { readRecord, type StoredRecord } from '../records/stored-record';
import type { UseCaseContext } from '../use-case-context';

/**
 * Posting a financing need (an enterprise's, in the caller's region) and adding a bank's or
 * fund's product (serving regions in the caller's region; a region-limited key must name them).
 * Written as an import would write them, audited.
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

/** A financing_signed outcome closes the need it is about (已签约): it leaves the open lists and plans. */
export async function markNeedSigned(ctx: UseCaseContext, needId: string): Promise<void> {
  const node = await ctx.store.getNode('FinancingNeed', needId);
  if (!node || node.props['status'] === 'signed') return;
  const { createdAt: _c, updatedAt: _u, ...props } = node.props;
  await ctx.store.upsertNodes('FinancingNeed', [{ ...props, status: 'signed' }]);
  await ctx.audit('financing-need.signed', { kind: 'FinancingNeed', id: needId }, node.props, {
    ...props,
    status: 'signed',
  });
}

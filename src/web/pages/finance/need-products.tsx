import { useState } from 'preact/hooks';
import { post } from '../../api/client';
import type { NeedProducts } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { ErrorNote, LoadedView } from '../../components/loaded-view';
import { DataTable, useScoreColumns } from '../../components/data-table';
import { useT } from '../../i18n/i18n';
import { productsSheet } from './finance-sheets';
import { kindLabel, range, yuan } from './finance-words';
import { useSubmit } from '../../components/use-submit';

/**
 * A need's matched products, best first, with the score and its reasons; a signing is recorded
 * from a product's row as a financing_signed outcome (the need's amount, today), which closes
 * the need and counts for the finance matcher's precision@k.
 */
export function NeedProductsPanel({ needId, onSigned }: { needId: string; onSigned(): void }) {
  const view = useT();
  const { t } = view;
  const scored = useScoreColumns<NeedProducts['candidates'][number]>(
    (c) => c.score,
    (c) => c.reasons,
  );
  const answer = useApi<NeedProducts>(`financing-needs/${encodeURIComponent(needId)}/products`);
  const [signed, setSigned] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const sign = (productId: string, amountYuan: number) =>
    run(async () => {
      const date = new Date().toISOString().slice(0, 10);
      await post('outcomes', {
        engine: 'finance',
        subjectId: needId,
        candidateId: productId,
        result: 'financing_signed',
        amountYuan,
        date,
      });
      setSigned(productId);
      onSigned();
    });
  return (
    <section class="panel" aria-label={t('finance.products')}>
      <LoadedView loaded={answer}>
        {(data) => (
          <>
            <h2>
              {t('finance.products')} · {data.need.enterprise.name} · {kindLabel(t, data.need.kind)}{' '}
              {yuan(view, data.need.amountYuan)}
            </h2>
            <div class="actions list-actions">
              <ExportButton sheet={productsSheet(data)} />
            </div>
            <ErrorNote error={error} />
            <DataTable
              rows={data.candidates}
              rowKey={(c) => c.product.id}
              tableClass="finance-products"
              empty={t('finance.noProducts')}
              columns={[
                { head: t('finance.product'), cell: (c) => c.product.name },
                { head: t('finance.provider'), cell: (c) => c.product.provider.name },
                {
                  head: t('finance.range'),
                  cell: (c) => range(view, c.product.minAmountYuan, c.product.maxAmountYuan),
                },
                ...scored,
                {
                  head: '',
                  cell: (c) =>
                    signed === c.product.id ? (
                      <span class="badge">{t('finance.signed')}</span>
                    ) : (
                      <button
                        type="button"
                        disabled={busy || data.need.status !== 'open' || signed !== null}
                        onClick={() => void sign(c.product.id, data.need.amountYuan)}
                      >
                        {t('finance.sign')}
                      </button>
                    ),
                },
              ]}
            />
          </>
        )}
      </LoadedView>
    </section>
  );
}

import { useState } from 'preact/hooks';
import { post } from '../../api/client';
import type { NeedProducts } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { ErrorNote, LoadedView } from '../../components/loaded-view';
import { ReasonList, ScoreBar } from '../../components/reasons';
import { useT } from '../../i18n/i18n';
import { productsSheet } from './finance-sheets';
import { kindLabel, range, yuan } from './finance-words';

/**
 * A need's matched products, best first, with the score and its reasons; a signing is recorded
 * from a product's row as a financing_signed outcome (the need's amount, today), which closes
 * the need and counts for the finance matcher's precision@k.
 */
export function NeedProductsPanel({ needId, onSigned }: { needId: string; onSigned(): void }) {
  const view = useT();
  const { t } = view;
  const answer = useApi<NeedProducts>(`financing-needs/${encodeURIComponent(needId)}/products`);
  const [signed, setSigned] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const sign = async (productId: string, amountYuan: number) => {
    setError(null);
    try {
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
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };
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
            {data.candidates.length === 0 ? (
              <p class="muted">{t('finance.noProducts')}</p>
            ) : (
              <table class="finance-products">
                <thead>
                  <tr>
                    <th>{t('finance.product')}</th>
                    <th>{t('finance.provider')}</th>
                    <th>{t('finance.range')}</th>
                    <th>{t('score')}</th>
                    <th>{t('reasons')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {data.candidates.map((c) => (
                    <tr key={c.product.id}>
                      <td>{c.product.name}</td>
                      <td>{c.product.provider.name}</td>
                      <td>{range(view, c.product.minAmountYuan, c.product.maxAmountYuan)}</td>
                      <td>
                        <ScoreBar score={c.score} />
                      </td>
                      <td>
                        <ReasonList zh={c.reasons.zh} en={c.reasons.en} />
                      </td>
                      <td>
                        {signed === c.product.id ? (
                          <span class="badge">{t('finance.signed')}</span>
                        ) : (
                          <button
                            type="button"
                            disabled={data.need.status !== 'open' || signed !== null}
                            onClick={() => void sign(c.product.id, data.need.amountYuan)}
                          >
                            {t('finance.sign')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </LoadedView>
    </section>
  );
}

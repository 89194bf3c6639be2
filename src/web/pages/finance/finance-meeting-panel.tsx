import type { FinanceMeetingPlan } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { DataTable, useScoreColumns } from '../../components/data-table';
import { useT } from '../../i18n/i18n';
import { financeMeetingSheet } from './finance-sheets';
import { yuan } from './finance-words';

/** 银企对接会安排 of the chosen region (and chain): which enterprise sits at which bank's or fund's table. */
export function FinanceMeetingPanel({ region, chain }: { region: string; chain: string }) {
  const view = useT();
  const { t } = view;
  const scored = useScoreColumns<FinanceMeetingPlan['meetings'][number]>(
    (m) => m.score,
    (m) => m.reasons,
  );
  const plan = useApi<FinanceMeetingPlan>(region ? 'finance/meeting-plan' : null, {
    region,
    chain: chain || undefined,
  });
  return (
    <section class="panel" aria-label={t('finance.plan')}>
      <h2>{t('finance.plan')}</h2>
      {!region ? (
        <p class="muted">{t('finance.pickRegion')}</p>
      ) : (
        <LoadedView loaded={plan}>
          {(data) => (
            <>
              <p class="small muted">
                {view.number(data.enterprises)} {t('finance.planEnterprises')} · {view.number(data.providers)}{' '}
                {t('finance.planProviders')} · {t('finance.total')} {yuan(view, data.amountYuan)}
              </p>
              <div class="actions list-actions">
                <ExportButton sheet={financeMeetingSheet(data)} />
              </div>
              <DataTable
                rows={data.meetings}
                rowKey={(m) => `${m.enterprise.id}:${m.provider.id}`}
                tableClass="finance-meetings"
                empty={t('none')}
                columns={[
                  { head: t('finance.enterprise'), cell: (m) => m.enterprise.name },
                  { head: t('finance.provider'), cell: (m) => m.provider.name },
                  { head: t('finance.product'), cell: (m) => m.product.name },
                  { head: t('finance.amount'), cell: (m) => yuan(view, m.amountYuan) },
                  ...scored,
                ]}
              />
            </>
          )}
        </LoadedView>
      )}
    </section>
  );
}

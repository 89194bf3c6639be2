import type { FinanceMeetingPlan } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { ReasonList, ScoreBar } from '../../components/reasons';
import { useT } from '../../i18n/i18n';
import { financeMeetingSheet } from './finance-sheets';
import { yuan } from './finance-words';

/** 银企对接会安排 of the chosen region (and chain): which enterprise sits at which bank's or fund's table. */
export function FinanceMeetingPanel({ region, chain }: { region: string; chain: string }) {
  const view = useT();
  const { t } = view;
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
              {data.meetings.length === 0 ? (
                <p class="muted">{t('none')}</p>
              ) : (
                <table class="finance-meetings">
                  <thead>
                    <tr>
                      <th>{t('finance.enterprise')}</th>
                      <th>{t('finance.provider')}</th>
                      <th>{t('finance.product')}</th>
                      <th>{t('finance.amount')}</th>
                      <th>{t('score')}</th>
                      <th>{t('reasons')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.meetings.map((m) => (
                      <tr key={`${m.enterprise.id}:${m.provider.id}`}>
                        <td>{m.enterprise.name}</td>
                        <td>{m.provider.name}</td>
                        <td>{m.product.name}</td>
                        <td>{yuan(view, m.amountYuan)}</td>
                        <td>
                          <ScoreBar score={m.score} />
                        </td>
                        <td>
                          <ReasonList zh={m.reasons.zh} en={m.reasons.en} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </LoadedView>
      )}
    </section>
  );
}

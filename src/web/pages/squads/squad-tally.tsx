import type { SquadTallyAnswer } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { tallySheet } from './squad-sheets';

/** The squads' tallies: the figures articles state with their source, what the graph records, per chain. */
export function SquadTally({ region, chain }: { region: string; chain: string }) {
  const view = useT();
  const { t } = view;
  const tally = useApi<SquadTallyAnswer>('squads/tally', { region: region || undefined, chain: chain || undefined });
  const n = (v: number | null) => (v === null ? '—' : view.number(v));
  return (
    <section class="panel" aria-label={t('squads.tally')}>
      <h2>{t('squads.tally')}</h2>
      <LoadedView loaded={tally}>
        {(data) => (
          <>
            {data.stated.length > 0 && (
              <table class="squad-stated">
                <thead>
                  <tr>
                    <th>{t('squads.stated')}</th>
                    <th>{t('squads.squadCount')}</th>
                    <th>{t('squads.trips')}</th>
                    <th>{t('squads.enterprisesMet')}</th>
                    <th>{t('squads.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.stated.map((s) => (
                    <tr key={s.id}>
                      <td>
                        {s.region?.name ?? ''} {s.title}
                        {s.since ? ` · ${t('squads.sincePrefix')}${view.date(s.since)}${t('squads.sinceSuffix')}` : ''}
                      </td>
                      <td>{n(s.squads)}</td>
                      <td>{n(s.trips)}</td>
                      <td>
                        {n(s.enterprisesMet)}
                        {s.enterprisesMetAtLeast ? t('squads.atLeast') : ''}
                      </td>
                      <td class="small">{s.source ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p class="squad-counted">
              {t('squads.counted')}
              {t('squads.colon')}
              {t('squads.squadCount')} {view.number(data.counted.squads)} · {t('squads.visitCount')}{' '}
              {view.number(data.counted.visits)} · {t('squads.enterprisesMet')}{' '}
              {view.number(data.counted.enterprisesMet)} · {t('squads.signed')} {view.number(data.counted.signed)} ·{' '}
              {t('squads.landed')} {view.number(data.counted.landed)}
            </p>
            <h3>{t('squads.perChain')}</h3>
            <div class="actions list-actions">
              <ExportButton sheet={tallySheet(data, [data.region?.name ?? '', data.chain?.name ?? ''])} />
            </div>
            <DataTable
              rows={data.perChain}
              rowKey={(c) => c.chain.id}
              tableClass="squad-per-chain"
              empty={t('squads.noSquads')}
              columns={[
                { head: t('squads.chains'), cell: (c) => c.chain.name },
                { head: t('squads.squadCount'), cell: (c) => view.number(c.counts.squads) },
                { head: t('squads.visitCount'), cell: (c) => view.number(c.counts.visits) },
                { head: t('squads.enterprisesMet'), cell: (c) => view.number(c.counts.enterprisesMet) },
                { head: t('squads.signed'), cell: (c) => view.number(c.counts.signed) },
                { head: t('squads.landed'), cell: (c) => view.number(c.counts.landed) },
                { head: t('squads.leadsAttracted'), cell: (c) => view.number(c.counts.leadsAttracted) },
              ]}
            />
          </>
        )}
      </LoadedView>
    </section>
  );
}

import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ExportButton } from '../../components/export-button';
import { ErrorNote, LoadedView } from '../../components/loaded-view';
import { SyntheticBadge } from '../../components/synthetic-badge';
import { fill } from '../../i18n/chief-words';
import { useT, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../session-context';
import { pledgesSheet } from './chief-sheets';
import { call } from '../../api/client';
import { type PledgeItem } from './chief-types';
import { PledgeForm } from './pledge-form';
import { useSubmit } from '../../components/use-submit';

/**
 * 十件实事: the pledged items of the chain (and region), with how many are done; each can be
 * marked done, and chief staff add one for the region chosen above.
 */
export function PledgesPanel({ chain, region }: { chain: string; region: string }) {
  const view = useT();
  const { t } = view;
  const { may } = useSession();
  const pledges = useApi<{ items: PledgeItem[]; done: number }>('pledges', { chain, region: region || undefined });
  const { busy, error, run } = useSubmit();
  const done = (p: PledgeItem) =>
    run(async () => {
      await call('PATCH', `pledges/${encodeURIComponent(p.id)}`, { body: { status: 'done' } });
      pledges.reload();
    });
  return (
    <section class="panel" aria-label={t('chief.pledges')}>
      <h2>{t('chief.pledges')}</h2>
      <LoadedView loaded={pledges}>
        {(data) => (
          <>
            <p class="small muted">
              {fill(t('chief.pledgesDone'), { done: view.number(data.done), all: view.number(data.items.length) })}
            </p>
            {data.items.length > 0 && (
              <progress
                class="pledge-progress"
                max={data.items.length}
                value={data.done}
                aria-label={t('chief.pledges')}
              />
            )}
            <div class="actions list-actions">
              <ExportButton sheet={pledgesSheet(data.items, [chain, region])} label={t('chief.exportPledges')} />
            </div>
            <DataTable
              rows={data.items}
              rowKey={(p) => p.id}
              rowClass={(p) => (p.overdue ? 'overdue' : '')}
              tableClass="pledges"
              empty={t('chief.noPledges')}
              columns={[
                {
                  head: t('chief.pledge'),
                  cell: (p) => (
                    <>
                      {p.year} {p.title}
                      <SyntheticBadge synthetic={p.synthetic} />
                    </>
                  ),
                },
                { head: t('chief.region'), cell: (p) => p.region?.name ?? '' },
                { head: t('chief.owner'), cell: (p) => p.owner },
                { head: t('chief.target'), cell: (p) => p.target ?? '' },
                { head: t('chief.dueDate'), cell: (p) => (p.dueDate ? view.date(p.dueDate) : '') },
                {
                  head: t('chief.status'),
                  cell: (p) =>
                    `${t(`chief.state.${p.status}` as MessageKey)}${p.overdue ? ` · ${t('chief.overdue')}` : ''}`,
                },
                { head: t('chief.progress'), cell: (p) => p.progress },
                {
                  head: t('chief.source'),
                  cell: (p) => <span class="small">{p.source && !p.synthetic ? p.source : ''}</span>,
                },
                {
                  head: '',
                  cell: (p) =>
                    p.status !== 'done' &&
                    may('patch /pledges/:id') && (
                      <button type="button" disabled={busy} onClick={() => void done(p)}>
                        {t('chief.markDone')}
                      </button>
                    ),
                },
              ]}
            />
          </>
        )}
      </LoadedView>
      <ErrorNote error={error} />
      {may('post /pledges') && <PledgeForm chain={chain} region={region} onPledged={pledges.reload} />}
    </section>
  );
}

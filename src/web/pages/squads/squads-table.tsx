import type { SquadList } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { squadsSheet } from './squad-sheets';

/** The squads of a region and chain (the key's own region when none is chosen), each with its tallies. */
export function SquadsTable({
  region,
  chain,
  selected,
  onPick,
}: {
  region: string;
  chain: string;
  selected: string;
  onPick(id: string): void;
}) {
  const view = useT();
  const { t } = view;
  const squads = useApi<SquadList>('squads', { region: region || undefined, chain: chain || undefined });
  return (
    <section class="panel" aria-label={t('squads.list')}>
      <h2>{t('squads.list')}</h2>
      <LoadedView loaded={squads}>
        {(data) => (
          <>
            <div class="actions list-actions">
              <ExportButton
                sheet={squadsSheet(data.items, [
                  data.items.find((s) => s.region?.id === region)?.region?.name ?? region,
                  data.items.flatMap((s) => s.chains).find((c) => c.id === chain)?.name ?? chain,
                ])}
              />
            </div>
            <DataTable
              rows={data.items}
              rowKey={(s) => s.id}
              rowClass={(s) => (s.id === selected ? 'selected' : '')}
              tableClass="squads"
              empty={t('squads.noSquads')}
              columns={[
                {
                  head: t('squads.squad'),
                  cell: (s) => (
                    <button type="button" class="squad-link" onClick={() => onPick(s.id)}>
                      {s.name}
                    </button>
                  ),
                },
                { head: t('squads.region'), cell: (s) => s.region?.name ?? '' },
                { head: t('squads.chains'), cell: (s) => s.chains.map((c) => c.name).join('、') },
                { head: t('squads.leader'), cell: (s) => s.leader?.name ?? '—' },
                { head: t('squads.members'), cell: (s) => view.number(s.memberCount) },
                { head: t('squads.leads'), cell: (s) => view.number(s.counts.leads) },
                { head: t('squads.visitCount'), cell: (s) => view.number(s.counts.visits) },
                { head: t('squads.enterprisesMet'), cell: (s) => view.number(s.counts.enterprisesMet) },
                { head: t('squads.signed'), cell: (s) => view.number(s.counts.signed) },
                { head: t('squads.landed'), cell: (s) => view.number(s.counts.landed) },
              ]}
            />
          </>
        )}
      </LoadedView>
    </section>
  );
}

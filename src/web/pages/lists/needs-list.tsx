import type { ListNeedItem } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { categoryLabel, sheetPlace, sourceLabel } from './lists-labels';
import { needsSheet } from './lists-sheets';

/** 需求清单 of a region and chain: the enterprises' requests, talent and financing needs, open first. */
export function NeedsList({
  region,
  chain,
  selected,
  onPick,
}: {
  region: string;
  chain: string;
  selected: string;
  onPick(need: { id: string; source: string }): void;
}) {
  const view = useT();
  const { t } = view;
  const needs = useApi<{ items: ListNeedItem[]; open: number }>('lists/needs', {
    region: region || undefined,
    chain: chain || undefined,
  });
  return (
    <section class="panel" aria-label={t('lists.needs')}>
      <h2>{t('lists.needs')}</h2>
      <LoadedView loaded={needs}>
        {(data) => (
          <>
            <p class="small muted">
              {view.number(data.items.length)} · {t('lists.openCount')} {view.number(data.open)}
            </p>
            <div class="actions list-actions">
              <ExportButton sheet={needsSheet(data.items, sheetPlace(data.items, region, chain))} />
            </div>
            <DataTable
              rows={data.items}
              rowKey={(n) => `${n.source}:${n.id}`}
              rowClass={(n) => (`${n.source}:${n.id}` === selected ? 'selected' : '')}
              tableClass="lists-needs"
              empty={t('none')}
              columns={[
                {
                  head: t('lists.need'),
                  cell: (n) => (
                    <button type="button" class="need-link" onClick={() => onPick({ id: n.id, source: n.source })}>
                      {n.title}
                    </button>
                  ),
                },
                { head: t('lists.enterprise'), cell: (n) => n.enterprise.name },
                { head: t('lists.category'), cell: (n) => categoryLabel(t, n.category) },
                { head: t('lists.source'), cell: (n) => sourceLabel(t, n.source) },
                { head: t('lists.state'), cell: (n) => (n.open ? t('lists.open') : t('lists.answered')) },
                { head: t('lists.matchedCount'), cell: (n) => view.number(n.matched) },
              ]}
            />
          </>
        )}
      </LoadedView>
    </section>
  );
}

import type { ServiceResourceItem } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { resourceKindLabel, sheetPlace } from './lists-labels';
import { resourcesSheet } from './lists-sheets';

/** 资源清单 of a region and chain: the departments' resources serving it. */
export function ResourcesList({ region, chain }: { region: string; chain: string }) {
  const view = useT();
  const { t } = view;
  const resources = useApi<{ items: ServiceResourceItem[] }>('lists/resources', {
    region: region || undefined,
    chain: chain || undefined,
  });
  return (
    <section class="panel" aria-label={t('lists.resources')}>
      <h2>{t('lists.resources')}</h2>
      <LoadedView loaded={resources}>
        {(data) => (
          <>
            <p class="small muted">{view.number(data.items.length)}</p>
            <div class="actions list-actions">
              <ExportButton sheet={resourcesSheet(data.items, sheetPlace(data.items, region, chain))} />
            </div>
            <DataTable
              rows={data.items}
              rowKey={(r) => r.id}
              tableClass="lists-resources"
              empty={t('none')}
              columns={[
                { head: t('lists.resource'), cell: (r) => r.name },
                { head: t('lists.resourceKind'), cell: (r) => resourceKindLabel(t, r.kind) },
                { head: t('lists.department'), cell: (r) => r.department.name },
                { head: t('lists.region'), cell: (r) => r.region?.name ?? '' },
                { head: t('lists.validUntil'), cell: (r) => (r.validUntil ? view.date(r.validUntil) : '') },
                { head: t('lists.matchedCount'), cell: (r) => view.number(r.matched) },
              ]}
            />
          </>
        )}
      </LoadedView>
    </section>
  );
}

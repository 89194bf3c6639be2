import type { FinancingNeedItem } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { DataTable } from '../../components/data-table';
import { LoadedView } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { needsSheet } from './finance-sheets';
import { kindLabel, stageLabel, statusLabel, yuan } from './finance-words';

/** The region's and chain's names for the file name, as the listed needs name them (ids where none does). */
function sheetPlace(items: readonly FinancingNeedItem[], region: string, chain: string): string[] {
  const regionName = items.find((n) => n.region?.id === region)?.region?.name ?? region;
  const chainName = items.flatMap((n) => n.chains).find((c) => c.id === chain)?.name ?? chain;
  return [regionName, chainName];
}

/** 融资需求清单 of a region and chain (the key's own region when none is chosen), largest first. */
export function NeedsTable({
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
  const needs = useApi<{ items: FinancingNeedItem[]; amountYuan: number }>('financing-needs', {
    region: region || undefined,
    chain: chain || undefined,
  });
  return (
    <section class="panel" aria-label={t('finance.needs')}>
      <h2>{t('finance.needs')}</h2>
      <LoadedView loaded={needs}>
        {(data) => (
          <>
            <p class="small muted">
              {view.number(data.items.length)} · {t('finance.total')} {yuan(view, data.amountYuan)}
            </p>
            <div class="actions list-actions">
              <ExportButton sheet={needsSheet(data.items, sheetPlace(data.items, region, chain))} />
            </div>
            <DataTable
              rows={data.items}
              rowKey={(n) => n.id}
              rowClass={(n) => (n.id === selected ? 'selected' : '')}
              tableClass="finance-needs"
              empty={t('none')}
              columns={[
                {
                  head: t('finance.need'),
                  cell: (n) => (
                    <button type="button" class="need-link" onClick={() => onPick(n.id)}>
                      {n.title}
                    </button>
                  ),
                },
                { head: t('finance.enterprise'), cell: (n) => n.enterprise.name },
                { head: t('finance.kind'), cell: (n) => kindLabel(t, n.kind) },
                { head: t('finance.amount'), cell: (n) => yuan(view, n.amountYuan) },
                { head: t('finance.stage'), cell: (n) => stageLabel(t, n.stage) },
                { head: t('finance.status'), cell: (n) => statusLabel(t, n.status) },
              ]}
            />
          </>
        )}
      </LoadedView>
    </section>
  );
}

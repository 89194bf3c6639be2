import type { FinancingNeedItem } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
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
            {data.items.length === 0 ? (
              <p class="muted">{t('none')}</p>
            ) : (
              <table class="finance-needs">
                <thead>
                  <tr>
                    <th>{t('finance.need')}</th>
                    <th>{t('finance.enterprise')}</th>
                    <th>{t('finance.kind')}</th>
                    <th>{t('finance.amount')}</th>
                    <th>{t('finance.stage')}</th>
                    <th>{t('finance.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((n) => (
                    <tr key={n.id} class={n.id === selected ? 'selected' : ''}>
                      <td>
                        <button type="button" class="need-link" onClick={() => onPick(n.id)}>
                          {n.title}
                        </button>
                      </td>
                      <td>{n.enterprise.name}</td>
                      <td>{kindLabel(t, n.kind)}</td>
                      <td>{yuan(view, n.amountYuan)}</td>
                      <td>{stageLabel(t, n.stage)}</td>
                      <td>{statusLabel(t, n.status)}</td>
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

import type { ChainMap, Lead } from '../../api/types';
import { ExportButton } from '../../components/export-button';
import { ErrorNote } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../session-context';
import { leadsSheet } from './export-leads';
import { filled, noLeadsWhy } from './map-empty-reasons';
import { LeadsTable } from './leads-table';
import type { WhatIfState } from './use-what-if';

/** Every lead of the map, ticked for a what-if; the what-if run and the list exported from its head. */
export function AllLeadsPanel({ map, leads, whatIf }: { map: ChainMap; leads: Lead[]; whatIf: WhatIfState }) {
  const { t } = useT();
  const { may } = useSession();
  const { picked } = whatIf;
  const why = noLeadsWhy(map);
  return (
    <section class="panel">
      <header class="panel-head">
        <h2>{t('map.allLeads')}</h2>
        <div class="actions">
          <button
            type="button"
            class="primary"
            disabled={picked.size === 0 || !may('post /chains/:id/what-if')}
            title={picked.size === 0 ? t('map.whatIfPick') : ''}
            onClick={() => void whatIf.run()}
          >
            {t('map.whatIfRun')} ({picked.size})
          </button>
          <ExportButton sheet={leadsSheet(map, leads)} label={t('map.export')} />
        </div>
      </header>
      <ErrorNote error={whatIf.error} />
      <LeadsTable leads={leads} picked={picked} onToggle={whatIf.toggle} empty={filled(t(why.key), why.values)} />
    </section>
  );
}

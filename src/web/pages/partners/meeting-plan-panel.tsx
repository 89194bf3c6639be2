import { useState } from 'preact/hooks';
import type { MeetingPlan } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { DataTable, useScoreColumns } from '../../components/data-table';
import { RegionChainPicker } from '../../components/region-chain-picker';
import { useT } from '../../i18n/i18n';
import { meetingsSheet } from './meeting-sheet';

/**
 * A supply-demand meeting (供需对接会) plan for a region's chain: supplier and buyer pairs, best
 * first. It opens on the found enterprise's region and chain.
 */
export function MeetingPlanPanel({ region: initialRegion, chain: initialChain }: { region: string; chain: string }) {
  const { t } = useT();
  const [choice, setChoice] = useState({ region: initialRegion, chain: initialChain });
  const ready = choice.region !== '' && choice.chain !== '';
  const scored = useScoreColumns<MeetingPlan['meetings'][number]>(
    (m) => m.score,
    (m) => m.reasons,
  );
  const plan = useApi<MeetingPlan>(ready ? `chains/${encodeURIComponent(choice.chain)}/meetings` : null, {
    region: choice.region,
  });
  return (
    <section class="panel" aria-label={t('partners.meetings')}>
      <h2>{t('partners.meetings')}</h2>
      <RegionChainPicker region={choice.region} chain={choice.chain} onChange={setChoice} />
      {ready && (
        <LoadedView loaded={plan}>
          {(data) => (
            <>
              <p class="small muted">
                {data.participants} {t('partners.participants')} · {t('score')} {data.totalScore.toFixed(3)}
              </p>
              <div class="actions list-actions">
                <ExportButton sheet={meetingsSheet(data)} />
              </div>
              <DataTable
                rows={data.meetings}
                rowKey={(m) => `${m.supplier.id}:${m.buyer.id}`}
                tableClass="meetings"
                empty={t('none')}
                columns={[
                  { head: t('partners.supplier'), cell: (m) => m.supplier.name },
                  { head: t('partners.buyer'), cell: (m) => m.buyer.name },
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

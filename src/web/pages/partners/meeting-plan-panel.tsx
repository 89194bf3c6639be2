import { useState } from 'preact/hooks';
import type { MeetingPlan } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { ReasonList, ScoreBar } from '../../components/reasons';
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
              {data.meetings.length === 0 ? (
                <p class="muted">{t('none')}</p>
              ) : (
                <table class="meetings">
                  <thead>
                    <tr>
                      <th>{t('partners.supplier')}</th>
                      <th>{t('partners.buyer')}</th>
                      <th>{t('score')}</th>
                      <th>{t('reasons')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.meetings.map((m) => (
                      <tr key={`${m.supplier.id}:${m.buyer.id}`}>
                        <td>{m.supplier.name}</td>
                        <td>{m.buyer.name}</td>
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

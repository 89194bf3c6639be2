import { useState } from 'preact/hooks';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { RegionChainPicker } from '../../components/region-chain-picker';
import { useT } from '../../i18n/i18n';
import { replaceParams } from '../../router';
import { chiefViewSheet } from './chief-sheets';
import type { ChiefView } from './chief-types';
import { ChiefRegionCard } from './chief-region';
import { JointMeetingsPanel } from './joint-meetings-panel';
import { PledgesPanel } from './pledges-panel';

/**
 * 链长视图: a chain across the regions it has a chief in — each with its gaps and leads, open
 * problems and requests, party coverage — its joint meetings (agenda drafted from the view,
 * decisions tracked to done) and the year's pledged items (十件实事); each exportable.
 */
export function ChiefPage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const [choice, setChoice] = useState({ region: params.get('region') ?? '', chain: params.get('chain') ?? '' });
  const choose = (next: { region: string; chain: string }) => {
    setChoice(next);
    replaceParams('chief', next);
  };
  return (
    <div class="page">
      <h1>{t('nav.chief')}</h1>
      <RegionChainPicker
        region={choice.region}
        chain={choice.chain}
        onChange={choose}
        anyLabel={{ region: t('chief.anyRegion'), chain: t('chief.pickChain') }}
      />
      {choice.chain ? (
        <ChainChief key={`${choice.chain}|${choice.region}`} chain={choice.chain} region={choice.region} />
      ) : (
        <p class="muted">{t('chief.pickChain')}</p>
      )}
    </div>
  );
}

function ChainChief({ chain, region }: { chain: string; region: string }) {
  const { t } = useT();
  const view = useApi<ChiefView>(`chains/${encodeURIComponent(chain)}/chief-view`, { region: region || undefined });
  return (
    <>
      <LoadedView loaded={view}>
        {(data) => (
          <section class="panel chief-view" aria-label={t('nav.chief')}>
            <h2>
              {data.chain.name} · {t('nav.chief')}
            </h2>
            <div class="actions list-actions">
              <ExportButton sheet={chiefViewSheet(data)} label={t('chief.exportView')} />
              <button type="button" onClick={view.reload}>
                {t('chief.refresh')}
              </button>
            </div>
            {data.regions.length === 0 ? (
              <p class="muted">{t('chief.noRegions')}</p>
            ) : (
              data.regions.map((r) => <ChiefRegionCard key={r.region.id} region={r} />)
            )}
          </section>
        )}
      </LoadedView>
      <JointMeetingsPanel chain={chain} region={region} />
      <PledgesPanel chain={chain} region={region} />
    </>
  );
}

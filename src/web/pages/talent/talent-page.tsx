import { useState } from 'preact/hooks';
import type { TalentCatalogue } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadedView } from '../../components/loaded-view';
import { RegionChainPicker } from '../../components/region-chain-picker';
import { useT } from '../../i18n/i18n';
import { replaceParams } from '../../router';
import { CatalogueView } from './catalogue-view';
import { JobFairPanel } from './job-fair-panel';
import { NeedCandidates } from './need-candidates';
import { NeedTable } from './need-table';

/**
 * 人才引育: a chain's scarce-talent catalogue (in a region, or everywhere), its needs, a need's
 * candidates with reasons and the hire recorded from them, and the chain's job fair plan.
 */
export function TalentPage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const [where, setWhere] = useState({ region: params.get('region') ?? '', chain: params.get('chain') ?? '' });
  const [needId, setNeedId] = useState(params.get('need') ?? '');
  // a hire changes the catalogue and the fair: both are read again (the fair by a new key)
  const [round, setRound] = useState(0);
  const catalogue = useApi<TalentCatalogue>(where.chain ? `chains/${encodeURIComponent(where.chain)}/talent` : null, {
    region: where.region || undefined,
  });
  const remember = (next: Partial<{ region: string; chain: string; need: string }>) =>
    replaceParams('talent', { ...where, need: needId, ...next });
  return (
    <div class="page">
      <h1>{t('nav.talent')}</h1>
      <RegionChainPicker
        region={where.region}
        chain={where.chain}
        anyLabel={{ region: t('talent.allRegions'), chain: t('talent.pickChain') }}
        onChange={(next) => {
          setWhere(next);
          remember(next);
        }}
      />
      {where.chain === '' ? (
        <p class="muted">{t('talent.pickChain')}</p>
      ) : (
        <>
          <LoadedView loaded={catalogue}>
            {(data) => (
              <>
                <CatalogueView data={data} />
                <NeedTable
                  needs={data.needs}
                  openId={needId}
                  onOpen={(id) => {
                    setNeedId(id);
                    remember({ need: id });
                  }}
                />
              </>
            )}
          </LoadedView>
          {needId && (
            <NeedCandidates
              key={needId}
              needId={needId}
              onHired={() => {
                catalogue.reload();
                setRound((r) => r + 1);
              }}
            />
          )}
          <JobFairPanel key={round} chain={where.chain} region={where.region} />
        </>
      )}
    </div>
  );
}

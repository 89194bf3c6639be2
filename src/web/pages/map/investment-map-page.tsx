import { useState } from 'preact/hooks';
import { post } from '../../api/client';
import type { ChainDetail, GapAnswer, WhatIf } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorNote, LoadedView } from '../../components/loaded-view';
import { RegionChainPicker } from '../../components/region-chain-picker';
import { useT } from '../../i18n/i18n';
import { replaceParams } from '../../router';
import { useSession } from '../../session-context';
import { ChainMapView, MapLegend } from './chain-map-view';
import { exportLeads } from './export-leads';
import { LeadsTable } from './leads-table';
import { SegmentPanel } from './segment-panel';
import { WhatIfPanel } from './what-if-panel';

const REMEMBERED = 'redchain.map.choice';

function firstChoice(params: URLSearchParams): { region: string; chain: string } {
  const region = params.get('region');
  const chain = params.get('chain');
  if (region || chain) return { region: region ?? '', chain: chain ?? '' };
  try {
    return { region: '', chain: '', ...(JSON.parse(localStorage.getItem(REMEMBERED) ?? '{}') as object) };
  } catch {
    return { region: '', chain: '' };
  }
}

/** 招商图谱: a region's chain map with its gaps, single points of failure, leads and what-ifs. */
export function InvestmentMapPage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const { may } = useSession();
  const [choice, setChoice] = useState(() => firstChoice(params));
  const [selected, setSelected] = useState<string | null>(params.get('segment'));
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [whatIf, setWhatIf] = useState<WhatIf | null>(null);
  const [showAfter, setShowAfter] = useState(false);
  const [actionError, setActionError] = useState<Error | null>(null);
  const ready = choice.region !== '' && choice.chain !== '';
  const gaps = useApi<GapAnswer>(ready ? `chains/${encodeURIComponent(choice.chain)}/map` : null, {
    region: choice.region,
  });
  const template = useApi<ChainDetail>(ready ? `chains/${encodeURIComponent(choice.chain)}` : null);

  const choose = (next: { region: string; chain: string }) => {
    setChoice(next);
    setSelected(null);
    setPicked(new Set());
    setWhatIf(null);
    localStorage.setItem(REMEMBERED, JSON.stringify(next));
    replaceParams('map', next);
  };
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  };
  const runWhatIf = async () => {
    setActionError(null);
    try {
      const answer = await post<WhatIf>(`chains/${encodeURIComponent(choice.chain)}/what-if`, {
        region: choice.region,
        leadIds: [...picked],
      });
      setWhatIf(answer.body);
      setShowAfter(true);
    } catch (error) {
      setActionError(error as Error);
    }
  };

  return (
    <div class="page">
      <h1>{t('nav.map')}</h1>
      <RegionChainPicker region={choice.region} chain={choice.chain} onChange={choose} />
      {ready && (
        <LoadedView loaded={gaps}>
          {(answer) => {
            if (answer.status !== 'ready' || template.state !== 'ready') return <p class="muted">{t('loading')}</p>;
            const map = showAfter && whatIf ? whatIf.after : answer.map;
            const segment = map.segments.find((s) => s.segmentId === selected) ?? null;
            const changed = new Set(whatIf?.closed.map((c) => c.segmentId) ?? []);
            return (
              <>
                <p class="muted small">
                  {t('computedAt')} {new Date(answer.computedAt).toLocaleString()}
                  {map.chainMasters.length > 0 &&
                    ` · ${t('map.chainMasters')}：${map.chainMasters.map((m) => m.name).join('、')}`}
                </p>
                <MapLegend rule={map.rule} />
                {whatIf && (
                  <label class="toggle">
                    <input type="checkbox" checked={showAfter} onChange={() => setShowAfter(!showAfter)} />
                    {t('map.after')}
                  </label>
                )}
                <ChainMapView
                  map={map}
                  template={template.data.segments}
                  selected={selected}
                  onSelect={setSelected}
                  changed={showAfter ? changed : new Set()}
                />
                {segment && (
                  <SegmentPanel
                    segment={segment}
                    leads={answer.leads}
                    picked={picked}
                    onToggle={toggle}
                    onClose={() => setSelected(null)}
                  />
                )}
                {whatIf && <WhatIfPanel result={whatIf} leads={answer.leads} />}
                <section class="panel">
                  <header class="panel-head">
                    <h2>{t('map.allLeads')}</h2>
                    <div class="actions">
                      <button
                        type="button"
                        class="primary"
                        disabled={picked.size === 0 || !may('post /chains/:id/what-if')}
                        title={picked.size === 0 ? t('map.whatIfPick') : ''}
                        onClick={() => void runWhatIf()}
                      >
                        {t('map.whatIfRun')} ({picked.size})
                      </button>
                      <button
                        type="button"
                        disabled={answer.leads.length === 0}
                        onClick={() => void exportLeads(answer.map, answer.leads).catch(setActionError)}
                      >
                        {t('map.export')}
                      </button>
                    </div>
                  </header>
                  <ErrorNote error={actionError} />
                  <LeadsTable leads={answer.leads} picked={picked} onToggle={toggle} />
                </section>
              </>
            );
          }}
        </LoadedView>
      )}
    </div>
  );
}

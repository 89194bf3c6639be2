import { useState } from 'preact/hooks';
import type { ChainDetail, GapAnswer } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadedView } from '../../components/loaded-view';
import { RegionChainPicker } from '../../components/region-chain-picker';
import { useT } from '../../i18n/i18n';
import { ChainMapAnswer } from './chain-map-answer';
import { ExtensionPanel } from './extension-panel';
import { firstChoice, rememberChoice, type MapChoice } from './map-choice';
import { useWhatIf } from './use-what-if';

/** 招商图谱: a region's chain map with its gaps, single points of failure, leads, what-ifs and 延链. */
export function InvestmentMapPage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const [choice, setChoice] = useState(() => firstChoice(params));
  const [selected, setSelected] = useState<string | null>(params.get('segment'));
  const whatIf = useWhatIf(choice);
  const ready = choice.region !== '' && choice.chain !== '';
  const gaps = useApi<GapAnswer>(ready ? `chains/${encodeURIComponent(choice.chain)}/map` : null, {
    region: choice.region,
  });
  const template = useApi<ChainDetail>(ready ? `chains/${encodeURIComponent(choice.chain)}` : null);

  const choose = (next: MapChoice) => {
    setChoice(next);
    setSelected(null);
    whatIf.reset();
    rememberChoice(next);
  };

  return (
    <div class="page">
      <h1>{t('nav.map')}</h1>
      <RegionChainPicker region={choice.region} chain={choice.chain} onChange={choose} />
      {ready && (
        <LoadedView loaded={gaps}>
          {(answer) =>
            answer.status !== 'ready' || template.state !== 'ready' ? (
              <p class="muted">{t('loading')}</p>
            ) : (
              <ChainMapAnswer
                answer={answer}
                template={template.data.segments}
                whatIf={whatIf}
                selected={selected}
                onSelect={setSelected}
              />
            )
          }
        </LoadedView>
      )}
      {ready && <ExtensionPanel key={`${choice.region}|${choice.chain}`} choice={choice} onChoose={choose} />}
    </div>
  );
}

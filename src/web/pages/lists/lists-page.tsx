import { useState } from 'preact/hooks';
import { RegionChainPicker } from '../../components/region-chain-picker';
import { useT } from '../../i18n/i18n';
import { replaceParams } from '../../router';
import { NeedResourcesPanel } from './need-resources';
import { NeedsList } from './needs-list';
import { ProjectsList } from './projects-list';
import { ResourcesList } from './resources-list';

/**
 * 3张清单: a region's and chain's needs list (the enterprises' asks), a need's matched resources
 * with the reasons (a match recorded from there), the departments' resources list and the action
 * projects with their progress, each exportable to Excel.
 */
export function ListsPage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const [choice, setChoice] = useState({ region: params.get('region') ?? '', chain: params.get('chain') ?? '' });
  const [need, setNeed] = useState({ id: params.get('need') ?? '', source: params.get('source') ?? '' });
  const [round, setRound] = useState(0);
  const choose = (next: { region: string; chain: string }) => {
    setChoice(next);
    setNeed({ id: '', source: '' });
    replaceParams('lists', next);
  };
  const pick = (next: { id: string; source: string }) => {
    setNeed(next);
    replaceParams('lists', { ...choice, need: next.id, source: next.source });
  };
  return (
    <div class="page">
      <h1>{t('nav.lists')}</h1>
      <RegionChainPicker
        region={choice.region}
        chain={choice.chain}
        onChange={choose}
        anyLabel={{ region: t('lists.anyRegion'), chain: t('lists.anyChain') }}
      />
      <NeedsList
        key={round}
        region={choice.region}
        chain={choice.chain}
        selected={need.id ? `${need.source}:${need.id}` : ''}
        onPick={pick}
      />
      {need.id ? (
        <NeedResourcesPanel
          key={`${need.source}:${need.id}`}
          needId={need.id}
          source={need.source}
          onRecorded={() => setRound((r) => r + 1)}
        />
      ) : (
        <p class="muted">{t('lists.pickNeed')}</p>
      )}
      <ResourcesList key={`resources-${round}`} region={choice.region} chain={choice.chain} />
      <ProjectsList region={choice.region} chain={choice.chain} />
    </div>
  );
}

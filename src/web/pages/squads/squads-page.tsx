import { useState } from 'preact/hooks';
import { RegionChainPicker } from '../../components/region-chain-picker';
import { useT } from '../../i18n/i18n';
import { replaceParams } from '../../router';
import { SquadDetailPanel } from './squad-detail';
import { SquadTally } from './squad-tally';
import { SquadsTable } from './squads-table';
import { FormSquadForm } from './form-squad-form';
import { useSession } from '../../session-context';

/**
 * 党员招商小分队: a region's and chain's squads with their tallies, a squad's leads and visits
 * (a visit logged from there), and the tallies per chain beside the figures articles state; staff
 * form a squad for the region and chain chosen.
 */
export function SquadsPage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const [choice, setChoice] = useState({ region: params.get('region') ?? '', chain: params.get('chain') ?? '' });
  const [squad, setSquad] = useState(params.get('squad') ?? '');
  const [round, setRound] = useState(0);
  const { may } = useSession();
  const choose = (next: { region: string; chain: string }) => {
    setChoice(next);
    setSquad('');
    replaceParams('squads', next);
  };
  const pick = (id: string) => {
    setSquad(id);
    replaceParams('squads', { ...choice, squad: id });
  };
  return (
    <div class="page">
      <h1>{t('nav.squads')}</h1>
      <RegionChainPicker
        region={choice.region}
        chain={choice.chain}
        onChange={choose}
        anyLabel={{ region: t('squads.anyRegion'), chain: t('squads.anyChain') }}
      />
      <SquadTally key={`tally-${round}`} region={choice.region} chain={choice.chain} />
      <SquadsTable key={round} region={choice.region} chain={choice.chain} selected={squad} onPick={pick} />
      {squad ? (
        <SquadDetailPanel key={squad} squadId={squad} onLogged={() => setRound((r) => r + 1)} />
      ) : (
        <p class="muted">{t('squads.pickSquad')}</p>
      )}
      {may('post /squads') && (
        <FormSquadForm
          region={choice.region}
          chain={choice.chain}
          onFormed={(id) => {
            setRound((r) => r + 1);
            pick(id);
          }}
        />
      )}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { RegionChainPicker } from '../../components/region-chain-picker';
import { useT } from '../../i18n/i18n';
import { replaceParams } from '../../router';
import { FinanceMeetingPanel } from './finance-meeting-panel';
import { MeetingsHeld } from './meetings-held';
import { NeedProductsPanel } from './need-products';
import { NeedsTable } from './needs-table';

/**
 * 银企对接: a region's and chain's financing needs, a need's matched products with the reasons
 * (a signing recorded from there), the bank–enterprise meeting plan and the meetings held.
 */
export function FinancePage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const [choice, setChoice] = useState({ region: params.get('region') ?? '', chain: params.get('chain') ?? '' });
  const [need, setNeed] = useState(params.get('need') ?? '');
  const [round, setRound] = useState(0);
  const choose = (next: { region: string; chain: string }) => {
    setChoice(next);
    setNeed('');
    replaceParams('finance', next);
  };
  const pick = (id: string) => {
    setNeed(id);
    replaceParams('finance', { ...choice, need: id });
  };
  return (
    <div class="page">
      <h1>{t('nav.finance')}</h1>
      <RegionChainPicker
        region={choice.region}
        chain={choice.chain}
        onChange={choose}
        anyLabel={{ region: t('finance.anyRegion'), chain: t('finance.anyChain') }}
      />
      <MeetingsHeld region={choice.region} />
      <NeedsTable key={round} region={choice.region} chain={choice.chain} selected={need} onPick={pick} />
      {need ? (
        <NeedProductsPanel key={need} needId={need} onSigned={() => setRound((r) => r + 1)} />
      ) : (
        <p class="muted">{t('finance.pickNeed')}</p>
      )}
      <FinanceMeetingPanel key={`plan-${round}`} region={choice.region} chain={choice.chain} />
    </div>
  );
}

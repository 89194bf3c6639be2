import { useState } from 'preact/hooks';
import type { PlacementReviewItem } from '../../api/placements';
import type { ChainDetail } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useT, type MessageKey } from '../../i18n/i18n';

/**
 * A correction of one enterprise's placement: another of its candidates, or any segment of a
 * candidate's chain (the classifier may have found the chain and missed the segment), read from
 * GET /chains/:id.
 */
export function SegmentCorrection({
  item,
  busy,
  onChoose,
  onCancel,
}: {
  item: PlacementReviewItem;
  busy: boolean;
  onChoose(segmentId: string): void;
  onCancel(): void;
}) {
  const { t } = useT();
  const [segmentId, setSegmentId] = useState(item.candidates[0]?.segmentId ?? '');
  const chains = [...new Map(item.candidates.map((c) => [c.chainId, c.chainName])).entries()];
  const offered = new Set(item.candidates.map((c) => c.segmentId));
  return (
    <form
      class="segment-correction"
      onSubmit={(event) => {
        event.preventDefault();
        if (segmentId) onChoose(segmentId);
      }}
    >
      <label>
        {t('placement.correctTo')}
        <select name="segment" value={segmentId} onChange={(e) => setSegmentId(e.currentTarget.value)}>
          <optgroup label={t('placement.candidates')}>
            {item.candidates.map((c) => (
              <option key={c.segmentId} value={c.segmentId}>
                {c.segmentName} · {c.chainName}
              </option>
            ))}
          </optgroup>
          {chains.map(([chainId, chainName]) => (
            <ChainSegmentOptions key={chainId} chainId={chainId} chainName={chainName} except={offered} />
          ))}
        </select>
      </label>
      <button type="submit" class="primary" disabled={busy || !segmentId}>
        {t('placement.save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('placement.cancel')}
      </button>
    </form>
  );
}

/** The segments of one chain, upstream first, as options (those already offered as candidates left out). */
function ChainSegmentOptions({
  chainId,
  chainName,
  except,
}: {
  chainId: string;
  chainName: string;
  except: ReadonlySet<string>;
}) {
  const { t } = useT();
  const chain = useApi<ChainDetail>(`chains/${encodeURIComponent(chainId)}`);
  if (chain.state !== 'ready') return null;
  const stages = ['upstream', 'midstream', 'downstream'];
  const segments = chain.data.segments
    .filter((s) => !except.has(s.id))
    .sort((a, b) => stages.indexOf(a.stage) - stages.indexOf(b.stage));
  if (segments.length === 0) return null;
  return (
    <optgroup label={chainName}>
      {segments.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name} · {stages.includes(s.stage) ? t(`stage.${s.stage}` as MessageKey) : s.stage}
        </option>
      ))}
    </optgroup>
  );
}

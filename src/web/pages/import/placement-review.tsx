import { useState } from 'preact/hooks';
import { ErrorNote } from '../../components/loaded-view';
import { RegionChainPicker } from '../../components/region-chain-picker';
import { useT } from '../../i18n/i18n';
import { PlacementQueueTable } from './placement-queue-table';
import { usePlacementQueue, type DecisionOutcome } from './use-placement-queue';

/**
 * 挂链审核: the enterprises an import could not place with confidence, each with its candidate
 * segments and the evidence read for them. Many are accepted at once (each its best candidate),
 * one is corrected (another candidate, any segment of a candidate's chain) or marked none fit;
 * a decided enterprise leaves the list, and so does one the API no longer has in the queue.
 */
export function PlacementReview() {
  const { t } = useT();
  const [filter, setFilter] = useState({ region: '', chain: '' });
  const review = usePlacementQueue(filter);
  const { queue, items, picked, busy, error } = review;
  return (
    <section class="panel placement-review" aria-label={t('placement.tab')}>
      <p class="small">{t('placement.explain')}</p>
      <RegionChainPicker
        region={filter.region}
        chain={filter.chain}
        onChange={setFilter}
        anyLabel={{ region: t('tackling.allRegions'), chain: t('tackling.allChains') }}
      />
      <div class="form-row">
        <label class="toggle">
          <input type="checkbox" checked={review.allPicked} disabled={items.length === 0} onChange={review.toggleAll} />
          {t('placement.selectAll')}
        </label>
        <button
          type="button"
          class="primary"
          disabled={busy || picked.size === 0}
          onClick={() => void review.acceptPicked()}
        >
          {t('placement.acceptSelected')} ({picked.size})
        </button>
      </div>
      {review.outcome && <DecisionOutcomeNote outcome={review.outcome} />}
      <ErrorNote error={error} />
      {queue === null ? (
        !error && <p class="muted">{t('loading')}</p>
      ) : items.length === 0 ? (
        <p class="muted">{t('placement.empty')}</p>
      ) : (
        <PlacementQueueTable
          items={items}
          picked={picked}
          busy={busy}
          onToggle={review.toggle}
          onDecide={(decisions) => void review.decide(decisions)}
        />
      )}
      {review.more && (
        <button type="button" disabled={busy} onClick={review.more}>
          {t('placement.more')}
        </button>
      )}
    </section>
  );
}

function DecisionOutcomeNote({ outcome }: { outcome: DecisionOutcome }) {
  const { t } = useT();
  return (
    <p class="small" role="status">
      {t('placement.decided')} {outcome.decided} · {t('placement.placed')} {outcome.placed}
      {outcome.gone > 0 && ` · ${t('placement.gone')} ${outcome.gone}`}
    </p>
  );
}

import { useEffect, useState } from 'preact/hooks';
import {
  decidePlacements,
  readReviewQueue,
  type PlacementDecision,
  type PlacementReviewItem,
} from '../../api/placements';
import { ErrorNote } from '../../components/loaded-view';
import { RegionChainPicker } from '../../components/region-chain-picker';
import { useT } from '../../i18n/i18n';
import { PlacementReviewRow } from './placement-review-row';

interface Queue {
  items: PlacementReviewItem[];
  nextCursor: string | null;
}

/** What the last decision did, shown until the next one. */
interface Outcome {
  decided: number;
  placed: number;
  gone: number;
}

/**
 * 挂链审核: the enterprises an import could not place with confidence, each with its candidate
 * segments and the evidence read for them. Many are accepted at once (each its best candidate),
 * one is corrected (another candidate, any segment of a candidate's chain) or marked none fit;
 * a decided enterprise leaves the list, and so does one the API no longer has in the queue.
 */
export function PlacementReview() {
  const { t } = useT();
  const [filter, setFilter] = useState({ region: '', chain: '' });
  const [queue, setQueue] = useState<Queue | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const read = async (cursor?: string) => {
    setError(null);
    try {
      const page = await readReviewQueue({
        regionId: filter.region || undefined,
        chainId: filter.chain || undefined,
        cursor,
      });
      setQueue((before) => ({
        items: cursor && before ? [...before.items, ...page.items] : page.items,
        nextCursor: page.nextCursor,
      }));
    } catch (caught) {
      setError(caught as Error);
    }
  };

  useEffect(() => {
    setQueue(null);
    setPicked(new Set());
    void read();
  }, [filter.region, filter.chain]);

  const decide = async (decisions: PlacementDecision[]) => {
    if (decisions.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await decidePlacements(decisions);
      // decided, or an enterprise the API no longer has: either way not this list's any more; one
      // whose chosen segment has gone meanwhile stays, to be decided again
      const unknown = new Set(answer.unknown);
      const leaving = new Set(
        decisions.filter((d) => !d.segmentIds.some((s) => unknown.has(s))).map((d) => d.enterpriseId),
      );
      setQueue((before) => before && { ...before, items: before.items.filter((i) => !leaving.has(i.enterpriseId)) });
      setPicked((before) => new Set([...before].filter((id) => !leaving.has(id))));
      setOutcome({ decided: answer.decided, placed: answer.placed, gone: answer.unknown.length });
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };

  const items = queue?.items ?? [];
  const acceptPicked = () =>
    decide(
      items
        .filter((item) => picked.has(item.enterpriseId) && item.candidates.length > 0)
        .map((item) => ({ enterpriseId: item.enterpriseId, segmentIds: [item.candidates[0]!.segmentId] })),
    );
  const toggle = (id: string) =>
    setPicked((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const allPicked = items.length > 0 && items.every((item) => picked.has(item.enterpriseId));

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
          <input
            type="checkbox"
            checked={allPicked}
            disabled={items.length === 0}
            onChange={() => setPicked(allPicked ? new Set() : new Set(items.map((i) => i.enterpriseId)))}
          />
          {t('placement.selectAll')}
        </label>
        <button type="button" class="primary" disabled={busy || picked.size === 0} onClick={() => void acceptPicked()}>
          {t('placement.acceptSelected')} ({picked.size})
        </button>
      </div>
      {outcome && (
        <p class="small" role="status">
          {t('placement.decided')} {outcome.decided} · {t('placement.placed')} {outcome.placed}
          {outcome.gone > 0 && ` · ${t('placement.gone')} ${outcome.gone}`}
        </p>
      )}
      <ErrorNote error={error} />
      {queue === null ? (
        !error && <p class="muted">{t('loading')}</p>
      ) : items.length === 0 ? (
        <p class="muted">{t('placement.empty')}</p>
      ) : (
        <table class="placement-queue">
          <thead>
            <tr>
              <th />
              <th>{t('placement.enterprise')}</th>
              <th>{t('placement.candidates')}</th>
              <th>{t('placement.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <PlacementReviewRow
                key={item.enterpriseId}
                item={item}
                picked={picked.has(item.enterpriseId)}
                busy={busy}
                onToggle={() => toggle(item.enterpriseId)}
                onDecide={(segmentIds) => void decide([{ enterpriseId: item.enterpriseId, segmentIds }])}
              />
            ))}
          </tbody>
        </table>
      )}
      {queue?.nextCursor && (
        <button type="button" disabled={busy} onClick={() => void read(queue.nextCursor ?? undefined)}>
          {t('placement.more')}
        </button>
      )}
    </section>
  );
}

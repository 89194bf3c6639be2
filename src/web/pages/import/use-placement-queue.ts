import { useEffect, useState } from 'preact/hooks';
import {
  decidePlacements,
  readReviewQueue,
  type PlacementDecision,
  type PlacementReviewItem,
} from '../../api/placements';

interface Queue {
  items: PlacementReviewItem[];
  nextCursor: string | null;
}

/** What the last decision did, shown until the next one. */
export interface DecisionOutcome {
  decided: number;
  placed: number;
  gone: number;
}

/**
 * The enterprises decided, or ones the API no longer has: either way not the queue's any more.
 * One whose chosen segment has gone meanwhile (`unknown` names it) stays, to be decided again.
 */
function leavingTheQueue(decisions: PlacementDecision[], unknown: string[]): Set<string> {
  const gone = new Set(unknown);
  return new Set(decisions.filter((d) => !d.segmentIds.some((s) => gone.has(s))).map((d) => d.enterpriseId));
}

/**
 * The 挂链 review queue of a region and chain ('' for any), read a page at a time (`more`), with
 * the enterprises picked in it; `decide` sends decisions and drops the decided from the list.
 * `queue` is null until the first page is read.
 */
export function usePlacementQueue(filter: { region: string; chain: string }) {
  const [queue, setQueue] = useState<Queue | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
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
      const leaving = leavingTheQueue(decisions, answer.unknown);
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
  const toggleAll = () => setPicked(allPicked ? new Set() : new Set(items.map((i) => i.enterpriseId)));
  const more = queue?.nextCursor ? () => void read(queue.nextCursor ?? undefined) : null;

  return { queue, items, picked, allPicked, busy, outcome, error, toggle, toggleAll, decide, acceptPicked, more };
}

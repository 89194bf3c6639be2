import type { ClosedDispatch } from '../../match/outcomes/closed-dispatch';
import { allNodes } from '../../store/all-nodes';
import type { GraphStore } from '../../store/graph-store';

/**
 * Every request closed with the enterprise's rating after it was dispatched (it has an assignee),
 * with the assignee's rank in the request's latest stored responders: the service loop's own
 * verdicts on the dispatch engine, read for the outcome figures.
 */
export async function readClosedDispatches(store: GraphStore): Promise<ClosedDispatch[]> {
  const closed = (await allNodes(store, 'Request', { status: 'closed' })).filter(
    (node) => typeof node.props['feedbackRating'] === 'number',
  );
  if (closed.length === 0) return [];
  const assigned = await store.follow({
    fromKind: 'Request',
    ids: closed.map((node) => node.id),
    type: 'ASSIGNED_TO',
    direction: 'out',
    toKind: 'Person',
  });
  const assigneeOf = new Map(assigned.edges.map((e) => [e.from.id, e.to.id]));
  const verdicts: ClosedDispatch[] = [];
  for (const node of closed) {
    const assigneeId = assigneeOf.get(node.id);
    if (!assigneeId) continue;
    verdicts.push({
      requestId: node.id,
      assigneeId,
      rating: node.props['feedbackRating'] as number,
      date: String(node.props['updatedAt'] ?? node.props['raisedAt'] ?? ''),
      rank: await rankOf(store, node.id, assigneeId),
    });
  }
  return verdicts;
}

async function rankOf(store: GraphStore, requestId: string, personId: string): Promise<number | undefined> {
  const stored = await store.readReport('responders', requestId);
  const responders = (stored?.payload as { responders?: { personId: string }[] } | undefined)?.responders ?? [];
  const at = responders.findIndex((r) => r.personId === personId);
  return at >= 0 ? at + 1 : undefined;
}

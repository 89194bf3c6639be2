import type { NodeKind } from '../../domain';
import { AppError } from '../../shared/app-error';
import type { GraphStore } from '../../store/graph-store';

/**
 * 409 when a node of the kind already has the id: a create never replaces, so a client's retry
 * with its own id is refused instead of written twice. Call it after the caller's scope checks,
 * so that a key refused a region does not learn which ids exist there.
 */
export async function refuseTakenId(store: GraphStore, kind: NodeKind, id: string): Promise<void> {
  if (await store.getNode(kind, id)) throw new AppError('conflict', `${kind} '${id}' exists`);
}

import type { NodeKind } from './node-kinds';
import type { NodeRef } from './relationships';

/**
 * Ids are unique per label, not across labels, so in-memory graphs key nodes by both:
 * `Enterprise:ent-1`. Projections and the memory store share this form.
 */
export function nodeKey(kind: NodeKind, id: string): string {
  return `${kind}:${id}`;
}

export function refKey(ref: NodeRef): string {
  return nodeKey(ref.kind, ref.id);
}

export function parseNodeKey(key: string): NodeRef {
  const at = key.indexOf(':');
  return { kind: key.slice(0, at) as NodeKind, id: key.slice(at + 1) };
}

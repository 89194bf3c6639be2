import type { RelType } from '../../domain';
import type { DerivedChange } from '../../projection/derived-change';

/**
 * The relationships the tackling structures (the tackling index, expert profiles) never read: an
 * enterprise's segments, needs, supply ties and chain mastery are the partner and gap engines'.
 * Listed as what is not read rather than what is, so a relationship type added later makes
 * them rebuild until someone decides otherwise.
 */
const NOT_READ: ReadonlySet<RelType> = new Set(['IN_SEGMENT', 'NEEDS', 'SUPPLIES', 'CHAIN_MASTER_OF']);

/**
 * Whether a patch leaves the tackling structures as they are: only enterprises' properties
 * changed (none added or deleted: an employer's or poster's presence is read), and only the
 * relationships above. They cache people, works, problems, institutions, employment, teams,
 * loads and the regions of employers; an edit of an enterprise's description or supply ties,
 * the common case, must not cost their rebuild (about 7 s at province scale).
 */
export function tacklingUntouched(change: DerivedChange): boolean {
  for (const node of change.nodes.values()) if (node.kind !== 'Enterprise' || !node.before || !node.after) return false;
  for (const type of change.types) if (!NOT_READ.has(type)) return false;
  return true;
}

import type { RelInput } from '../domain';
import type { RefUse } from './bundle-sections';
import { bundleIds, checkReferences, idsInAny, type IdLookup, type ImportCandidate } from './import-references';

/** The records left to write, with their relationships and the references of the past they lost. */
export interface CascadeResult {
  live: ImportCandidate[];
  rels: Map<ImportCandidate, RelInput[]>;
  /** References to what names nothing any more (an outcome's subject deleted since), kept without the tie. */
  gone: Map<ImportCandidate, RefUse[]>;
}

/**
 * Checks every record's references against the records still live, the records held for review
 * and the graph. A record that fails takes down the records that reference it, so the check runs
 * again until nothing changes; a record that names a held one is held too (added to `held`).
 * `inStore` answers for the graph and for the live records of a streamed import's earlier chunks;
 * `heldBefore` for the records those chunks held.
 */
export function cascadeReferences(
  candidates: ImportCandidate[],
  held: Set<ImportCandidate>,
  refs: Map<ImportCandidate, RefUse[]>,
  inStore: IdLookup,
  idMap: Map<string, string>,
  { keepHistory, heldBefore = new Map() }: { keepHistory: boolean; heldBefore?: IdLookup },
  failed: {
    hold: (c: ImportCandidate, reason: string) => void;
    reject: (c: ImportCandidate, field: string, reason: string) => void;
  },
): CascadeResult {
  let live = candidates;
  let rels = new Map<ImportCandidate, RelInput[]>();
  let gone = new Map<ImportCandidate, RefUse[]>();
  for (let changed = true; changed;) {
    changed = false;
    const liveIds = bundleIds(live, idMap);
    const heldIds = idsInAny(bundleIds([...held], idMap), heldBefore);
    rels = new Map();
    gone = new Map();
    live = live.filter((c) => {
      const check = checkReferences(c, refs.get(c) ?? [], liveIds, heldIds, inStore, { keepHistory });
      if (check.ok) {
        rels.set(c, check.rels);
        if (check.gone.length > 0) gone.set(c, check.gone);
        return true;
      }
      changed = true;
      if (check.held) {
        held.add(c);
        failed.hold(c, check.reason);
      } else failed.reject(c, check.field, check.reason);
      return false;
    });
  }
  return { live, rels, gone };
}

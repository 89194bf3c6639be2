import type { RelInput } from '../domain';
import type { RefUse } from './bundle-sections';
import { bundleIds, checkReferences, type IdsByKind, type ImportCandidate } from './import-references';

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
 */
export function cascadeReferences(
  candidates: ImportCandidate[],
  held: Set<ImportCandidate>,
  refs: Map<ImportCandidate, RefUse[]>,
  inStore: IdsByKind,
  idMap: Map<string, string>,
  { keepHistory }: { keepHistory: boolean },
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
    const heldIds = bundleIds([...held], idMap);
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

import type { DerivedChange } from './derived-change';
import type { ProjectedGraph } from './projected-graph';

/**
 * Structures the engines compile from a projection (the enterprise space, partner texts, the
 * trust graph, region indexes, the tackling index), kept with the projection they were built
 * from. A projection patched in place by a worker's live projection (src/projection/live-projection.ts)
 * offers each structure the change (`patchDerived`): a structure with a patch hook returns itself
 * brought up to date (the same object or a new one) or null when it cannot absorb the change;
 * one without a hook, or answering null, is dropped and rebuilt on its next use. Rebuilding every
 * structure after every edit cost about 6 s at province scale before an edited enterprise's own
 * list could be computed (issue 18).
 */
export type DerivedPatch<T> = (value: T, change: DerivedChange) => T | null;

interface Slot {
  value: unknown;
  patch: DerivedPatch<unknown> | undefined;
}

const slots = new WeakMap<ProjectedGraph, Map<string, Slot>>();

/**
 * The structure `name` of this projection, built on first use. `patch` brings it up to date after
 * the projection is patched; it may read the structures built before it (in the order first
 * built, so what a structure's build uses is patched before it).
 */
export function derived<T>(graph: ProjectedGraph, name: string, build: () => T, patch?: DerivedPatch<T>): T {
  let perGraph = slots.get(graph);
  if (!perGraph) slots.set(graph, (perGraph = new Map()));
  let slot = perGraph.get(name);
  if (!slot) {
    const value = build();
    // the build may have made the map anew (a nested forget): set on the current one
    perGraph = slots.get(graph) ?? perGraph;
    slot = { value, patch: patch as DerivedPatch<unknown> | undefined };
    perGraph.set(name, slot);
  }
  return slot.value as T;
}

/** The structure `name` if it is built, without building it. */
export function peekDerived<T>(graph: ProjectedGraph, name: string): T | undefined {
  return slots.get(graph)?.get(name)?.value as T | undefined;
}

/**
 * Offers the change to every structure built from this projection, in the order they were built;
 * returns the names kept (patched or untouched) and dropped. A hook that throws drops its
 * structure: rebuilding is always correct.
 */
export function patchDerived(graph: ProjectedGraph, change: DerivedChange): { kept: string[]; dropped: string[] } {
  const perGraph = slots.get(graph);
  const outcome = { kept: [] as string[], dropped: [] as string[] };
  if (!perGraph) return outcome;
  for (const [name, slot] of [...perGraph]) {
    let next: unknown;
    try {
      next = slot.patch ? slot.patch(slot.value, change) : null;
    } catch {
      next = null;
    }
    if (next === null) {
      perGraph.delete(name);
      outcome.dropped.push(name);
    } else {
      slot.value = next;
      outcome.kept.push(name);
    }
  }
  return outcome;
}

/** Drops every structure built from this projection. */
export function forgetDerived(graph: ProjectedGraph): void {
  slots.delete(graph);
}

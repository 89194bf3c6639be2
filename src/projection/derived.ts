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
  /** A change not applied yet: applied when the structure is next read, or by patchDerived. */
  pending: DerivedChange | null;
}

const slots = new WeakMap<ProjectedGraph, Map<string, Slot>>();

/**
 * The structure `name` of this projection, built on first use. `patch` brings it up to date after
 * the projection is patched; it may read other structures (they are brought up to date first).
 */
export function derived<T>(graph: ProjectedGraph, name: string, build: () => T, patch?: DerivedPatch<T>): T {
  const found = current(graph, name);
  if (found) return found.value as T;
  const value = build();
  let perGraph = slots.get(graph);
  if (!perGraph) slots.set(graph, (perGraph = new Map()));
  perGraph.set(name, { value, patch: patch as DerivedPatch<unknown> | undefined, pending: null });
  return value;
}

/** The structure `name` if it is built (and absorbed the last patch), without building it. */
export function peekDerived<T>(graph: ProjectedGraph, name: string): T | undefined {
  return current(graph, name)?.value as T | undefined;
}

/**
 * Offers the change to every structure built from this projection and returns the names kept
 * (patched or untouched) and dropped. A structure whose hook reads another (the partner texts
 * read the enterprise space, the space the trust graph) gets that one already brought up to
 * date: each change is applied on first read, whatever order the structures were built in. A
 * hook that throws drops its structure: rebuilding is always correct.
 */
export function patchDerived(graph: ProjectedGraph, change: DerivedChange): { kept: string[]; dropped: string[] } {
  const perGraph = slots.get(graph);
  const outcome = { kept: [] as string[], dropped: [] as string[] };
  if (!perGraph) return outcome;
  const before = [...perGraph];
  for (const [, slot] of before) slot.pending = change;
  for (const [name, slot] of before) {
    current(graph, name);
    (perGraph.get(name) === slot ? outcome.kept : outcome.dropped).push(name);
  }
  return outcome;
}

/** The slot of `name` with its pending change applied, or undefined when there is none or it could not absorb it. */
function current(graph: ProjectedGraph, name: string): Slot | undefined {
  const perGraph = slots.get(graph);
  const slot = perGraph?.get(name);
  if (!perGraph || !slot?.pending) return slot;
  const change = slot.pending;
  slot.pending = null;
  let next: unknown;
  try {
    next = slot.patch ? slot.patch(slot.value, change) : null;
  } catch {
    next = null;
  }
  if (next === null) {
    perGraph.delete(name);
    return undefined;
  }
  slot.value = next;
  return slot;
}

/** Drops every structure built from this projection. */
export function forgetDerived(graph: ProjectedGraph): void {
  slots.delete(graph);
}

import type { ProjectedGraph } from './projected-graph';

/**
 * Structures the engines compile from a projection (the enterprise space, partner texts, the
 * trust graph, region indexes, the tackling index), kept with the projection they were built
 * from. A projection patched in place by a worker's live projection (src/projection/live-projection.ts)
 * must drop them all at once: `forgetDerived` is that one switch, so no engine keeps a stale copy.
 */
const slots = new WeakMap<ProjectedGraph, Map<string, unknown>>();

/** The structure `name` of this projection, built on first use. */
export function derived<T>(graph: ProjectedGraph, name: string, build: () => T): T {
  let perGraph = slots.get(graph);
  if (!perGraph) slots.set(graph, (perGraph = new Map()));
  if (!perGraph.has(name)) perGraph.set(name, build());
  return perGraph.get(name) as T;
}

/** Drops every structure built from this projection: it has changed. */
export function forgetDerived(graph: ProjectedGraph): void {
  slots.delete(graph);
}

import { projectScope } from '../projection/project-scope';
import type { ProjectedGraph } from '../projection/projected-graph';
import type { GraphStore } from '../store/graph-store';

/**
 * Where a job's projection comes from. A job about one enterprise or problem reads the graph as
 * it is now (a fresh whole projection: its result must reflect the edit that queued it); the
 * chunks of one full run share one projection per worker process, so a run's lists are all
 * computed from the same graph and the projection is loaded once per process, not per chunk.
 */
export class ProjectionSource {
  private run: { runId: string; graph: Promise<ProjectedGraph> } | null = null;
  private release: NodeJS.Timeout | null = null;

  /** `keepMs`: how long a run's projection is kept once no chunk has asked for it (a province's is over a gigabyte). */
  constructor(
    private readonly store: GraphStore,
    private readonly keepMs = 5 * 60_000,
  ) {}

  /** The graph as it is now. */
  fresh(): Promise<ProjectedGraph> {
    return projectScope(this.store, {});
  }

  /** The graph of run `runId`: loaded at its first chunk in this process, then reused. */
  forRun(runId: string): Promise<ProjectedGraph> {
    if (this.run?.runId !== runId) {
      const graph = projectScope(this.store, {});
      // a failed load is not kept: the next chunk of the run tries again
      graph.catch(() => {
        if (this.run?.graph === graph) this.run = null;
      });
      this.run = { runId, graph };
    }
    if (this.release) clearTimeout(this.release);
    this.release = setTimeout(() => (this.run = null), this.keepMs);
    this.release.unref();
    return this.run.graph;
  }
}

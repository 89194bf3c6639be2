import type { LiveProjection } from '../../projection/live-projection';
import {
  answerGraphQuery,
  type GraphQueryAnswer,
  type GraphQueryArgs,
  type GraphQueryName,
} from './graph-query-catalogue';

/**
 * What the API asks of the whole graph in memory (search, name resolution, what-ifs, meeting
 * plans, consortia, party coverage, the problem board, the dashboard's tallies): answered in this
 * process on the embedded default, by the graph-query process in production.
 */
export interface GraphQueries {
  ask<N extends GraphQueryName>(name: N, args: GraphQueryArgs<N>): Promise<GraphQueryAnswer<N>>;
  /** Whether the graph is in memory: shown by /readyz, whose readiness it does not decide (stored reads go on without it). */
  status(): Promise<GraphStatus>;
  close(): Promise<void>;
}

export type GraphStatus = 'loaded' | 'loading' | 'unreachable';

/** The graph in this process's memory, kept current from the change log. */
export class InProcessGraphQueries implements GraphQueries {
  constructor(private readonly projection: LiveProjection) {}

  ask<N extends GraphQueryName>(name: N, args: GraphQueryArgs<N>): Promise<GraphQueryAnswer<N>> {
    return this.projection.read((graph) => answerGraphQuery(graph, name, args));
  }

  async status(): Promise<GraphStatus> {
    return this.projection.loaded ? 'loaded' : 'loading';
  }

  async close(): Promise<void> {}
}

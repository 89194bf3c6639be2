import type { NodeKind } from '../../domain';
import type { LiveProjection } from '../../projection/live-projection';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { nodeKey } from '../../domain/node-key';
import type { GraphStore } from '../../store/graph-store';
import type { GraphChange } from '../change-feed';
import type { EscalationNotifier } from '../escalation-notifier';
import type { JobName, JobPayload, JobRequest } from '../job-definitions';

/** What a processor may use: the store, the projection, a way to add jobs, and its progress. */
export interface JobContext {
  store: GraphStore;
  projection: LiveProjection;
  enqueue(requests: JobRequest[]): Promise<void>;
  /** Reports what a job wrote to the graph (an import): logged for the projections, then planned. */
  changed(changes: GraphChange[]): Promise<void>;
  /** Every process's projection reloads from the store before its next read (ChangeLog.appendReload). */
  reloadProjections(): Promise<void>;
  /** 0–100. */
  progress(percent: number): Promise<void>;
  /**
   * Whether this run is the job's last attempt: a failure now is final (the runners stop retrying
   * a client error at once, whatever this says). Absent: taken as not the last.
   */
  lastAttempt?: boolean;
  /** Where escalations are told (ESCALATION_WEBHOOK_URL); absent: the 督办 inbox only. */
  notifier?: EscalationNotifier;
}

/** What a job reports when done (kept with the finished job, shown by /jobs/:id later). */
export type JobSummary = Record<string, unknown>;

/** One job's work, given its payload (defaults applied). */
export type Processor<N extends JobName> = (payload: JobPayload<N>, ctx: JobContext) => Promise<JobSummary>;

/** A single job's subject can be deleted between its change and the job: nothing to compute then. */
export function inGraph(graph: ProjectedGraph, kind: NodeKind, id: string): boolean {
  return graph.hasNode(nodeKey(kind, id));
}

/** The answer of a job whose subject is no longer in the graph. */
export function gone(kind: NodeKind, id: string): JobSummary {
  return { [`${kind.toLowerCase()}Id`]: id, skipped: `no ${kind} '${id}' in the graph (deleted)` };
}

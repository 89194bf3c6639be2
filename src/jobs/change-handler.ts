import type { GraphChange } from './change-feed';
import type { ChangeLog } from './change-log';
import { planRecomputes } from './change-planner';
import type { JobQueue } from './job-queue';

/**
 * What follows a write of the graph: the change is logged first (the workers' projections read
 * it before their next job), then the recomputes it affects are queued — in that order, so the
 * job a change queues always finds it in the log.
 */
export function changeHandler(
  log: ChangeLog,
  queue: JobQueue,
  planner: Parameters<typeof planRecomputes>[1] = {},
): (changes: GraphChange[]) => Promise<void> {
  return async (changes) => {
    await log.append(changes);
    await queue.add(planRecomputes(changes, planner));
  };
}

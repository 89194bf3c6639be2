import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { Router } from 'express';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * Bull Board (the BullMQ dashboard) for the job queues: waiting, running, done and failed jobs
 * with their payloads, progress and errors, and retry of failed ones. For admins: once API keys
 * exist (issue 6) it is mounted behind the admin role.
 */
export function queueBoard(queues: Queue[]): Router {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: adapter });
  return adapter.getRouter() as Router;
}

import type { Queue } from 'bullmq';
import express, { type Express } from 'express';
import type { GraphStore } from '../store/graph-store';
import type { Logger } from '../shared/logger';
import { healthRoutes, type ReadinessCheck } from './health.routes';
import { notFound, problemDetails } from './middleware/problem-details';
import { requestId } from './middleware/request-id';
import { QUEUE_BOARD_PATH, queueBoard } from './queue-board';

export interface AppDeps {
  store: GraphStore;
  logger: Logger;
  /** Dependencies /readyz checks besides the store (Redis, when configured). */
  readiness?: ReadinessCheck[];
  /** BullMQ queues shown at /admin/queues (none with the in-process runner). */
  queues?: Queue[];
}

/** The Express app, without listening: tests run it in-process on port 0. */
export function createApp({ store, logger, readiness = [], queues = [] }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId);
  app.use(express.json({ limit: '10mb' }));
  app.use(
    healthRoutes([{ name: store.kind === 'neo4j' ? 'neo4j' : 'store', check: () => store.ping() }, ...readiness]),
  );
  if (queues.length > 0) app.use(QUEUE_BOARD_PATH, queueBoard(queues));
  app.use(notFound);
  app.use(problemDetails(logger));
  return app;
}

import type { AccessStore } from '../store/access-store';
import type { GraphQueries } from './graph-queries/graph-queries';
import type { RegionScopes } from '../access/region-scope';
import type { JobQueue } from '../jobs/job-queue';
import type { Logger } from '../shared/logger';
import type { GraphStore } from '../store/graph-store';

/** The application's parts that route handlers use. */
export interface ApiContext {
  /** The graph, written through the change-reporting store (each write queues its recomputes). */
  store: GraphStore;
  access: AccessStore;
  /** Each key's region and the regions below it. */
  scopes: RegionScopes;
  jobs: JobQueue;
  /** What is computed on request from the whole graph in memory (search, what-ifs, meeting plans, coverage, the problem board). */
  graph: GraphQueries;
  logger: Logger;
  /** Where uploaded import files wait for their job. */
  uploadDir: string;
}

import type { AccessStore } from '../access/access-store';
import type { RegionScopes } from '../access/region-scope';
import type { JobQueue } from '../jobs/job-queue';
import type { LiveProjection } from '../jobs/live-projection';
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
  /** The graph in memory for what is computed on request (what-ifs, meeting plans), kept current from the change log. */
  projection: LiveProjection;
  logger: Logger;
  /** Where uploaded import files wait for their job. */
  uploadDir: string;
}

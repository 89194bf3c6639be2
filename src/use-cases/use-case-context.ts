import type { Caller } from '../access/caller';
import type { RegionScopes } from '../access/region-scope';
import type { GraphStore } from '../store/graph-store';
import type { AuditTrail } from './audit-trail';

/**
 * What a use case works with, handed in by its caller (a route, a command): the graph, who calls
 * and the regions its key may touch, where writes are recorded, and the time.
 */
export interface UseCaseContext {
  store: GraphStore;
  scopes: RegionScopes;
  caller: Caller;
  audit: AuditTrail;
  now: () => Date;
}

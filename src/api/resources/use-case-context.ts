import type { Caller } from '../../access/caller';
import { auditTrail } from '../../use-cases/audit-trail';
import type { UseCaseContext } from '../../use-cases/use-case-context';
import type { ApiContext } from '../api-context';

/** The context a use case gets from a route: the application's parts, the caller, its audit trail. */
export function useCaseContext({
  app,
  caller,
  requestId,
}: {
  app: ApiContext;
  caller: Caller;
  requestId: string;
}): UseCaseContext {
  return {
    store: app.store,
    scopes: app.scopes,
    caller,
    audit: auditTrail(app.access, { caller, requestId }),
    now: () => new Date(),
  };
}

import type { Caller } from '../../access/caller';
import { auditTrail } from '../../use-cases/audit-trail';
import type { ApiContext } from '../api-context';

/** Records one write in the audit log: who (the key), what (action and target), when, before and after. */
export async function audit(
  app: ApiContext,
  who: { caller: Caller; requestId: string },
  action: string,
  target: { kind: string; id: string } | null,
  before: unknown,
  after: unknown,
): Promise<void> {
  await auditTrail(app.access, who)(action, target, before, after);
}

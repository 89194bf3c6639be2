import { randomBytes } from 'node:crypto';
import type { Caller } from '../../access/caller';
import type { ApiContext } from '../api-context';

/** Records one write in the audit log: who (the key), what (action and target), when, before and after. */
export async function audit(
  app: ApiContext,
  { caller, requestId }: { caller: Caller; requestId: string },
  action: string,
  target: { kind: string; id: string } | null,
  before: unknown,
  after: unknown,
): Promise<void> {
  const at = new Date().toISOString();
  await app.access.appendAudit({
    // time first, so ids sort as the entries happened; random after, so two in one millisecond differ
    id: `${at}-${randomBytes(4).toString('hex')}`,
    at,
    keyId: caller.keyId,
    role: caller.role,
    action,
    target,
    before: before ?? null,
    after: after ?? null,
    requestId: requestId || null,
  });
}

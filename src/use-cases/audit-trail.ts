import { randomBytes } from 'node:crypto';
import type { AccessStore } from '../store/access-store';
import type { Caller } from '../access/caller';

/** Records one write: what (action and target), before and after; who and when are bound in. */
export type AuditTrail = (
  action: string,
  target: { kind: string; id: string } | null,
  before: unknown,
  after: unknown,
) => Promise<void>;

/** The audit log as one caller writes to it: each entry names the key, its role and the request. */
export function auditTrail(
  access: Pick<AccessStore, 'appendAudit'>,
  { caller, requestId }: { caller: Caller; requestId: string },
  now: () => Date = () => new Date(),
): AuditTrail {
  return async (action, target, before, after) => {
    const at = now().toISOString();
    await access.appendAudit({
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
  };
}

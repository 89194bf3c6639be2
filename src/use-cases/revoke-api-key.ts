import { AppError } from '../shared/app-error';
import type { AccessStore } from '../store/access-store';
import { auditTrail } from './audit-trail';
import type { Caller } from '../access/caller';

/**
 * Revokes a live key and audits it (`key.revoke`), for DELETE /api/v1/keys/:id and `redchain keys
 * revoke`: the process that revokes refuses the key at once, every other within its key cache's
 * time (KEY_CACHE_MS). A key that is unknown or already revoked is a 404. Answers when it was revoked.
 */
export async function revokeApiKey(
  access: AccessStore,
  id: string,
  who: { caller: Caller; requestId: string },
): Promise<string> {
  const at = new Date().toISOString();
  if (!(await access.revokeKey(id, at))) throw AppError.notFound(`live API key '${id}'`);
  await auditTrail(access, who)('key.revoke', { kind: 'ApiKey', id }, null, { revokedAt: at });
  return at;
}

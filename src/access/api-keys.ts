import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys: `rk_<id>_<secret>`, 24 random bytes of secret. Only a SHA-256 of the whole key is
 * stored: the key is random and long, so a slow password hash would add nothing but latency to
 * every request. The id is public (shown in lists and the audit log) and finds the record.
 */
const KEY_FORM = /^rk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{32})$/;

export function newApiKey(): { id: string; key: string; hash: string } {
  const id = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
  const key = `rk_${id}_${randomBytes(24).toString('base64url')}`;
  return { id, key, hash: hashKey(key) };
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The id inside a key, or null when it is not of the key form. */
export function keyIdOf(key: string): string | null {
  return KEY_FORM.exec(key)?.[1] ?? null;
}

/** Constant-time comparison of a presented key with a stored hash. */
export function keyMatches(key: string, hash: string): boolean {
  const presented = Buffer.from(hashKey(key), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

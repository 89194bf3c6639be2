import type { NextFunction, Request, Response } from 'express';
import type { AccessStore } from '../../store/access-store';
import { keyIdOf, keyMatches, hashKey } from '../../access/api-keys';
import type { Caller } from '../../access/caller';
import { AppError } from '../../shared/app-error';

/**
 * Finds the caller of each request from its API key — `Authorization: Bearer rk_…` or
 * `X-API-Key: rk_…` — and puts it in res.locals.caller. No key, an unknown one or a revoked one:
 * 401. `adminKey` (REDCHAIN_ADMIN_KEY) is the bootstrap admin, for creating the first keys.
 * Pass a CachedAccessStore: every request looks its key up.
 */
export function authenticate(access: AccessStore, adminKey: string | null) {
  const adminHash = adminKey ? hashKey(adminKey) : null;
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const key = presentedKey(req);
      if (!key) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="redchain"');
        throw new AppError('unauthorised', 'an API key is required (Authorization: Bearer <key>, or X-API-Key)');
      }
      if (adminHash && keyMatches(key, adminHash)) {
        res.locals['caller'] = { keyId: 'bootstrap-admin', name: 'REDCHAIN_ADMIN_KEY', role: 'admin', regionId: null };
        return next();
      }
      const id = keyIdOf(key);
      const record = id ? await access.findKey(id) : null;
      if (!record || !keyMatches(key, record.hash)) throw new AppError('unauthorised', 'the API key is not valid');
      if (record.revokedAt) throw new AppError('unauthorised', `the API key was revoked at ${record.revokedAt}`);
      const caller: Caller = {
        keyId: record.id,
        name: record.name,
        role: record.role,
        regionId: record.regionId,
        ...(record.personId ? { personId: record.personId } : {}),
        ...(record.departmentId ? { departmentId: record.departmentId } : {}),
      };
      res.locals['caller'] = caller;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/**
 * The key as presented, in one form whatever its spelling: `Bearer` in any case followed by any
 * whitespace, or X-API-Key, surrounding whitespace dropped. Null when none is given or the
 * Authorization header is not a Bearer one.
 */
export function presentedKey(req: Request): string | null {
  const header = req.get('authorization');
  if (header !== undefined) {
    const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(header);
    return match ? match[1]! : null;
  }
  const key = req.get('x-api-key')?.trim();
  return key ? key : null;
}

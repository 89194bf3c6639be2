import { AppError } from '../shared/app-error';
import type { GraphStore } from '../store/graph-store';
import type { AccessStore, ApiKeyRecord } from '../store/access-store';
import { newApiKey } from './api-keys';
import { isRole, ROLES, type Role } from '../domain/roles';

/**
 * Makes a key: the record is stored with the key's hash, and the key itself is returned once —
 * it cannot be shown again. Used by `redchain keys create` and POST /api/v1/keys.
 */
export async function createApiKey(
  access: AccessStore,
  store: GraphStore,
  {
    role,
    regionId = null,
    personId = null,
    departmentId = null,
    name,
  }: { role: string; regionId?: string | null; personId?: string | null; departmentId?: string | null; name: string },
): Promise<{ key: string; record: Omit<ApiKeyRecord, 'hash'> }> {
  if (!isRole(role)) throw AppError.badInput('role', `must be one of ${ROLES.join(', ')}`);
  // a responder acts as one person (the requests dispatched to them are theirs to move) or for one
  // department (部门接单: the requests it is called to, its own 报到 and 销号)
  if (role === 'responder' && personId === null && departmentId === null)
    throw AppError.badInput(
      'person',
      'is required for a responder key (the person requests are dispatched to), unless it acts for a department',
    );
  if (personId !== null && departmentId !== null)
    throw AppError.badInput('department', 'a key acts as a person or for a department, not both');
  if (role !== 'responder' && personId !== null) throw AppError.badInput('person', 'is for responder keys only');
  if (role !== 'responder' && departmentId !== null)
    throw AppError.badInput('department', 'is for responder keys only');
  if (personId !== null && !(await store.getNode('Person', personId)))
    throw AppError.badInput('person', `no person '${personId}'`);
  if (departmentId !== null && !(await store.getNode('Department', departmentId)))
    throw AppError.badInput('department', `no department '${departmentId}'`);
  if (regionId !== null && !(await store.getNode('Region', regionId)))
    throw AppError.badInput('region', `no region '${regionId}'`);
  if (role === 'admin' && regionId !== null)
    throw AppError.badInput('region', 'an admin key is not limited to a region');
  const { id, key, hash } = newApiKey();
  const record: ApiKeyRecord = {
    id,
    name,
    role: role as Role,
    regionId,
    ...(personId !== null ? { personId } : {}),
    ...(departmentId !== null ? { departmentId } : {}),
    hash,
    createdAt: new Date().toISOString(),
    revokedAt: null,
  };
  await access.createKey(record);
  const { hash: _hash, ...shown } = record;
  return { key, record: shown };
}

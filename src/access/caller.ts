import type { Role } from '../domain/roles';

/** Who is calling: the key's id (never the key), its role and its region scope (null: everywhere). */
export interface Caller {
  keyId: string;
  name: string;
  role: Role;
  regionId: string | null;
  /** The person a responder key acts as; absent for other roles. */
  personId?: string;
  /** The department a responder key acts for (部门接单: its queue, its 报到 and 销号); absent otherwise. */
  departmentId?: string;
}

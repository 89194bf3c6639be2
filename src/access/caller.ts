import type { Role } from '../domain/roles';

/** Who is calling: the key's id (never the key), its role and its region scope (null: everywhere). */
export interface Caller {
  keyId: string;
  name: string;
  role: Role;
  regionId: string | null;
  /** The person a responder key acts as; absent for other roles. */
  personId?: string;
}

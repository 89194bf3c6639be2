import type { Role } from '../domain/roles';

/** Roles that see party membership (党员) and personal contact data unmasked (PIPL sensitive). */
export const SEES_PARTY_MEMBERSHIP: ReadonlySet<Role> = new Set(['admin', 'secretary']);
export const SEES_CONTACTS: ReadonlySet<Role> = new Set(['admin', 'secretary', 'university']);

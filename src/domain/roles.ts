/**
 * Who calls the API. A key has one role and, except for admins, may be limited to one region
 * and everything below it.
 *
 * - admin: park IT and leadership staff; everything, including keys and the audit log;
 * - secretary: chain party secretaries and park service staff; edit enterprises, party
 *   organisations, requests (the service loop), record outcomes; see party membership;
 * - university: university and lab liaisons; post and work problems (the tackling list), edit
 *   their experts; see experts' contact data;
 * - investment: investment task forces; read maps and leads, run what-ifs, record outcomes;
 * - viewer: read only, with sensitive personal data masked;
 * - responder: one person the service loop dispatches to (a 党建指导员, a department's duty
 *   officer, an enterprise's 企业秘书), named by the key: lists the requests dispatched to them,
 *   accepts and resolves those (no other request, no due date), and reads the rest as a viewer does.
 *
 * The names are the domain's, below store/, because a stored API key carries one (the access
 * store's port is in store/); what each role may see stays in access/roles.ts.
 */
export const ROLES = ['admin', 'secretary', 'university', 'investment', 'viewer', 'responder'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

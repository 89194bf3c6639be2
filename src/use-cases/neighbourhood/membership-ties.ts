import { REL_TYPES, relationshipSpecs, type NodeKind, type RelType } from '../../domain';

/**
 * What tells that a person is a party member (党员), for the roles that may not see it
 * (docs/security.md, Personal data). Declared once here; the graph explorer leaves these out for
 * those roles, and a tie added to the graph that tells membership belongs in this list.
 *
 * - MEMBER_OF: the membership itself; MANAGED_BY: co-management of a member working elsewhere
 *   (一方隶属、双重管理).
 * - SQUAD_MEMBER, LEADS_SQUAD: every member of a 党员招商小分队 is a member (GET /squads masks them).
 * - VISITED_WITH: who went on a squad's visit (GET /squads/:id masks the visitors).
 */
export const MEMBERSHIP_TIES: readonly RelType[] = [
  'MEMBER_OF',
  'MANAGED_BY',
  'SQUAD_MEMBER',
  'LEADS_SQUAD',
  'VISITED_WITH',
];

/**
 * Records that exist only for members: a member's moves (流动记录, read by GET /people/:id/moves,
 * admins and secretaries only). Every tie of theirs tells membership too (MOVE_OF, MOVED_FROM,
 * MOVED_TO), and one is never a centre for the other roles.
 */
export const MEMBERSHIP_KINDS: readonly NodeKind[] = ['MemberMove'];

const touchesMembershipKind = (type: RelType) => {
  const spec = relationshipSpecs[type] as { from: readonly NodeKind[]; to: readonly NodeKind[] };
  return [...spec.from, ...spec.to].some((kind) => MEMBERSHIP_KINDS.includes(kind));
};

/**
 * Every relationship type that tells membership: the ties above and every tie of a membership-only
 * record, in the order of DESIGN.md §3.
 *
 * @example MEMBERSHIP_REVEALING // ['MEMBER_OF', 'SQUAD_MEMBER', 'LEADS_SQUAD', 'VISITED_WITH', 'MANAGED_BY', 'MOVE_OF', …]
 */
export const MEMBERSHIP_REVEALING: readonly RelType[] = REL_TYPES.filter(
  (type) => MEMBERSHIP_TIES.includes(type) || touchesMembershipKind(type),
);

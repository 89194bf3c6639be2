import { z } from 'zod';
import { MemberRecord, MobileMember } from '../../domain/answers/mobile-members.schema';
import { Id } from '../../domain/common.schema';
import type { Role } from '../../domain/roles';
import { listMobileMembers, readMemberRecord } from '../../use-cases/members/mobile-members';
import { MoveInput, recordMove } from '../../use-cases/members/record-move';
import { EVERYONE, route } from '../routing/route';
import { useCaseContext } from './use-case-context';

const ById = z.object({ id: Id });
/** Who keeps members' records (党员动态管理): the roles that see party membership. */
const MEMBER_STAFF: readonly Role[] = ['admin', 'secretary'];

/** 流动党员 (一方隶属、双重管理): the list, a member's record and the moves recorded on it. */
export const memberRoutes = [
  route({
    method: 'get',
    path: '/mobile-members',
    tag: 'people',
    summary: 'Mobile members (流动党员): membership in one organisation, co-managed by the workplace’s',
    description:
      'Each with the membership organisation (where the member is counted), the co-managing organisations, the workplace and its region, and the latest move; latest move first. A region-limited key (or region) sees the members whose membership or managing organisation lies in it. Roles that may not see party membership get no person id and a masked name.',
    allow: EVERYONE,
    query: z.object({
      region: Id.optional().describe(
        'Only members whose membership or managing organisation lies in this region or below',
      ),
    }),
    response: z.object({ items: z.array(MobileMember), total: z.number().int() }),
    handle: (input) => listMobileMembers(useCaseContext(input), input.query),
  }),

  route({
    method: 'get',
    path: '/people/:id/moves',
    tag: 'people',
    summary: 'A member’s record: both organisations with their paths to the root, and every move (动态管理)',
    description:
      'Party membership data: for the roles that see it. A region-limited key reads members whose membership or managing organisation lies in its region.',
    allow: MEMBER_STAFF,
    params: ById,
    response: MemberRecord,
    handle: (input) => readMemberRecord(useCaseContext(input), input.params.id),
  }),

  route({
    method: 'post',
    path: '/people/:id/moves',
    tag: 'people',
    summary: 'Record a member’s move (党员流动登记) and who co-manages them',
    description:
      'outflow: the member works elsewhere; toId (an organisation, or a region with managedBy) co-manages them from the date (MANAGED_BY), replacing any earlier. return: co-management ends. transfer: the membership (MEMBER_OF) moves to toId. Answers the member’s record.',
    allow: MEMBER_STAFF,
    params: ById,
    body: MoveInput,
    status: 201,
    response: MemberRecord,
    handle: (input) => recordMove(useCaseContext(input), input.params.id, input.body),
  }),
];

import { z } from 'zod';
import { MemberMoveKind } from '../member-move.schema';
import { NamedRef } from './reasons.schema';

/** A party organisation as a mobile member's record names it: with the region it lies in. */
export const MemberOrg = NamedRef.extend({ region: NamedRef.nullable() }).meta({ id: 'MemberOrg' });
export type MemberOrg = z.infer<typeof MemberOrg>;

/** A place a member moved from or to: a party organisation or a region. */
export const MovePlace = NamedRef.extend({ kind: z.enum(['PartyOrg', 'Region']) }).meta({ id: 'MovePlace' });
export type MovePlace = z.infer<typeof MovePlace>;

/** One move of a member (党员流动记录). */
export const MemberMoveItem = z
  .object({
    id: z.string(),
    date: z.string(),
    kind: MemberMoveKind,
    note: z.string(),
    from: MovePlace.nullable(),
    to: MovePlace.nullable(),
    source: z.string().nullable(),
    synthetic: z.boolean().optional(),
  })
  .meta({ id: 'MemberMoveItem' });
export type MemberMoveItem = z.infer<typeof MemberMoveItem>;

/** A co-managing organisation (双重管理) and since when. */
export const ManagingOrg = MemberOrg.extend({ since: z.string().nullable() }).meta({ id: 'ManagingOrg' });
export type ManagingOrg = z.infer<typeof ManagingOrg>;

/**
 * 流动党员: a member whose membership organisation (一方隶属) and workplace differ, with the
 * workplace's organisation co-managing them (双重管理) and their latest move. The id and the
 * name (but its first character) are masked for roles that may not see party membership.
 */
export const MobileMember = z
  .object({
    personId: z.string().nullable().describe('null when the role may not see party membership'),
    name: z.string(),
    membership: MemberOrg.nullable().describe('The membership organisation (MEMBER_OF), where the member is counted'),
    managing: z.array(ManagingOrg).describe('Organisations of the workplace co-managing the member (MANAGED_BY)'),
    workplace: NamedRef.nullable(),
    workplaceRegion: NamedRef.nullable(),
    lastMove: MemberMoveItem.nullable(),
    synthetic: z.boolean().optional(),
    masked: z.array(z.string()).optional().describe('Fields hidden from the role'),
  })
  .meta({ id: 'MobileMember' });
export type MobileMember = z.infer<typeof MobileMember>;

/** One organisation's path to the root of its tree (UNDER), the organisation first. */
export const OrgPath = z.array(NamedRef).meta({ id: 'OrgPath' });

/** A member's record: both organisations with their paths to the root, and every move, oldest first. */
export const MemberRecord = MobileMember.omit({ lastMove: true })
  .extend({
    membershipPath: OrgPath,
    managingPaths: z.array(OrgPath),
    moves: z.array(MemberMoveItem),
  })
  .meta({ id: 'MemberRecord' });
export type MemberRecord = z.infer<typeof MemberRecord>;

import { z } from 'zod';
import { Id, Team } from '../../domain';
import { AppError } from '../../shared/app-error';
import { createRecord } from '../records/create-record';
import { refuseOutOfScope } from '../records/write-record';
import type { UseCaseContext } from '../use-case-context';
import { refuseUnknown, renamedFields } from './team-references';
import { readTeam, type TeamView } from './teams';

/** The IN_TEAM role of the person who leads a team (data, as positions are: Chinese). */
export const LEADER_ROLE = '负责人';

/** A team as a caller forms it: what it is, the problem it tackles, its people and who leads them. */
export const NewTeam = Team.extend({
  problemId: Id.optional().describe('The problem it tackles (TACKLES); the team is listed among its teams'),
  memberIds: z.array(Id).min(1).max(200).describe('The people in it (IN_TEAM)'),
  leaderId: Id.optional().describe('Who leads it: one of memberIds'),
});
export type NewTeam = z.infer<typeof NewTeam>;

/** The bundle's team record, so the import's checks and scope rule apply as to an imported team. */
function bundleTeam({ problemId, memberIds, leaderId, ...team }: NewTeam): { id: string } & Record<string, unknown> {
  return {
    ...team,
    problemIds: problemId ? [problemId] : [],
    members: memberIds.map((personId) => (personId === leaderId ? { personId, role: LEADER_ROLE } : { personId })),
  };
}

/** How the bundle's fields are named in the body the caller sent. */
const BODY_FIELDS: [RegExp, string][] = [
  [/members\[(\d+)\]\.personId/g, 'memberIds[$1]'],
  [/problemIds\[0\]/g, 'problemId'],
];

/**
 * Forms a team (攻关联合体, 党员突击队…) of people, tackling a problem when one is named: a
 * region-limited key forms teams of its region's people for its region's problems only (403
 * naming the one outside); an unknown person or problem is a 400 naming the field.
 */
export async function addTeam(ctx: UseCaseContext, team: NewTeam): Promise<TeamView> {
  if (team.leaderId && !team.memberIds.includes(team.leaderId))
    throw AppError.badInput('body.leaderId', `'${team.leaderId}' is not one of memberIds`);
  return createRecord(
    ctx,
    {
      kind: 'Team',
      section: 'teams',
      action: 'team.create',
      admit: async (ctx, record) => {
        await renamedFields(BODY_FIELDS, () => refuseOutOfScope(ctx.store, ctx.caller, 'teams', record));
        await refuseUnknown(ctx.store, 'Person', team.memberIds, (i) => `body.memberIds[${i}]`);
        if (team.problemId) await refuseUnknown(ctx.store, 'Problem', [team.problemId], () => 'body.problemId');
      },
      read: (ctx, id) => readTeam(ctx.store, id),
    },
    bundleTeam(team),
  );
}

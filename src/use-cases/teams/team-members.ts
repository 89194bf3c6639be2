import { z } from 'zod';
import { Id } from '../../domain';
import { AppError } from '../../shared/app-error';
import { refuseOutOfScope } from '../records/write-record';
import type { UseCaseContext } from '../use-case-context';
import { refuseUnknown, renamedFields } from './team-references';
import { readTeam, type TeamView } from './teams';

/** People joining and leaving a team in one step. */
export const TeamMemberChange = z
  .object({
    add: z.array(Id).max(200).default([]).describe('People joining it (IN_TEAM)'),
    remove: z.array(Id).max(200).default([]).describe('People leaving it'),
  })
  .refine((change) => change.add.length + change.remove.length > 0, {
    message: 'names nobody to add or remove',
    path: ['add'],
  });
export type TeamMemberChange = z.infer<typeof TeamMemberChange>;

/**
 * Adds and removes a team's people. A region-limited key changes its region's teams only, and
 * adds its region's people only (403 naming what lies elsewhere, checked before anything is
 * looked up, so the key learns nothing about other regions' ids); an unknown team is a 404, an
 * unknown person a 400 naming the field. Audited with the team before and after.
 */
export async function changeTeamMembers(
  ctx: UseCaseContext,
  teamId: string,
  change: TeamMemberChange,
): Promise<TeamView> {
  const asBundle = { id: teamId, members: change.add.map((personId) => ({ personId })) };
  await renamedFields([[/members\[(\d+)\]\.personId/g, 'add[$1]']], () =>
    refuseOutOfScope(ctx.store, ctx.caller, 'teams', asBundle),
  );
  const before = await readTeam(ctx.store, teamId);
  await refuseUnknown(ctx.store, 'Person', change.add, (i) => `body.add[${i}]`);
  const both = change.add.find((id) => change.remove.includes(id));
  if (both) throw AppError.badInput('body.remove', `'${both}' is also in add`);
  const team = { kind: 'Team' as const, id: teamId };
  if (change.remove.length > 0)
    await ctx.store.deleteRelationships(
      change.remove.map((personId) => ({ type: 'IN_TEAM', from: { kind: 'Person', id: personId }, to: team })),
    );
  if (change.add.length > 0)
    await ctx.store.upsertRelationships(
      change.add.map((personId) => ({ type: 'IN_TEAM', from: { kind: 'Person', id: personId }, to: team })),
    );
  const after = await readTeam(ctx.store, teamId);
  await ctx.audit('team.members', team, before, after);
  return after;
}

import { z } from 'zod';
import { Id } from '../../domain/common.schema';
import { TeamKind } from '../../domain/enums';
import { addTeam, NewTeam } from '../../use-cases/teams/add-team';
import { changeTeamMembers, TeamMemberChange } from '../../use-cases/teams/team-members';
import { listTeams, readTeam, TeamView } from '../../use-cases/teams/teams';
import { EVERYONE, route } from '../routing/route';
import { createRoute } from './create-route';
import { PageQuery, pageOf } from './pagination';
import { useCaseContext } from './use-case-context';

const ById = z.object({ id: Id });
/** Who forms teams: the chain secretary and a university liaison, as who posts problems. */
const TEAM_FORMERS = ['admin', 'secretary', 'university'] as const;

export const teamRoutes = [
  route({
    method: 'get',
    path: '/teams',
    tag: 'problems',
    summary: 'List teams (攻关联合体, 党员突击队, 先锋队) that can claim a problem',
    description:
      'With how many people each has and the problems it tackles already; cursor pagination by id. With `problem`, the teams tackling that problem (all of them, one page).',
    allow: EVERYONE,
    query: PageQuery.extend({
      kind: TeamKind.optional().describe('Only teams of this kind'),
      problem: Id.optional().describe('Only the teams tackling this problem (TACKLES)'),
    }),
    response: pageOf(TeamView),
    handle: async ({ query, app }) => listTeams(app.store, query),
  }),

  route({
    method: 'get',
    path: '/teams/:id',
    tag: 'problems',
    summary: 'Read a team',
    description: 'Its people are counted, not named: a 党员突击队’s members are party members (PIPL).',
    allow: EVERYONE,
    params: ById,
    response: TeamView,
    handle: async ({ params, app }) => readTeam(app.store, params.id),
  }),

  createRoute({
    path: '/teams',
    tag: 'problems',
    summary: 'Form a team (组建攻关团队), tackling a problem when one is named',
    description:
      'Its people (IN_TEAM, the leader among them) and the problem it tackles (TACKLES) must exist (400 naming the field). A region-scoped key forms teams of its region’s people for its region’s problems (403 naming the one outside).',
    allow: TEAM_FORMERS,
    body: NewTeam,
    response: TeamView,
    create: addTeam,
  }),

  route({
    method: 'post',
    path: '/teams/:id/members',
    tag: 'problems',
    summary: 'Add people to a team or remove them',
    description:
      'A region-scoped key changes its region’s teams and adds its region’s people only (403 naming what lies elsewhere); an unknown team is a 404, an unknown person a 400 naming the field.',
    allow: TEAM_FORMERS,
    params: ById,
    body: TeamMemberChange,
    response: TeamView,
    handle: async (input) => changeTeamMembers(useCaseContext(input), input.params.id, input.body),
  }),
];

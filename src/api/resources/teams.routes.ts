import { TeamKind } from '../../domain/enums';
import { listTeams, TeamView } from '../../use-cases/teams/teams';
import { EVERYONE, route } from '../routing/route';
import { PageQuery, pageOf } from './pagination';

export const teamRoutes = [
  route({
    method: 'get',
    path: '/teams',
    tag: 'problems',
    summary: 'List teams (攻关联合体, 党员突击队, 先锋队) that can claim a problem',
    description: 'With how many people each has and the problems it tackles already; cursor pagination by id.',
    allow: EVERYONE,
    query: PageQuery.extend({ kind: TeamKind.optional().describe('Only teams of this kind') }),
    response: pageOf(TeamView),
    handle: async ({ query, app }) => listTeams(app.store, query),
  }),
];

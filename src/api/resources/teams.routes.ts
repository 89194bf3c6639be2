import { z } from 'zod';
import { TeamKind } from '../../domain/enums';
import type { GraphNode, GraphStore } from '../../store/graph-store';
import { EVERYONE, route } from '../routing/route';
import { PageQuery, pageOf } from './pagination';
import { farEnds } from './related';

/**
 * A team as the tackling board picks it for 揭榜: what it is and what it already tackles. Its
 * members are counted, not named: a 党员突击队's members are party members, which only some
 * roles may see (PIPL).
 */
const TeamOut = z.object({
  id: z.string(),
  name: z.string(),
  kind: TeamKind,
  description: z.string(),
  memberCount: z.number().int().describe('People in the team (IN_TEAM)'),
  problemIds: z.array(z.string()).describe('The problems it tackles (TACKLES)'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
type TeamOut = z.infer<typeof TeamOut>;

async function withWork(store: GraphStore, nodes: GraphNode[]): Promise<TeamOut[]> {
  const ids = nodes.map((n) => n.id);
  const members = await farEnds(store, { fromKind: 'Team', ids, type: 'IN_TEAM', direction: 'in', toKind: 'Person' });
  const tackled = await farEnds(store, { fromKind: 'Team', ids, type: 'TACKLES', direction: 'out', toKind: 'Problem' });
  return nodes.map((node) => ({
    ...(node.props as Omit<TeamOut, 'memberCount' | 'problemIds'>),
    memberCount: members.get(node.id)?.length ?? 0,
    problemIds: (tackled.get(node.id) ?? []).map((p) => p.id).sort(),
  }));
}

export const teamRoutes = [
  route({
    method: 'get',
    path: '/teams',
    tag: 'problems',
    summary: 'List teams (攻关联合体, 党员突击队, 先锋队) that can claim a problem',
    description: 'With how many people each has and the problems it tackles already; cursor pagination by id.',
    allow: EVERYONE,
    query: PageQuery.extend({ kind: TeamKind.optional().describe('Only teams of this kind') }),
    response: pageOf(TeamOut),
    handle: async ({ query, app }) => {
      const page = await app.store.listNodes('Team', {
        limit: query.limit,
        ...(query.cursor ? { cursor: query.cursor } : {}),
        ...(query.kind ? { where: { kind: query.kind } } : {}),
      });
      return { items: await withWork(app.store, page.items), nextCursor: page.nextCursor };
    },
  }),
];

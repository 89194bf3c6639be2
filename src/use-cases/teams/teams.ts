import { z } from 'zod';
import { Team, type TeamKind } from '../../domain';
import { AppError } from '../../shared/app-error';
import type { GraphNode, GraphStore } from '../../store/graph-store';
import { storedSchema } from '../records/stored-record';
import { farEnds } from '../related-nodes';

/**
 * A team as the tackling board picks it for 揭榜: what it is and what it already tackles. Its
 * members are counted, not named: a 党员突击队's members are party members, which only some
 * roles may see (PIPL).
 */
export const TeamView = storedSchema(Team).extend({
  memberCount: z.number().int().describe('People in the team (IN_TEAM)'),
  problemIds: z.array(z.string()).describe('The problems it tackles (TACKLES)'),
});
export type TeamView = z.infer<typeof TeamView>;

async function withWork(store: GraphStore, nodes: GraphNode[]): Promise<TeamView[]> {
  const ids = nodes.map((n) => n.id);
  const members = await farEnds(store, { fromKind: 'Team', ids, type: 'IN_TEAM', direction: 'in', toKind: 'Person' });
  const tackled = await farEnds(store, { fromKind: 'Team', ids, type: 'TACKLES', direction: 'out', toKind: 'Problem' });
  return nodes.map((node) => ({
    ...(node.props as Omit<TeamView, 'memberCount' | 'problemIds'>),
    memberCount: members.get(node.id)?.length ?? 0,
    problemIds: (tackled.get(node.id) ?? []).map((p) => p.id).sort(),
  }));
}

/** A page of teams (of one kind, when asked) with how many people each has and what it tackles. */
export async function listTeams(
  store: GraphStore,
  query: { limit: number; cursor?: string | undefined; kind?: TeamKind | undefined; problem?: string | undefined },
): Promise<{ items: TeamView[]; nextCursor: string | null }> {
  if (query.problem) {
    const tackling = await teamsTackling(store, query.problem);
    return { items: tackling.filter((t) => !query.kind || t.kind === query.kind), nextCursor: null };
  }
  const page = await store.listNodes('Team', {
    limit: query.limit,
    ...(query.cursor ? { cursor: query.cursor } : {}),
    ...(query.kind ? { where: { kind: query.kind } } : {}),
  });
  return { items: await withWork(store, page.items), nextCursor: page.nextCursor };
}

/** A team with its member count and problems; 404 naming it when there is none. */
export async function readTeam(store: GraphStore, id: string): Promise<TeamView> {
  const node = await store.getNode('Team', id);
  if (!node) throw AppError.notFound(`Team '${id}'`);
  return (await withWork(store, [node]))[0]!;
}

/** The teams tackling one problem (TACKLES), in id order: a problem has a handful, so one page holds them all. */
export async function teamsTackling(store: GraphStore, problemId: string): Promise<TeamView[]> {
  const found = await store.follow({
    fromKind: 'Problem',
    ids: [problemId],
    type: 'TACKLES',
    direction: 'in',
    toKind: 'Team',
  });
  return withWork(
    store,
    [...found.nodes].sort((a, b) => a.id.localeCompare(b.id)),
  );
}

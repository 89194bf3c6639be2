import type { NodeKind } from '../../domain';
import { parseNodeKey, refKey } from '../../domain/node-key';
import { RecordPlaces } from '../../ingest/record-places';
import type { GraphNode } from '../../store/graph-store';
import { outcomesInScope } from '../outcomes/outcomes-in-scope';
import { farEnds, regionsOfEnterprises } from '../related-nodes';
import { regionAndAbove } from '../regions-above';
import type { UseCaseContext } from '../use-case-context';

type Reader = Pick<UseCaseContext, 'store' | 'scopes' | 'caller'>;

/**
 * How a region-limited key reads a node of each kind, as the kind's own routes read it
 * (docs/security.md, Who may do what):
 * - `open`: every key (the region tree and templates, institutions, party organisations, people
 *   masked by role, the open call's problems, teams and works, banks' and funds' products);
 * - `placed`: only where it lies; one placed nowhere is for keys without a region;
 * - `placedOrNowhere`: a department serving no region in particular is everyone's;
 * - `placedOrAbove`: a resource of a region in scope or above the key's (a city's serves its parks).
 * Where a node lies is where the region rules of writes place it (RecordPlaces), except an
 * outcome (where its advice was given, as GET /outcomes scopes it) and a member's move (the
 * membership or a managing organisation, as GET /people/:id/moves scopes it).
 */
export const READ_SCOPE: Readonly<Record<NodeKind, 'open' | 'placed' | 'placedOrNowhere' | 'placedOrAbove'>> = {
  Region: 'open',
  Chain: 'open',
  Segment: 'open',
  Institution: 'open',
  PartyOrg: 'open',
  Person: 'open',
  Work: 'open',
  Team: 'open',
  Problem: 'open',
  FinancialProduct: 'open',
  Enterprise: 'placed',
  Request: 'placed',
  Outcome: 'placed',
  TalentNeed: 'placed',
  FinancingNeed: 'placed',
  FinancingMeeting: 'placed',
  ActionProject: 'placed',
  InvestmentSquad: 'placed',
  SquadLead: 'placed',
  SquadVisit: 'placed',
  SquadTally: 'placed',
  MemberMove: 'placed',
  JointMeeting: 'placed',
  MeetingDecision: 'placed',
  Pledge: 'placed',
  Department: 'placedOrNowhere',
  ServiceResource: 'placedOrAbove',
};

/**
 * The nodes (by refKey) a caller may not read, by the rule of each kind's own routes: none for
 * a key without a region.
 *
 * @example await outOfScope(ctx, [department]) // Set { 'Department:dept-jz-edz' } for a 镇江 key
 */
export async function outOfScope(ctx: Reader, nodes: readonly GraphNode[]): Promise<Set<string>> {
  const scope = await ctx.scopes.of(ctx.caller);
  const refused = new Set<string>();
  if (scope === null) return refused;
  const scoped = nodes.filter((n) => READ_SCOPE[n.kind] !== 'open');
  const outcomes = scoped.filter((n) => n.kind === 'Outcome');
  const readable = new Set((await outcomesInScope(ctx, outcomes)).map(refKey));
  outcomes.filter((n) => !readable.has(refKey(n))).forEach((n) => refused.add(refKey(n)));

  const placed = await placesOf(
    ctx,
    scoped.filter((n) => n.kind !== 'Outcome'),
  );
  const above = scoped.some((n) => READ_SCOPE[n.kind] === 'placedOrAbove')
    ? new Set((await regionAndAbove(ctx.store, ctx.caller.regionId!)).slice(1))
    : new Set();
  for (const [key, regions] of placed) {
    const rule = READ_SCOPE[parseNodeKey(key).kind];
    const seen =
      regions.some((id) => scope.has(id)) ||
      (rule === 'placedOrNowhere' && regions.length === 0) ||
      (rule === 'placedOrAbove' && regions.some((id) => above.has(id)));
    if (!seen) refused.add(key);
  }
  return refused;
}

/** Where each node lies, by refKey: enterprises in one read, the rest by the write rules' places. */
async function placesOf(ctx: Reader, nodes: readonly GraphNode[]): Promise<Map<string, string[]>> {
  const enterprises = nodes.filter((n) => n.kind === 'Enterprise').map((n) => n.id);
  const located = await regionsOfEnterprises(ctx.store, enterprises);
  const places = new Map(enterprises.map((id) => [refKey({ kind: 'Enterprise', id }), located.get(id) ?? []]));
  const records = new RecordPlaces(ctx.store, [], new Map());
  const others = nodes.filter((n) => n.kind !== 'Enterprise');
  const moves = others.filter((n) => n.kind === 'MemberMove');
  const movers = await farEnds(ctx.store, {
    fromKind: 'MemberMove',
    ids: moves.map((n) => n.id),
    type: 'MOVE_OF',
    direction: 'out',
    toKind: 'Person',
  });
  await Promise.all(
    others.map(async (node) =>
      places.set(
        refKey(node),
        node.kind === 'MemberMove'
          ? await memberRegions(
              ctx,
              (movers.get(node.id) ?? []).map((p) => p.id),
            )
          : await records.now(node.kind, node.id),
      ),
    ),
  );
  return places;
}

/** The regions of people's membership and managing organisations (not their workplaces). */
async function memberRegions(ctx: Reader, people: string[]): Promise<string[]> {
  const regions: string[] = [];
  for (const type of ['MEMBER_OF', 'MANAGED_BY'] as const) {
    const orgs = await farEnds(ctx.store, {
      fromKind: 'Person',
      ids: people,
      type,
      direction: 'out',
      toKind: 'PartyOrg',
    });
    for (const org of [...orgs.values()].flat()) regions.push(...(await ctx.scopes.regionsOf('PartyOrg', org.id)));
  }
  return regions;
}

import type { NodeKind, RelType } from '../../domain';
import type { SquadVisitOutcome } from '../../domain/squad.schema';
import { allNodes } from '../../store/all-nodes';
import type { GraphNode, GraphStore } from '../../store/graph-store';

type Ref = { id: string; name: string };
type Props = Record<string, unknown>;

export interface CatalogueLead {
  id: string;
  props: Props;
  enterprise: Ref | null;
  chain: Ref | null;
}

export interface CatalogueVisit {
  id: string;
  props: Props;
  date: string;
  outcome: SquadVisitOutcome;
  enterprise: Ref | null;
  visitors: Ref[];
}

export interface CatalogueSquad {
  id: string;
  props: Props;
  region: Ref | null;
  chains: Ref[];
  leader: Ref | null;
  members: Ref[];
  leads: CatalogueLead[];
  visits: CatalogueVisit[];
}

const nameOf = (n: GraphNode): Ref => ({ id: n.id, name: String(n.props['name'] ?? n.props['title'] ?? n.id) });
const byId = (a: Ref, b: Ref) => a.id.localeCompare(b.id);

/**
 * Everything the squad answers show, read in a few follows from the squads: their regions,
 * chains, members and leaders, the leads they were given with each lead's enterprise and chain,
 * and their visits with whom they met and who went. Squad lists are computed on request.
 */
export async function readSquads(store: GraphStore, only?: string): Promise<CatalogueSquad[]> {
  const squads = only
    ? [await store.getNode('InvestmentSquad', only)].filter((n): n is GraphNode => n !== null)
    : await allNodes(store, 'InvestmentSquad');
  const ids = squads.map((s) => s.id);
  if (ids.length === 0) return [];
  const ends = async (fromKind: NodeKind, from: string[], type: RelType, direction: 'in' | 'out', toKind: NodeKind) => {
    const found = await store.follow({ fromKind, ids: from, type, direction, toKind });
    const nodes = new Map(found.nodes.map((n) => [n.id, n]));
    const out = new Map<string, GraphNode[]>();
    for (const e of found.edges) {
      const [near, far] = direction === 'out' ? [e.from.id, e.to.id] : [e.to.id, e.from.id];
      const node = nodes.get(far);
      if (node) out.set(near, [...(out.get(near) ?? []), node]);
    }
    return out;
  };
  const [regions, chains, members, leaders, leadNodes, visitNodes] = await Promise.all([
    ends('InvestmentSquad', ids, 'SQUAD_IN', 'out', 'Region'),
    ends('InvestmentSquad', ids, 'SQUAD_ON_CHAIN', 'out', 'Chain'),
    ends('InvestmentSquad', ids, 'SQUAD_MEMBER', 'in', 'Person'),
    ends('InvestmentSquad', ids, 'LEADS_SQUAD', 'in', 'Person'),
    ends('InvestmentSquad', ids, 'ASSIGNED_TO_SQUAD', 'in', 'SquadLead'),
    ends('InvestmentSquad', ids, 'VISIT_BY_SQUAD', 'in', 'SquadVisit'),
  ]);
  const leadIds = [...leadNodes.values()].flat().map((n) => n.id);
  const visitIds = [...visitNodes.values()].flat().map((n) => n.id);
  const [leadTargets, leadChains, visited, visitors] = await Promise.all([
    ends('SquadLead', leadIds, 'LEAD_TARGET', 'out', 'Enterprise'),
    ends('SquadLead', leadIds, 'SQUAD_ON_CHAIN', 'out', 'Chain'),
    ends('SquadVisit', visitIds, 'VISITED', 'out', 'Enterprise'),
    ends('SquadVisit', visitIds, 'VISITED_WITH', 'out', 'Person'),
  ]);
  const first = (m: Map<string, GraphNode[]>, id: string) => {
    const n = m.get(id)?.[0];
    return n ? nameOf(n) : null;
  };
  return squads.map((s) => ({
    id: s.id,
    props: s.props,
    region: first(regions, s.id),
    chains: (chains.get(s.id) ?? []).map(nameOf).sort(byId),
    leader: first(leaders, s.id),
    members: (members.get(s.id) ?? []).map(nameOf).sort(byId),
    leads: (leadNodes.get(s.id) ?? [])
      .map((l) => ({ id: l.id, props: l.props, enterprise: first(leadTargets, l.id), chain: first(leadChains, l.id) }))
      .sort(
        (a, b) =>
          String(a.props['assignedOn']).localeCompare(String(b.props['assignedOn'])) || a.id.localeCompare(b.id),
      ),
    visits: (visitNodes.get(s.id) ?? [])
      .map((v) => ({
        id: v.id,
        props: v.props,
        date: String(v.props['date'] ?? ''),
        outcome: v.props['outcome'] as SquadVisitOutcome,
        enterprise: first(visited, v.id),
        visitors: (visitors.get(v.id) ?? []).map(nameOf).sort(byId),
      }))
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
  }));
}

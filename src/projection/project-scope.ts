import { NODE_KINDS, REL_TYPES, type NodeKind, type NodeRef, type RelType } from '../domain';
import { NotFoundGraphError, UsageGraphError } from 'graphology';
import { AppError } from '../shared/app-error';
import type { GraphEdge, GraphNode, GraphStore } from '../store/graph-store';
import { nodeKey, refKey } from '../domain/node-key';
import { emptyProjection, idsOfKind, type ProjectedGraph } from './projected-graph';
import type { Scope } from './scope';
import { canReadWholeGraph } from '../store/whole-graph-reader';

/**
 * Builds the typed graphology graph for a scope from any GraphStore, using only the port's reads
 * (paged `listNodes`, `follow`, and for the whole graph `allRelationships`), so both stores
 * yield the same graph for the same data. The whole graph (no scope) is every node and every
 * relationship.
 *
 * What is in it: every region (the tree is small and proximity needs it); the scope's chains,
 * their segments and the segments one FEEDS hop away (links across chains); enterprises located
 * in the scope's regions or producing the scope's segments anywhere (the candidates "elsewhere");
 * every institution; the party organisations covering them, on the chains or in the regions,
 * with their UNDER ancestors and pairings; the people working at, instructing, serving as 企业秘书
 * or leading them, with their works and teams; the problems posted or about the segments; the
 * requests raised; every department, its region, staff in the graph and calls.
 * A relationship is kept when both its ends are in the graph.
 */
export async function projectScope(store: GraphStore, scope: Scope): Promise<ProjectedGraph> {
  const p = new Projector(store);
  if (!scope.regionId && !scope.chainIds) return projectWholeGraph(p, store);
  const regionIds = await addRegions(p, scope.regionId);
  await addChains(p, store, scope.chainIds);
  const enterprises = await addEnterprises(p, scope, regionIds);
  await p.addAll('Institution');
  await p.edges('Institution', 'LOCATED_IN', 'out', 'Region');
  await addPartyOrgs(p, enterprises, regionIds);
  await addPeople(p, enterprises);
  await addProblemsAndRequests(p, enterprises);
  await addDepartments(p);
  return p.graph;
}

/** Every department (a park has a few dozen) with its region and staff, and the requests' calls on them. */
async function addDepartments(p: Projector): Promise<void> {
  await p.addAll('Department');
  await p.edges('Department', 'IN_REGION', 'out', 'Region');
  await p.edges('Request', 'CALLS', 'out', 'Department');
  await p.edges('Person', 'WORKS_AT', 'out', 'Department');
}

/**
 * Every node and every relationship, each read once: far cheaper than following steps from a
 * province's 100,000 enterprises (minutes from Neo4j), and the same graph. A store that streams
 * the whole graph itself (Neo4j: parallel, lean reads) is read that way, 2–3 times faster than
 * through the port's pages.
 */
async function projectWholeGraph(p: Projector, store: GraphStore): Promise<ProjectedGraph> {
  if (canReadWholeGraph(store)) {
    await store.readWholeGraph({
      node: (kind, id, props) => p.add({ kind, id, props }),
      edge: (type, fromKey, toKey, props) => p.addStreamedEdge(type, fromKey, toKey, props),
    });
    return p.graph;
  }
  for (const kind of NODE_KINDS) await p.addAll(kind);
  for (const type of REL_TYPES) (await store.allRelationships(type)).forEach((edge) => p.addEdge(edge));
  return p.graph;
}

/** Every region and the tree; answers the scope's regions (the region and those below it, or all). */
async function addRegions(p: Projector, regionId: string | undefined): Promise<string[]> {
  await p.addAll('Region');
  if (regionId && !p.graph.hasNode(nodeKey('Region', regionId))) throw AppError.notFound(`Region '${regionId}'`);
  await p.edges('Region', 'PART_OF', 'out', 'Region');
  return regionId ? p.subtree(regionId) : idsOfKind(p.graph, 'Region');
}

/** The scope's chains (or all), their segments and the segments one FEEDS hop away. */
async function addChains(p: Projector, store: GraphStore, chainIds: readonly string[] | undefined): Promise<void> {
  if (chainIds) {
    for (const id of chainIds) {
      const chain = await store.getNode('Chain', id);
      if (!chain) throw AppError.notFound(`Chain '${id}'`);
      p.add(chain);
    }
  } else await p.addAll('Chain');
  await p.follow('Chain', idsOfKind(p.graph, 'Chain'), 'PART_OF', 'in', 'Segment');
  const chainSegments = idsOfKind(p.graph, 'Segment');
  await p.follow('Segment', chainSegments, 'FEEDS', 'out', 'Segment');
  await p.follow('Segment', chainSegments, 'FEEDS', 'in', 'Segment');
}

/** Enterprises in the scope's regions or producing its segments, with their ties; answers their ids. */
async function addEnterprises(p: Projector, scope: Scope, regionIds: string[]): Promise<string[]> {
  if (scope.regionId) await p.follow('Region', regionIds, 'LOCATED_IN', 'in', 'Enterprise');
  if (scope.chainIds) await p.follow('Segment', idsOfKind(p.graph, 'Segment'), 'IN_SEGMENT', 'in', 'Enterprise');
  const enterprises = idsOfKind(p.graph, 'Enterprise');
  await p.follow('Enterprise', enterprises, 'IN_SEGMENT', 'out', 'Segment');
  await p.follow('Enterprise', enterprises, 'NEEDS', 'out', 'Segment');
  await p.follow('Segment', idsOfKind(p.graph, 'Segment'), 'PART_OF', 'out', 'Chain');
  await p.edges('Enterprise', 'LOCATED_IN', 'out', 'Region');
  await p.edges('Enterprise', 'SUPPLIES', 'out', 'Enterprise');
  await p.edges('Enterprise', 'CHAIN_MASTER_OF', 'out', 'Chain');
  return enterprises;
}

/** The party organisations covering them, on the chains or in the regions, their UNDER ancestors and pairings. */
async function addPartyOrgs(p: Projector, enterprises: string[], regionIds: string[]): Promise<void> {
  await p.follow('Enterprise', enterprises, 'COVERS', 'in', 'PartyOrg');
  await p.follow('Institution', idsOfKind(p.graph, 'Institution'), 'COVERS', 'in', 'PartyOrg');
  await p.follow('Chain', idsOfKind(p.graph, 'Chain'), 'ON_CHAIN', 'in', 'PartyOrg');
  await p.follow('Region', regionIds, 'IN_REGION', 'in', 'PartyOrg');
  await p.closeUpwards('PartyOrg', 'UNDER');
  await p.follow('PartyOrg', idsOfKind(p.graph, 'PartyOrg'), 'PAIRED_WITH', 'out', 'PartyOrg');
  for (const [type, to] of [
    ['COVERS', 'Enterprise'],
    ['COVERS', 'Institution'],
    ['ON_CHAIN', 'Chain'],
    ['IN_REGION', 'Region'],
    ['UNDER', 'PartyOrg'],
  ] as const) {
    await p.edges('PartyOrg', type, 'out', to);
  }
}

/** The people working at, instructing or leading them, with their works and teams. */
async function addPeople(p: Projector, enterprises: string[]): Promise<void> {
  await p.follow('Enterprise', enterprises, 'WORKS_AT', 'in', 'Person');
  await p.follow('Institution', idsOfKind(p.graph, 'Institution'), 'WORKS_AT', 'in', 'Person');
  await p.follow('Enterprise', enterprises, 'INSTRUCTS', 'in', 'Person');
  await p.follow('Enterprise', enterprises, 'SECRETARY_OF', 'in', 'Person');
  await p.follow('Chain', idsOfKind(p.graph, 'Chain'), 'CHIEF_OF', 'in', 'Person');
  const people = idsOfKind(p.graph, 'Person');
  await p.follow('Person', people, 'AUTHORED', 'out', 'Work');
  await p.follow('Person', people, 'IN_TEAM', 'out', 'Team');
  await p.edges('Person', 'WORKS_AT', 'out', 'Enterprise');
  await p.edges('Person', 'WORKS_AT', 'out', 'Institution');
  await p.edges('Person', 'MEMBER_OF', 'out', 'PartyOrg');
  await p.edges('Person', 'MANAGED_BY', 'out', 'PartyOrg');
}

/** The problems posted or about the segments, the teams tackling them, the requests raised. */
async function addProblemsAndRequests(p: Projector, enterprises: string[]): Promise<void> {
  await p.follow('Enterprise', enterprises, 'POSTED', 'out', 'Problem');
  await p.follow('Institution', idsOfKind(p.graph, 'Institution'), 'POSTED', 'out', 'Problem');
  await p.follow('Segment', idsOfKind(p.graph, 'Segment'), 'ABOUT', 'in', 'Problem');
  await p.edges('Team', 'TACKLES', 'out', 'Problem');

  await p.follow('Enterprise', enterprises, 'RAISED_BY', 'in', 'Request');
  await p.edges('Request', 'ASSIGNED_TO', 'out', 'Person');
}

/**
 * Accumulates nodes and edges; an edge is added once both ends are present. The whole graph is
 * read as every node first and every relationship after: a node created or deleted in between
 * (the store is live) leaves relationships whose end was not listed, and those are skipped rather
 * than failing the projection (the change log brings them in).
 */
class Projector {
  readonly graph: ProjectedGraph = emptyProjection();

  constructor(private readonly store: GraphStore) {}

  add(node: GraphNode): void {
    const key = refKey(node);
    if (!this.graph.hasNode(key)) this.graph.addNode(key, { kind: node.kind, id: node.id, props: node.props });
  }

  addEdge(edge: GraphEdge): void {
    this.addEdgeBetween(edge.type, refKey(edge.from), refKey(edge.to), edge.props);
  }

  /** An edge between two node keys, skipped when an end is missing, kept once. */
  addEdgeBetween(type: RelType, from: string, to: string, props: Record<string, unknown>): void {
    if (!(this.graph.hasNode(from) && this.graph.hasNode(to))) return;
    const key = `${type}|${from}|${to}`;
    if (!this.graph.hasEdge(key)) this.graph.addDirectedEdgeWithKey(key, from, to, { type, props });
  }

  /**
   * The same for a whole-graph read, where an edge comes once and a missing end is rare (written
   * after the nodes were read): graphology's own checks find those, and only those are skipped.
   * Checking first looked every key up twice, a fifth of a province's projection.
   */
  addStreamedEdge(type: RelType, from: string, to: string, props: Record<string, unknown>): void {
    try {
      this.graph.addDirectedEdgeWithKey(`${type}|${from}|${to}`, from, to, { type, props });
    } catch (error) {
      if (!(error instanceof NotFoundGraphError || error instanceof UsageGraphError)) throw error;
    }
  }

  async addAll(kind: NodeKind): Promise<void> {
    let cursor: string | undefined;
    do {
      const page = await this.store.listNodes(kind, { limit: 1000, ...(cursor ? { cursor } : {}) });
      page.items.forEach((node) => this.add(node));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  /** Adds the far nodes of one step and the relationships to them. */
  async follow(
    fromKind: NodeKind,
    ids: string[],
    type: RelType,
    direction: 'out' | 'in',
    toKind: NodeKind,
  ): Promise<void> {
    if (ids.length === 0) return;
    const found = await this.store.follow({ fromKind, ids, type, direction, toKind });
    found.nodes.forEach((node) => this.add(node));
    found.edges.forEach((edge) => this.addEdge(edge));
  }

  /** Adds only the relationships of one step between nodes already present. */
  async edges(fromKind: NodeKind, type: RelType, direction: 'out' | 'in', toKind: NodeKind): Promise<void> {
    const ids = idsOfKind(this.graph, fromKind);
    if (ids.length === 0) return;
    const found = await this.store.follow({ fromKind, ids, type, direction, toKind });
    found.edges.forEach((edge) => this.addEdge(edge));
  }

  /** Follows a hierarchy type upwards until no new node appears (party-org UNDER chains). */
  async closeUpwards(kind: NodeKind, type: RelType): Promise<void> {
    let frontier = idsOfKind(this.graph, kind);
    while (frontier.length > 0) {
      const found = await this.store.follow({ fromKind: kind, ids: frontier, type, direction: 'out', toKind: kind });
      const fresh = found.nodes.filter((node) => !this.graph.hasNode(refKey(node)));
      found.nodes.forEach((node) => this.add(node));
      frontier = fresh.map((node) => node.id);
    }
  }

  /** A region and every region PART_OF it, at any depth. */
  subtree(regionId: string): string[] {
    const seen = new Set<string>([regionId]);
    const queue: NodeRef[] = [{ kind: 'Region', id: regionId }];
    while (queue.length > 0) {
      const key = refKey(queue.shift() as NodeRef);
      this.graph.forEachInEdge(key, (_edge, attributes, source) => {
        const child = this.graph.getNodeAttributes(source);
        if (attributes.type === 'PART_OF' && child.kind === 'Region' && !seen.has(child.id)) {
          seen.add(child.id);
          queue.push({ kind: 'Region', id: child.id });
        }
      });
    }
    return [...seen];
  }
}

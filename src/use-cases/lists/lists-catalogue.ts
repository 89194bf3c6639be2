import type { NodeKind, RelType, RequestKind, ResourceKind } from '../../domain';
import type { ListNeed, ListResource, NeedSource } from '../../match/lists';
import { allNodes } from '../../store/all-nodes';
import type { GraphNode, GraphStore } from '../../store/graph-store';
import { reach, readEnterprises, type Met } from '../finance/finance-catalogue';

/**
 * Everything the three lists (3张清单) show, gathered from the store: the needs list made of the
 * enterprises' open and closed asks (requests with their kinds, talent needs, financing needs),
 * each with its enterprise (its regions upwards, its chains); the departments' resources with
 * their departments, regions and chains; the action projects with theirs; the resource_matched
 * outcomes per need and per resource; the names for the answers. Lists of a province's parks
 * number in the thousands at most, so they are read whole, the rest as far as they reach.
 */
export interface ListsCatalogue {
  needs: ListNeed[];
  resources: ListResource[];
  projects: GraphNode[];
  /** The project's region, chains, department and owner. */
  projectEnds: Map<string, { regionId?: string; chainIds: string[]; departmentId?: string; ownerId?: string }>;
  needProps: Map<string, Record<string, unknown>>;
  resourceProps: Map<string, Record<string, unknown>>;
  /** The enterprise's own region (not those above). */
  homeRegion: Map<string, string | undefined>;
  /** resource_matched outcomes: per need id, per resource id. */
  matchedNeeds: Map<string, number>;
  matchedResources: Map<string, number>;
  /** Region id → its id and those of the regions below it, for a region asked for. */
  names: Map<string, string>;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/** How each kind of ask joins the needs list: the tie to its enterprise, what it asks, when it is open. */
const ASKS: readonly {
  source: NeedSource;
  type: RelType;
  category: (props: Record<string, unknown>) => RequestKind;
  text: (props: Record<string, unknown>) => string;
  open: (status: string | undefined) => boolean;
}[] = [
  {
    source: 'Request',
    type: 'RAISED_BY',
    category: (p) => (str(p['kind']) ?? 'other') as RequestKind,
    text: (p) => str(p['description']) ?? '',
    open: (s) => s === undefined || ['raised', 'dispatched', 'accepted'].includes(s),
  },
  {
    source: 'TalentNeed',
    type: 'NEEDED_BY',
    category: () => 'talent',
    text: (p) => [...strings(p['skills']), str(p['description']) ?? ''].join(' '),
    open: (s) => s === undefined || s === 'open',
  },
  {
    source: 'FinancingNeed',
    type: 'SOUGHT_BY',
    category: () => 'financing',
    text: (p) => str(p['purpose']) ?? '',
    open: (s) => s === undefined || s === 'open',
  },
];

export const needKey = (source: NeedSource, id: string) => `${source}:${id}`;

export async function readListsCatalogue(store: GraphStore): Promise<ListsCatalogue> {
  const names = new Map<string, string>();
  const met: Met = { names, props: new Map() };
  const asked: { ask: (typeof ASKS)[number]; node: GraphNode; enterprise: string }[] = [];
  for (const ask of ASKS) {
    const nodes = await allNodes(store, ask.source);
    const by = await reach(store, met, {
      fromKind: ask.source,
      ids: nodes.map((n) => n.id),
      type: ask.type,
      toKind: 'Enterprise',
    });
    for (const node of nodes) {
      const enterprise = by.get(node.id)?.[0];
      // a park-wide action (a request IN_REGION) is no enterprise's need
      if (enterprise) asked.push({ ask, node, enterprise });
    }
  }
  const enterprises = await readEnterprises(store, met, [...new Set(asked.map((a) => a.enterprise))]);
  const needProps = new Map<string, Record<string, unknown>>();
  const needs: ListNeed[] = asked.flatMap(({ ask, node, enterprise }) => {
    const e = enterprises.get(enterprise);
    if (!e) return [];
    needProps.set(needKey(ask.source, node.id), node.props);
    return [
      {
        id: node.id,
        source: ask.source,
        category: ask.category(node.props),
        title: String(node.props['title'] ?? node.id),
        text: ask.text(node.props),
        open: ask.open(str(node.props['status'])),
        enterprise: { id: e.id, name: e.name, regionIds: [...e.regionIds], chainIds: [...e.chainIds] },
      },
    ];
  });

  const resourceNodes = await allNodes(store, 'ServiceResource');
  const rIds = resourceNodes.map((n) => n.id);
  const ofResource = (type: RelType, toKind: NodeKind) =>
    reach(store, met, { fromKind: 'ServiceResource', ids: rIds, type, toKind });
  const [byDepartment, byPartyOrg, rRegion, rChains] = [
    await ofResource('PROVIDED_BY', 'Department'),
    await ofResource('PROVIDED_BY', 'PartyOrg'),
    await ofResource('IN_REGION', 'Region'),
    await ofResource('FOR_CHAIN', 'Chain'),
  ];
  // a resource naming no region serves where its department (or party organisation) does
  const regionOf = async (fromKind: 'Department' | 'PartyOrg', by: Map<string, string[]>) =>
    reach(store, met, { fromKind, ids: [...new Set([...by.values()].flat())], type: 'IN_REGION', toKind: 'Region' });
  const departmentRegion = new Map([
    ...(await regionOf('PartyOrg', byPartyOrg)),
    ...(await regionOf('Department', byDepartment)),
  ]);
  const resources: ListResource[] = resourceNodes.flatMap((n) => {
    const department = byDepartment.get(n.id)?.[0] ?? byPartyOrg.get(n.id)?.[0];
    if (!department) return [];
    const kind = byDepartment.has(n.id) ? 'Department' : 'PartyOrg';
    return [
      {
        id: n.id,
        name: String(n.props['name'] ?? n.id),
        kind: (str(n.props['kind']) ?? 'other') as ResourceKind,
        description: str(n.props['description']) ?? '',
        keywords: strings(n.props['keywords']),
        department: { id: department, name: names.get(`${kind}:${department}`) ?? department },
        regionId: rRegion.get(n.id)?.[0] ?? departmentRegion.get(department)?.[0],
        chainIds: [...(rChains.get(n.id) ?? [])].sort(),
        validUntil: str(n.props['validUntil']),
      },
    ];
  });

  const projects = await allNodes(store, 'ActionProject');
  const pIds = projects.map((n) => n.id);
  const ofProject = (type: RelType, toKind: NodeKind) =>
    reach(store, met, { fromKind: 'ActionProject', ids: pIds, type, toKind });
  const [pRegion, pChains, ledBy, ownedBy] = [
    await ofProject('IN_REGION', 'Region'),
    await ofProject('FOR_CHAIN', 'Chain'),
    await ofProject('LED_BY', 'Department'),
    await ofProject('OWNED_BY', 'Person'),
  ];
  const projectEnds = new Map(
    projects.map((p) => [
      p.id,
      {
        ...(pRegion.get(p.id)?.[0] ? { regionId: pRegion.get(p.id)![0]! } : {}),
        chainIds: [...(pChains.get(p.id) ?? [])].sort(),
        ...(ledBy.get(p.id)?.[0] ? { departmentId: ledBy.get(p.id)![0]! } : {}),
        ...(ownedBy.get(p.id)?.[0] ? { ownerId: ownedBy.get(p.id)![0]! } : {}),
      },
    ]),
  );
  // the names of what the lists show but no follow has met yet (a project's region and chains)
  await nameAll(
    store,
    met,
    'Region',
    [...projectEnds.values()].flatMap((e) => (e.regionId ? [e.regionId] : [])),
  );
  await nameAll(
    store,
    met,
    'Chain',
    [...projectEnds.values()].flatMap((e) => e.chainIds),
  );

  const matchedNeeds = new Map<string, number>();
  const matchedResources = new Map<string, number>();
  for (const o of await allNodes(store, 'Outcome', { engine: 'lists', result: 'resource_matched' })) {
    const subject = needKey((str(o.props['qualifier']) ?? 'Request') as NeedSource, String(o.props['subjectId']));
    const candidate = String(o.props['candidateId']);
    matchedNeeds.set(subject, (matchedNeeds.get(subject) ?? 0) + 1);
    matchedResources.set(candidate, (matchedResources.get(candidate) ?? 0) + 1);
  }
  return {
    needs,
    resources,
    projects,
    projectEnds,
    needProps,
    resourceProps: new Map(resourceNodes.map((n) => [n.id, n.props])),
    homeRegion: new Map([...enterprises.values()].map((e) => [e.id, e.regionIds[0]])),
    matchedNeeds,
    matchedResources,
    names,
  };
}

async function nameAll(store: GraphStore, met: Met, kind: NodeKind, ids: string[]): Promise<void> {
  for (const id of new Set(ids)) {
    if (met.names.has(`${kind}:${id}`)) continue;
    const node = await store.getNode(kind, id);
    if (node) met.names.set(`${kind}:${id}`, String(node.props['name'] ?? id));
  }
}

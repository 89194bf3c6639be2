import { get } from '../api/client';
import type {
  Candidate,
  Chain,
  ChainDetail,
  Enterprise,
  ListAnswer,
  Page,
  Problem,
  Region,
  ServiceRequest,
} from '../api/types';
import { nodeKey, type GraphEdgeRef, type GraphNodeRef } from './node-kinds';

export interface Neighbourhood {
  nodes: GraphNodeRef[];
  edges: GraphEdgeRef[];
}

/**
 * A node's neighbours, put together from the resource calls of the API (it has no general
 * neighbourhood call): an enterprise's region, segments and best partners, a segment's chain,
 * feeds and producers, a problem's candidates, a party organisation's pairings, and so on.
 */
export async function neighbourhood(kind: string, id: string): Promise<Neighbourhood> {
  const out = new Collector(kind, id);
  const expand = EXPANDERS[kind];
  if (expand) await expand(id, out);
  return out.result();
}

class Collector {
  private readonly nodes = new Map<string, GraphNodeRef>();
  private readonly edges: GraphEdgeRef[] = [];
  private readonly centre: string;
  constructor(kind: string, id: string) {
    this.centre = nodeKey(kind, id);
  }
  /** A neighbour and the tie from the centre to it (or from it to the centre when `inward`). */
  add(node: GraphNodeRef, zh: string, en: string, inward = false): void {
    const key = nodeKey(node.kind, node.id);
    if (key === this.centre) return;
    this.nodes.set(key, node);
    this.edges.push(inward ? { from: key, to: this.centre, zh, en } : { from: this.centre, to: key, zh, en });
  }
  result(): Neighbourhood {
    return { nodes: [...this.nodes.values()], edges: this.edges };
  }
}

type Expander = (id: string, out: Collector) => Promise<void>;

let segmentIndex: Promise<Map<string, { name: string; chain: Chain; feeds: string[] }>> | null = null;
/** Every segment with its chain and what it feeds, read once per page (chains change rarely). */
function segments() {
  segmentIndex ??= (async () => {
    const chains = (await get<Page<Chain>>('chains', { limit: 1000 })).body.items;
    const details = await Promise.all(chains.map((c) => get<ChainDetail>(`chains/${encodeURIComponent(c.id)}`)));
    const index = new Map<string, { name: string; chain: Chain; feeds: string[] }>();
    details.forEach(({ body }, i) => {
      for (const s of body.segments) index.set(s.id, { name: s.name, chain: chains[i]!, feeds: s.feeds });
    });
    return index;
  })();
  return segmentIndex;
}

let regionNames: Promise<Map<string, string>> | null = null;
function regions() {
  regionNames ??= get<Page<Region>>('regions', { limit: 1000 }).then(
    ({ body }) => new Map(body.items.map((r) => [r.id, r.name])),
  );
  return regionNames;
}

let orgNames: Promise<Map<string, string>> | null = null;
function partyOrgs() {
  orgNames ??= get<Page<Region>>('party-orgs', { limit: 1000 }).then(
    ({ body }) => new Map(body.items.map((o) => [o.id, o.name])),
  );
  return orgNames;
}

const candidatesOf = (list: ListAnswer, take: number): Candidate[] => list.candidates.slice(0, take);

const EXPANDERS: Record<string, Expander> = {
  Enterprise: async (id, out) => {
    const path = `enterprises/${encodeURIComponent(id)}`;
    const [{ body: e }, index, names] = await Promise.all([get<Enterprise>(path), segments(), regions()]);
    if (e.regionId)
      out.add({ kind: 'Region', id: e.regionId, label: names.get(e.regionId) ?? e.regionId }, '位于', 'located in');
    for (const s of e.segments)
      out.add({ kind: 'Segment', id: s, label: index.get(s)?.name ?? s }, '生产环节', 'produces in');
    for (const s of e.needsSegments)
      out.add({ kind: 'Segment', id: s, label: index.get(s)?.name ?? s }, '需求环节', 'needs');
    for (const direction of ['upstream', 'downstream'] as const) {
      const { body } = await get<ListAnswer>(`${path}/partners`, { direction, limit: 5 });
      for (const c of candidatesOf(body, 5))
        out.add(
          { kind: 'Enterprise', id: c.id, label: c.name ?? c.id },
          direction === 'upstream' ? '上游候选' : '下游候选',
          direction === 'upstream' ? 'upstream candidate' : 'downstream candidate',
          direction === 'upstream',
        );
    }
  },
  Segment: async (id, out) => {
    const index = await segments();
    const here = index.get(id);
    if (here) out.add({ kind: 'Chain', id: here.chain.id, label: here.chain.name }, '属于', 'part of');
    for (const next of here?.feeds ?? [])
      out.add({ kind: 'Segment', id: next, label: index.get(next)?.name ?? next }, '供给', 'feeds');
    for (const [other, s] of index)
      if (s.feeds.includes(id)) out.add({ kind: 'Segment', id: other, label: s.name }, '供给', 'feeds', true);
    const { body } = await get<Page<Enterprise>>('enterprises', { segment: id, limit: 30 });
    for (const e of body.items)
      out.add({ kind: 'Enterprise', id: e.id, label: e.name }, '生产环节', 'produces in', true);
  },
  Chain: async (id, out) => {
    const { body } = await get<ChainDetail>(`chains/${encodeURIComponent(id)}`);
    for (const s of body.segments) out.add({ kind: 'Segment', id: s.id, label: s.name }, '属于', 'part of', true);
  },
  Region: async (id, out) => {
    const { body } = await get<Page<Enterprise>>('enterprises', { region: id, limit: 50 });
    for (const e of body.items) out.add({ kind: 'Enterprise', id: e.id, label: e.name }, '位于', 'located in', true);
  },
  Problem: async (id, out) => {
    const { body } = await get<{ experts: ListAnswer; institutions: ListAnswer }>(
      `problems/${encodeURIComponent(id)}/candidates`,
      { limit: 5 },
    );
    for (const c of [...candidatesOf(body.experts, 5), ...candidatesOf(body.institutions, 5)])
      out.add({ kind: c.kind, id: c.id, label: c.name ?? c.id }, '攻关候选', 'tackling candidate');
  },
  Person: async (id, out) => {
    const { body } = await get<{ items: { problemId: string; title: string }[] }>(
      `people/${encodeURIComponent(id)}/problems`,
      { limit: 5 },
    );
    for (const p of body.items)
      out.add({ kind: 'Problem', id: p.problemId, label: p.title }, '适合的难题', 'fits problem');
  },
  PartyOrg: async (id, out) => {
    const [{ body }, names] = await Promise.all([
      get<{ pairings: { with: string }[] }>(`party-orgs/${encodeURIComponent(id)}`),
      partyOrgs(),
    ]);
    for (const p of body.pairings)
      out.add({ kind: 'PartyOrg', id: p.with, label: names.get(p.with) ?? p.with }, '结对共建', 'paired with');
  },
  Request: async (id, out) => {
    const { body } = await get<ServiceRequest>(`requests/${encodeURIComponent(id)}`);
    if (body.raisedBy) {
      const e = await get<Enterprise>(`enterprises/${encodeURIComponent(body.raisedBy)}`);
      out.add({ kind: 'Enterprise', id: body.raisedBy, label: e.body.name }, '点单企业', 'raised by');
    }
    if (body.assignedTo) {
      const p = await get<Problem & { name: string }>(`people/${encodeURIComponent(body.assignedTo)}`);
      out.add({ kind: 'Person', id: body.assignedTo, label: p.body.name }, '承接人', 'assigned to');
    }
  },
};

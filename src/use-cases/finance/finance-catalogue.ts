import type { FinancingKind, FinancingNeedStatus, FinancingStage, NodeKind, RelType } from '../../domain';
import type { FinanceEnterprise, FinanceNeed, FinanceProduct, SigningRecord } from '../../match/finance';
import { allNodes } from '../../store/all-nodes';
import type { GraphNode, GraphStore } from '../../store/graph-store';

/**
 * Everything the finance matcher reads, gathered from the store: the financing needs with their
 * enterprises (where they are, regions above included, the chains they are on, their industry),
 * the products with their providers, chains and regions, the providers' past signings, and the
 * names of chains and regions for the answers. Needs and products number in the thousands at
 * most (a province's 银企对接 lists), so they are read whole; everything else only as far as they
 * reach, a few follows in all.
 */
export interface FinanceCatalogue {
  needs: FinanceNeed[];
  products: FinanceProduct[];
  signings: SigningRecord;
  /** The enterprise's own region (not those above), per enterprise id. */
  homeRegion: Map<string, string | undefined>;
  names: Map<string, string>;
  /** The need as stored (its purpose, due date, source). */
  needProps: Map<string, Record<string, unknown>>;
  productProps: Map<string, Record<string, unknown>>;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
/** What one read's follows met: names, and every node's properties (an enterprise is read once, with its need). */
export interface Met {
  names: Map<string, string>;
  props: Map<string, Record<string, unknown>>;
}

/** Follows one step from many nodes; answers from id → the nodes it reaches, and records their names. */
export async function reach(
  store: GraphStore,
  met: Met,
  step: { fromKind: NodeKind; ids: string[]; type: RelType; toKind: NodeKind },
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (step.ids.length === 0) return out;
  const found = await store.follow({ ...step, direction: 'out' });
  for (const n of found.nodes) {
    met.names.set(`${n.kind}:${n.id}`, String(n.props['name'] ?? n.id));
    met.props.set(`${n.kind}:${n.id}`, n.props);
  }
  for (const e of found.edges) out.set(e.from.id, [...(out.get(e.from.id) ?? []), e.to.id]);
  return out;
}

export async function readFinanceCatalogue(store: GraphStore): Promise<FinanceCatalogue> {
  const names = new Map<string, string>();
  const met: Met = { names, props: new Map() };
  const needNodes = await allNodes(store, 'FinancingNeed');
  const soughtBy = await reach(store, met, {
    fromKind: 'FinancingNeed',
    ids: needNodes.map((n) => n.id),
    type: 'SOUGHT_BY',
    toKind: 'Enterprise',
  });
  const enterprises = await readEnterprises(store, met, [...new Set([...soughtBy.values()].flat())]);
  const homeRegion = new Map([...enterprises.values()].map((e) => [e.id, e.regionIds[0]]));
  const needs = needNodes.flatMap((n) => {
    const enterprise = enterprises.get(soughtBy.get(n.id)?.[0] ?? '');
    return enterprise ? [needOf(n, enterprise)] : [];
  });

  const productNodes = await allNodes(store, 'FinancialProduct');
  const ids = productNodes.map((n) => n.id);
  const of = (type: RelType, toKind: NodeKind) =>
    reach(store, met, { fromKind: 'FinancialProduct', ids, type, toKind });
  const [byEnterprise, byInstitution, forChain, serves] = [
    await of('OFFERED_BY', 'Enterprise'),
    await of('OFFERED_BY', 'Institution'),
    await of('FOR_CHAIN', 'Chain'),
    await of('SERVES', 'Region'),
  ];
  const products = productNodes.flatMap((n) => {
    const enterprise = byEnterprise.get(n.id)?.[0];
    const provider = enterprise
      ? `Enterprise:${enterprise}`
      : byInstitution.get(n.id)?.[0] && `Institution:${byInstitution.get(n.id)![0]}`;
    if (!provider) return [];
    const id = provider.slice(provider.indexOf(':') + 1);
    return [
      productOf(n, {
        provider: { id, name: names.get(provider) ?? id },
        chainIds: forChain.get(n.id) ?? [],
        regionIds: serves.get(n.id) ?? [],
      }),
    ];
  });
  return {
    needs,
    products,
    signings: await readSignings(store, needs, products),
    homeRegion,
    names,
    needProps: new Map(needNodes.map((n) => [n.id, n.props])),
    productProps: new Map(productNodes.map((n) => [n.id, n.props])),
  };
}

/** The enterprises with needs: their names and industries, their regions upwards, and the chains of their segments. */
export async function readEnterprises(
  store: GraphStore,
  met: Met,
  ids: string[],
): Promise<Map<string, FinanceEnterprise>> {
  const out = new Map<string, FinanceEnterprise>();
  if (ids.length === 0) return out;
  const located = await reach(store, met, { fromKind: 'Enterprise', ids, type: 'LOCATED_IN', toKind: 'Region' });
  const segments = await reach(store, met, { fromKind: 'Enterprise', ids, type: 'IN_SEGMENT', toKind: 'Segment' });
  const segmentIds = [...new Set([...segments.values()].flat())];
  const chainOf = await reach(store, met, { fromKind: 'Segment', ids: segmentIds, type: 'PART_OF', toKind: 'Chain' });
  // the regions above, a level at a time (a province is a few levels up)
  const parent = new Map<string, string>();
  for (let frontier = [...new Set([...located.values()].flat())]; frontier.length > 0;) {
    const up = await reach(store, met, { fromKind: 'Region', ids: frontier, type: 'PART_OF', toKind: 'Region' });
    for (const [id, [p]] of up) if (p !== undefined) parent.set(id, p);
    frontier = [...new Set([...up.values()].flat())].filter((id) => !parent.has(id) && !frontier.includes(id));
  }
  const upwards = (region: string | undefined) => {
    const chain: string[] = [];
    for (let at = region; at !== undefined && !chain.includes(at); at = parent.get(at)) chain.push(at);
    return chain;
  };
  for (const id of ids) {
    const props = met.props.get(`Enterprise:${id}`) ?? (await store.getNode('Enterprise', id))?.props;
    if (!props) continue;
    const chains = (segments.get(id) ?? []).flatMap((s) => chainOf.get(s) ?? []);
    out.set(id, {
      id,
      name: String(props['name'] ?? id),
      industry: str(props['industry']),
      chainIds: [...new Set(chains)].sort(),
      regionIds: upwards(located.get(id)?.[0]),
    });
  }
  return out;
}

function needOf(n: GraphNode, enterprise: FinanceEnterprise): FinanceNeed {
  return {
    id: n.id,
    title: String(n.props['title'] ?? n.id),
    kind: n.props['kind'] as FinancingKind,
    amountYuan: Number(n.props['amountYuan']),
    stage: str(n.props['stage']) as FinancingStage | undefined,
    status: (str(n.props['status']) ?? 'open') as FinancingNeedStatus,
    enterprise,
  };
}

function productOf(n: GraphNode, ends: Pick<FinanceProduct, 'provider' | 'chainIds' | 'regionIds'>): FinanceProduct {
  return {
    id: n.id,
    name: String(n.props['name'] ?? n.id),
    kinds: strings(n.props['kinds']) as FinancingKind[],
    minAmountYuan: num(n.props['minAmountYuan']),
    maxAmountYuan: num(n.props['maxAmountYuan']),
    stages: strings(n.props['stages']) as FinancingStage[],
    industries: strings(n.props['industries']),
    ...ends,
  };
}

/**
 * financing_signed outcomes: per provider, per chain of the enterprise that signed, how many.
 * The outcome keeps the need and product it was about (subjectId, candidateId) on itself.
 */
async function readSignings(
  store: GraphStore,
  needs: FinanceNeed[],
  products: FinanceProduct[],
): Promise<SigningRecord> {
  const needById = new Map(needs.map((n) => [n.id, n]));
  const providerOf = new Map(products.map((p) => [p.id, p.provider.id]));
  const record = new Map<string, Map<string, number>>();
  for (const o of await allNodes(store, 'Outcome', { engine: 'finance', result: 'financing_signed' })) {
    const provider = providerOf.get(String(o.props['candidateId']));
    const need = needById.get(String(o.props['subjectId']));
    if (!provider || !need) continue;
    const chains = record.get(provider) ?? new Map<string, number>();
    for (const c of need.enterprise.chainIds) chains.set(c, (chains.get(c) ?? 0) + 1);
    record.set(provider, chains);
  }
  return record;
}

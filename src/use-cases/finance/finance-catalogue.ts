import type { FinancingKind, FinancingNeedStatus, FinancingStage, NodeKind, NodeRef } from '../../domain';
import type { FinanceEnterprise, FinanceNeed, FinanceProduct, SigningRecord } from '../../match/finance';
import { allNodes } from '../../store/all-nodes';
import type { GraphNode, GraphStore } from '../../store/graph-store';
import { readRecordedOutcomes } from '../recorded-outcomes';

/**
 * Everything the finance matcher reads, gathered from the store: the financing needs with their
 * enterprises (where they are, regions above included, the chains they are on, their industry),
 * the products with their providers, chains and regions, the providers' past signings, and the
 * names of chains and regions for the answers. Needs and products number in the thousands at
 * most (a province's 银企对接 lists), so they are read whole; enterprises only those with needs.
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

const byFrom = (edges: { from: NodeRef; to: NodeRef }[]) => {
  const map = new Map<string, NodeRef[]>();
  for (const e of edges) map.set(e.from.id, [...(map.get(e.from.id) ?? []), e.to]);
  return map;
};
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

export async function readFinanceCatalogue(store: GraphStore): Promise<FinanceCatalogue> {
  const names = new Map<string, string>();
  const partOf = await store.allRelationships('PART_OF');
  const parentRegion = new Map(partOf.filter((e) => e.from.kind === 'Region').map((e) => [e.from.id, e.to.id]));
  const chainOfSegment = new Map(partOf.filter((e) => e.from.kind === 'Segment').map((e) => [e.from.id, e.to.id]));
  for (const kind of ['Region', 'Chain'] as const)
    for (const n of await allNodes(store, kind)) names.set(`${kind}:${n.id}`, String(n.props['name'] ?? n.id));
  const upwards = (region: string | undefined) => {
    const out: string[] = [];
    for (let at = region; at !== undefined && !out.includes(at); at = parentRegion.get(at)) out.push(at);
    return out;
  };

  const needNodes = await allNodes(store, 'FinancingNeed');
  const soughtBy = byFrom(await store.allRelationships('SOUGHT_BY'));
  const enterpriseIds = [...new Set(needNodes.flatMap((n) => (soughtBy.get(n.id) ?? []).map((r) => r.id)))];
  const enterprises = await readEnterprises(store, enterpriseIds, upwards, chainOfSegment);
  const homeRegion = new Map([...enterprises.values()].map((e) => [e.id, e.regionIds[0]]));
  const needs = needNodes.flatMap((n) => {
    const enterprise = enterprises.get(soughtBy.get(n.id)?.[0]?.id ?? '');
    return enterprise ? [needOf(n, enterprise)] : [];
  });

  const productNodes = await allNodes(store, 'FinancialProduct');
  const offeredBy = byFrom(await store.allRelationships('OFFERED_BY'));
  const forChain = byFrom(await store.allRelationships('FOR_CHAIN'));
  const serves = byFrom(await store.allRelationships('SERVES'));
  const providers = await providerNames(store, [...offeredBy.values()].flat());
  const products = productNodes.flatMap((n) => {
    const provider = offeredBy.get(n.id)?.[0];
    if (!provider) return [];
    return [
      productOf(n, {
        provider: { id: provider.id, name: providers.get(`${provider.kind}:${provider.id}`) ?? provider.id },
        chainIds: (forChain.get(n.id) ?? []).map((r) => r.id),
        regionIds: (serves.get(n.id) ?? []).map((r) => r.id),
      }),
    ];
  });
  const signings = await readSignings(store, needs, products);
  return {
    needs,
    products,
    signings,
    homeRegion,
    names,
    needProps: new Map(needNodes.map((n) => [n.id, n.props])),
    productProps: new Map(productNodes.map((n) => [n.id, n.props])),
  };
}

async function readEnterprises(
  store: GraphStore,
  ids: string[],
  upwards: (region: string | undefined) => string[],
  chainOfSegment: Map<string, string>,
): Promise<Map<string, FinanceEnterprise>> {
  const follow = async (type: 'LOCATED_IN' | 'IN_SEGMENT', toKind: NodeKind) =>
    byFrom((await store.follow({ fromKind: 'Enterprise', ids, type, direction: 'out', toKind })).edges);
  const located = await follow('LOCATED_IN', 'Region');
  const segments = await follow('IN_SEGMENT', 'Segment');
  const out = new Map<string, FinanceEnterprise>();
  for (const id of ids) {
    const node = await store.getNode('Enterprise', id);
    if (!node) continue;
    const chains = (segments.get(id) ?? []).map((s) => chainOfSegment.get(s.id)).filter((c) => c !== undefined);
    out.set(id, {
      id,
      name: String(node.props['name'] ?? id),
      industry: str(node.props['industry']),
      chainIds: [...new Set(chains)].sort(),
      regionIds: upwards(located.get(id)?.[0]?.id),
    });
  }
  return out;
}

async function providerNames(store: GraphStore, refs: NodeRef[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const ref of refs) {
    const node = await store.getNode(ref.kind, ref.id);
    if (node) names.set(`${ref.kind}:${ref.id}`, String(node.props['name'] ?? ref.id));
  }
  return names;
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

/** financing_signed outcomes: per provider, per chain of the enterprise that signed, how many. */
async function readSignings(
  store: GraphStore,
  needs: FinanceNeed[],
  products: FinanceProduct[],
): Promise<SigningRecord> {
  const needById = new Map(needs.map((n) => [n.id, n]));
  const providerOf = new Map(products.map((p) => [p.id, p.provider.id]));
  const record = new Map<string, Map<string, number>>();
  for (const o of await readRecordedOutcomes(store)) {
    if (o.engine !== 'finance' || o.result !== 'financing_signed' || !o.subject || !o.candidate) continue;
    const provider = providerOf.get(o.candidate.id);
    const need = needById.get(o.subject.id);
    if (!provider || !need) continue;
    const chains = record.get(provider) ?? new Map<string, number>();
    for (const c of need.enterprise.chainIds) chains.set(c, (chains.get(c) ?? 0) + 1);
    record.set(provider, chains);
  }
  return record;
}

import type { TrustGraph } from './algorithms/trust-graph';
import type { EnterpriseSpace } from './enterprise-space-shape';
import { nameOf, regionChain } from './graph-access';
import { enterpriseQuality } from './quality';

const REGION_SCORE: Record<string, number> = { park: 1, district: 0.85, city: 0.7, province: 0.4, country: 0.2 };

/**
 * One enterprise's name, quality, position, region chain and texts, from its node (the build
 * reads every enterprise with it, a patch the changed ones). `chains` and `locatedNumbers`
 * remember what was read for the regions met before.
 */
export function readEnterprise(
  space: EnterpriseSpace,
  i: number,
  region: string | null,
  chains: Map<string, string[]>,
  locatedNumbers: Map<string, number>,
): void {
  const { graph } = space;
  const key = space.keys[i]!;
  const node = graph.getNodeAttributes(key);
  space.names[i] = nameOf(graph, key);
  space.quality[i] = enterpriseQuality(node).score;
  const { lat, lng } = node.props;
  space.position.fill(Number.NaN, 3 * i, 3 * i + 3);
  if (typeof lat === 'number' && typeof lng === 'number') {
    const [phi, lambda] = [(lat * Math.PI) / 180, (lng * Math.PI) / 180];
    space.position[3 * i] = Math.cos(phi) * Math.cos(lambda);
    space.position[3 * i + 1] = Math.cos(phi) * Math.sin(lambda);
    space.position[3 * i + 2] = Math.sin(phi);
  }
  space.regions[i] = [];
  space.locatedNo[i] = -1;
  if (region !== null) {
    let chain = chains.get(region);
    if (!chain) chains.set(region, (chain = regionChain(graph, region)));
    space.regions[i] = chain;
    let no = locatedNumbers.get(region);
    if (no === undefined) locatedNumbers.set(region, (no = space.locatedKeys.push(region) - 1));
    space.locatedNo[i] = no;
  }
  const products = (node.props['products'] as string[] | undefined) ?? [];
  const needs = (node.props['needs'] as string[] | undefined) ?? [];
  space.texts[i] = {
    products: products.join(' '),
    needs: needs.join(' '),
    about: String(node.props['description'] ?? ''),
  };
}

/** Every enterprise's trust-graph nodes, as the flat arrays attachedAt and attached (linear: a patch redoes them whole). */
export function attachEnterprises(space: EnterpriseSpace, trust: TrustGraph): void {
  const attached: number[] = [];
  space.attachedAt = new Int32Array(space.keys.length + 1);
  space.keys.forEach((key, i) => {
    const hangs = trust.attached.get(key) ?? [];
    space.attachedAt[i + 1] = space.attachedAt[i]! + hangs.length;
    for (const { node } of hangs) attached.push(node);
  });
  space.attached = Int32Array.from(attached);
}

/** The region levels' proximity scores of every region in these chains not scored yet. */
export function scoreRegions(space: EnterpriseSpace, chains: Iterable<string[]>): void {
  for (const chain of chains) {
    for (const region of chain) {
      if (space.regionScore.has(region)) continue;
      const level = String(space.graph.getNodeAttribute(region, 'props')['level'] ?? '');
      space.regionScore.set(region, REGION_SCORE[level] ?? 0.2);
    }
  }
}

/** SUPPLIES out as the flat arrays supplyAt and supplyTo, from suppliesTo. */
export function flattenSupplies(space: EnterpriseSpace): void {
  space.supplyTo = Int32Array.from(space.suppliesTo.flat());
  space.supplyAt = new Int32Array(space.keys.length + 1);
  space.suppliesTo.forEach((to, i) => (space.supplyAt[i + 1] = space.supplyAt[i]! + to.length));
}

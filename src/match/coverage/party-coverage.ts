import type { ProjectedGraph } from '../../projection/projected-graph';
import { chainSegments } from '../gaps/chain-map';
import { intoOf, nameOf, nodeAt, outOf } from '../graph-access';
import type { ChainCoverage, SegmentCoverage } from '../../domain/answers/coverage.schema';

export type { ChainCoverage, SegmentCoverage };

/**
 * How party organisations cover each chain (the leadership's 党建覆盖 question): segment by
 * segment, how many of the enterprises that produce there a party organisation covers, and the
 * members, instructors and pairings around the chain. `regions`: only enterprises located there,
 * and only the organisations lying there (by their own region or, failing one, their parent's)
 * with their members and pairings (a region-scoped view: another region's tallies are its own);
 * null for all. An enterprise there covered by an organisation elsewhere still counts as covered.
 */
export function partyCoverage(graph: ProjectedGraph, regions: ReadonlySet<string> | null): ChainCoverage[] {
  const inRegion = (enterprise: string) =>
    regions === null || outOf(graph, enterprise, 'LOCATED_IN').some((r) => regions.has(nodeAt(graph, r)!.id));
  const placed = new Map<string, boolean>();
  const orgInRegion = (org: string) => {
    if (regions === null) return true;
    if (!placed.has(org)) placed.set(org, orgRegions(graph, org).some((r) => regions.has(r)));
    return placed.get(org)!;
  };
  const coveredBy = (enterprise: string) =>
    intoOf(graph, enterprise, 'COVERS').filter((o) => nodeAt(graph, o)?.kind === 'PartyOrg');
  const chains: ChainCoverage[] = [];
  graph.forEachNode((chainKey, chain) => {
    if (chain.kind !== 'Chain') return;
    const all = new Set<string>();
    const orgs = new Set(intoOf(graph, chainKey, 'ON_CHAIN').filter(orgInRegion));
    const segments = chainSegments(graph, chainKey).map((segmentKey): SegmentCoverage => {
      const producers = intoOf(graph, segmentKey, 'IN_SEGMENT').filter(
        (e) => nodeAt(graph, e)?.kind === 'Enterprise' && inRegion(e),
      );
      producers.forEach((e) => all.add(e));
      return {
        segmentId: nodeAt(graph, segmentKey)!.id,
        name: nameOf(graph, segmentKey),
        enterprises: producers.length,
        covered: producers.filter((e) => coveredBy(e).length > 0).length,
      };
    });
    let covered = 0;
    const instructors = new Set<string>();
    for (const e of all) {
      const by = coveredBy(e);
      if (by.length > 0) covered++;
      by.filter(orgInRegion).forEach((o) => orgs.add(o));
      intoOf(graph, e, 'INSTRUCTS').forEach((p) => instructors.add(p));
    }
    const members = new Set<string>();
    const pairings = new Set<string>();
    // 一方隶属: a member is counted once, at the membership organisation; co-managed here, they are
    // counted apart, and only when their membership is not here too
    const managed = new Set<string>();
    let membersStated = 0;
    for (const o of orgs) {
      membersStated += Number(nodeAt(graph, o)?.props['members'] ?? 0);
      intoOf(graph, o, 'MEMBER_OF').forEach((p) => members.add(p));
      intoOf(graph, o, 'MANAGED_BY').forEach((p) => managed.add(p));
      for (const other of [...outOf(graph, o, 'PAIRED_WITH'), ...intoOf(graph, o, 'PAIRED_WITH')])
        pairings.add([o, other].sort().join('|'));
    }
    chains.push({
      chainId: chain.id,
      name: nameOf(graph, chainKey),
      enterprises: all.size,
      covered,
      coverage: all.size === 0 ? 0 : Math.round((covered / all.size) * 1000) / 1000,
      partyOrgs: orgs.size,
      membersStated,
      membersKnown: members.size,
      membersManaged: [...managed].filter((p) => !members.has(p)).length,
      instructors: instructors.size,
      pairings: pairings.size,
      segments,
    });
  });
  return chains.sort((a, b) => a.chainId.localeCompare(b.chainId));
}

/** How far up a party organisation's parents its region is looked for (a cycle stops sooner). */
const MAX_PARENTS = 10;

/** The regions an organisation lies in: its own (IN_REGION), else its nearest parent's (UNDER). */
function orgRegions(graph: ProjectedGraph, org: string): string[] {
  const seen = new Set<string>();
  for (let at: string | undefined = org; at !== undefined && !seen.has(at) && seen.size < MAX_PARENTS; ) {
    seen.add(at);
    const own = outOf(graph, at, 'IN_REGION').map((r) => nodeAt(graph, r)!.id);
    if (own.length > 0) return own;
    at = outOf(graph, at, 'UNDER')[0];
  }
  return [];
}

import type { ProjectedGraph } from '../../projection/projected-graph';
import { distanceTo, explainPath, trustOfHops, type OrgPaths } from '../algorithms/org-path';
import { nodeAt, outOf } from '../graph-access';

/** The organisation that can recommend a person to an enterprise, and the path that joins them. */
export interface Recommendation {
  trust: number;
  hops: number;
  org: string | null;
  steps: { from: string; to: string; type: string; reversed: boolean }[];
  zh: string;
  en: string;
}

const NONE: Recommendation = { trust: 0, hops: 0, org: null, steps: [], zh: '', en: '' };

/**
 * 组织推荐: the shortest party-building path from the posting enterprise (the search `paths`
 * started there) to a person — through a party organisation they are a member of, or one that
 * covers where they work, or to the person as an instructor — scored as partners score
 * organisational trust (2 hops, a shared organisation: 1, falling with every hop). Without
 * `membership` (a caller who may not see party membership, PIPL) membership is neither walked
 * nor said: the path then runs through where they work.
 */
export function recommendation(
  graph: ProjectedGraph,
  paths: OrgPaths,
  person: string,
  { membership = true }: { membership?: boolean } = {},
): Recommendation {
  let best: { target: string; hops: number; viaMember: boolean } | null = null;
  const consider = (target: string, extra: number, viaMember: boolean) => {
    const d = distanceTo(graph, paths, target);
    if (d === undefined || d === 0) return;
    if (!best || d + extra < best.hops) best = { target, hops: d + extra, viaMember };
  };
  consider(person, 0, false);
  if (membership) for (const org of outOf(graph, person, 'MEMBER_OF')) consider(org, 1, true);
  for (const employer of outOf(graph, person, 'WORKS_AT')) consider(employer, 1, false);
  if (!best) return NONE;
  const found = best as { target: string; hops: number; viaMember: boolean };
  const path = explainPath(graph, paths, found.target);
  const lastOrg = [...path.hops.flatMap((h) => [h.from, h.to])]
    .reverse()
    .find((key) => nodeAt(graph, key)?.kind === 'PartyOrg');
  const org = found.viaMember ? found.target : (lastOrg ?? null);
  const personName = String(nodeAt(graph, person)?.props['name'] ?? person);
  const tail =
    found.target === person
      ? { zh: '', en: '' }
      : found.viaMember
        ? { zh: ` —党员→ ${personName}`, en: ` -MEMBER_OF (reverse)-> ${personName}` }
        : { zh: ` —任职→ ${personName}`, en: ` -WORKS_AT (reverse)-> ${personName}` };
  return {
    trust: trustOfHops(found.hops),
    hops: found.hops,
    org,
    steps: path.steps,
    zh: `${path.zh}${tail.zh}`,
    en: `${path.en}${tail.en}`,
  };
}

import type { RelType } from '../domain';
import { addsOrDrops, touchesNone, type DerivedChange } from '../projection/derived-change';
import { ATTACHING_TYPES, trustGraphOf, WALKED_TYPES } from './algorithms/trust-graph';
import { attachEnterprises, flattenSupplies, readEnterprise, scoreRegions } from './enterprise-space-entries';
import type { EnterpriseSpace } from './enterprise-space-shape';

/** The relationships an enterprise's own entries are read from. */
const OWN_TIES: ReadonlySet<RelType> = new Set(['IN_SEGMENT', 'NEEDS', 'SUPPLIES', 'LOCATED_IN']);
/** The share of enterprises touched (or 16, in a small graph) beyond which the space is rebuilt rather than patched. */
const REBUILD_SHARE = 0.05;

/**
 * Applies a patched projection's change to its enterprise space, or answers null when the space
 * must be rebuilt (src/projection/derived.ts). Absorbed: an enterprise's properties (name,
 * texts, quality, coordinates), its segments and needs while its home segment stays, its supply
 * ties and location, and any change to the organisations (the attachments are redone whole,
 * linear, from the trust graph as rebuilt). Rebuilt: an enterprise added or deleted, or one whose home segment moved (enterprises
 * are numbered segment by segment, and a query's candidates are read as ranges of that numbering;
 * spare ranges were not worth their complexity, edits that move a home segment being rare), and
 * any change to segments, their FEEDS or the regions (read by every enterprise).
 *
 * The result is a new object sharing the arrays (updated in place): caches kept per space
 * (scratch arrays, explanation words) start afresh rather than serve what an edit changed.
 */
export function patchEnterpriseSpace(space: EnterpriseSpace, change: DerivedChange): EnterpriseSpace | null {
  const { graph, index } = space;
  if (change.kinds.has('Segment') || change.kinds.has('Region') || addsOrDrops(change, 'Enterprise')) return null;
  if (change.types.has('FEEDS') || change.types.has('PART_OF')) return null;
  const touched = new Set<number>();
  for (const [key, node] of change.nodes) if (node.kind === 'Enterprise') touched.add(index.get(key)!);
  for (const { type, from, to } of change.edges) {
    if (!OWN_TIES.has(type)) continue;
    for (const end of [from, to]) if (index.has(end)) touched.add(index.get(end)!);
  }
  // an import's worth of enterprises: one build is cheaper than that many entries spliced in
  if (touched.size > Math.max(16, REBUILD_SHARE * space.keys.length)) return null;
  const ties = new Map([...touched].map((e) => [e, tiesOf(space, e)]));
  for (const [e, own] of ties) if ((own.segments[0] ?? -1) !== space.home[e]) return null;

  const producersMoved = new Set<number>();
  const buyersMoved = new Set<number>();
  for (const [e, own] of ties) {
    for (const s of [...space.segmentsOf[e]!, ...own.segments]) producersMoved.add(s);
    for (const s of [...space.needsOf[e]!, ...own.needs]) buyersMoved.add(s);
    space.segmentsOf[e] = own.segments;
    space.needsOf[e] = own.needs;
    space.suppliesTo[e] = own.suppliesTo;
    space.suppliedBy[e] = own.suppliedBy;
  }
  const members = (s: number, of: number[][], list: number[]) =>
    [...list.filter((e) => !touched.has(e)), ...[...touched].filter((e) => of[e]!.includes(s))].sort((a, b) => a - b);
  for (const s of producersMoved) {
    space.producers[s] = members(s, space.segmentsOf, space.producers[s]!);
    space.guests[s] = space.producers[s]!.filter((e) => space.home[e] !== s);
  }
  for (const s of buyersMoved) space.buyers[s] = members(s, space.needsOf, space.buyers[s]!);

  const chains = new Map<string, string[]>();
  const locatedNumbers = new Map(space.locatedKeys.map((key, no) => [key, no]));
  for (const [e, own] of ties) readEnterprise(space, e, own.located, chains, locatedNumbers);
  scoreRegions(space, chains.values());
  // the flat arrays are redone whole (linear) only when what they hold moved
  if (change.types.has('SUPPLIES')) flattenSupplies(space);
  if (!touchesNone(change, [], [...WALKED_TYPES, ...ATTACHING_TYPES])) attachEnterprises(space, trustGraphOf(graph));
  return { ...space };
}

/** An enterprise's ties as a fresh compile reads them: ascending numbers, the lowest-keyed location. */
function tiesOf(
  space: EnterpriseSpace,
  e: number,
): { segments: number[]; needs: number[]; suppliesTo: number[]; suppliedBy: number[]; located: string | null } {
  const { graph, index, segmentIndex } = space;
  const own = {
    segments: [] as number[],
    needs: [] as number[],
    suppliesTo: [] as number[],
    suppliedBy: [] as number[],
  };
  let located: string | null = null;
  graph.forEachOutEdge(space.keys[e]!, (_edge, attributes, _source, target) => {
    const s = segmentIndex.get(target);
    const other = index.get(target);
    if (attributes.type === 'IN_SEGMENT' && s !== undefined) own.segments.push(s);
    else if (attributes.type === 'NEEDS' && s !== undefined) own.needs.push(s);
    else if (attributes.type === 'SUPPLIES' && other !== undefined) own.suppliesTo.push(other);
    else if (attributes.type === 'LOCATED_IN' && (located === null || target < located)) located = target;
  });
  graph.forEachInEdge(space.keys[e]!, (_edge, attributes, source) => {
    const other = index.get(source);
    if (attributes.type === 'SUPPLIES' && other !== undefined) own.suppliedBy.push(other);
  });
  for (const list of Object.values(own)) list.sort((a, b) => a - b);
  return { ...own, located };
}

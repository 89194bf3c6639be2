import type { ProjectedGraph } from '../../projection/projected-graph';
import { derived, peekDerived } from '../../projection/derived';
import { touchesNone } from '../../projection/derived-change';
import { ATTACHING_TYPES, WALKED_TYPES, type TrustGraph } from '../algorithms/trust-graph';
import { ENTERPRISE_SPACE, type EnterpriseSpace } from '../enterprise-space';
import type { LocalMarks } from './chain-map';

/** The organisations (trust-graph numbers) of the local enterprises, marked. */
export function localOrgMarks(space: EnterpriseSpace, size: number, local: LocalMarks): Uint8Array {
  const marks = new Uint8Array(size);
  for (const e of local.members)
    for (let at = space.attachedAt[e]!; at < space.attachedAt[e + 1]!; at++) marks[space.attached[at]!] = 1;
  return marks;
}

const UNDER = WALKED_TYPES.indexOf('UNDER');
const PAIRED = WALKED_TYPES.indexOf('PAIRED_WITH');
const ON_CHAIN = WALKED_TYPES.indexOf('ON_CHAIN');

/**
 * Per enterprise, the organisations its own organisations are paired with or sit under, and the
 * chains they are on: what orgTies reads. Precomputed once per projection because a chain
 * committee's own adjacency lists every branch under it, hundreds of entries to skip per lead.
 */
export class LeadTies {
  private readonly tieAt: Int32Array;
  private readonly tieOrgs: Int32Array;
  private readonly chainAt: Int32Array;
  private readonly chainNodes: Int32Array;

  constructor(space: EnterpriseSpace, trust: TrustGraph) {
    const n = space.keys.length;
    this.tieAt = new Int32Array(n + 1);
    this.chainAt = new Int32Array(n + 1);
    const orgs: number[] = [];
    const chains: number[] = [];
    for (let e = 0; e < n; e++) {
      for (let at = space.attachedAt[e]!; at < space.attachedAt[e + 1]!; at++) {
        const org = space.attached[at]!;
        for (let slot = trust.offsets[org]!; slot < trust.offsets[org + 1]!; slot++) {
          const type = trust.type[slot]!;
          if (type === PAIRED || (type === UNDER && trust.reversed[slot] === 0)) orgs.push(trust.neighbour[slot]!);
          else if (type === ON_CHAIN) chains.push(trust.neighbour[slot]!);
        }
      }
      this.tieAt[e + 1] = orgs.length;
      this.chainAt[e + 1] = chains.length;
    }
    this.tieOrgs = Int32Array.from(orgs);
    this.chainNodes = Int32Array.from(chains);
  }

  /** 1 when one of its organisations is paired with, or sits under, a local one; 0.5 when on this chain; else 0. */
  of(e: number, localOrgs: Uint8Array, chainNode: number): number {
    for (let at = this.tieAt[e]!; at < this.tieAt[e + 1]!; at++) if (localOrgs[this.tieOrgs[at]!] === 1) return 1;
    for (let at = this.chainAt[e]!; at < this.chainAt[e + 1]!; at++) if (this.chainNodes[at] === chainNode) return 0.5;
    return 0;
  }
}

/**
 * The lead ties of a projection, kept through a patch that leaves the enterprises' numbering and
 * every organisational tie as they were (what they are computed from); rebuilt otherwise.
 */
export function leadTiesOf(graph: ProjectedGraph, space: EnterpriseSpace, trust: TrustGraph): LeadTies {
  return derived(
    graph,
    'lead-ties',
    () => new LeadTies(space, trust),
    (ties, change) =>
      peekDerived<EnterpriseSpace>(graph, ENTERPRISE_SPACE)?.keys === space.keys &&
      touchesNone(change, [], [...WALKED_TYPES, ...ATTACHING_TYPES])
        ? ties
        : null,
  );
}

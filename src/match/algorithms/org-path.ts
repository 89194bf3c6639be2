import type { RelType } from '../../domain';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { nameOf } from '../graph-access';

/**
 * Organisational paths between enterprises (DESIGN.md §6, organisational trust): a breadth-first
 * search from one enterprise over the party-building ties — an organisation COVERS an
 * enterprise, sits UNDER another, is PAIRED_WITH another (结对共建), is ON_CHAIN a chain, and an
 * instructor INSTRUCTS enterprises — so that every reachable enterprise gets its shortest path,
 * explainable hop by hop. One search serves all candidates of a query.
 */
export const ORG_PATH_DEFAULTS = {
  /** Longest path followed, in relationships (enterprise → org → org → org → org → enterprise is 5). */
  maxHops: 6,
} as const;

const TRUST_TYPES: ReadonlySet<RelType> = new Set(['COVERS', 'UNDER', 'PAIRED_WITH', 'ON_CHAIN', 'INSTRUCTS']);

export interface Hop {
  from: string;
  to: string;
  type: RelType;
  /** True when the relationship was walked against its direction (an org UNDER us, say). */
  reversed: boolean;
  props: Record<string, unknown>;
}

export interface OrgPaths {
  start: string;
  maxHops: number;
  /** Distances of the organisations, chains and instructors reached; enterprises are read on demand. */
  distance: Map<string, number>;
  parent: Map<string, Hop>;
}

/**
 * The search walks organisations, chains and instructors only: an enterprise or institution is
 * the end of a path, never a way through, so its distance is read on demand from the
 * organisations that cover it and the instructors who guide it (distanceTo, pathTo). Walking
 * every covered enterprise of every reachable organisation would visit much of a province.
 */
export function orgPaths(graph: ProjectedGraph, start: string, { maxHops = ORG_PATH_DEFAULTS.maxHops } = {}): OrgPaths {
  if (!graph.hasNode(start)) throw new Error(`org-path: no node '${start}' in the projection`);
  const distance = new Map<string, number>([[start, 0]]);
  const parent = new Map<string, Hop>();
  let frontier = [start];
  for (let hops = 1; hops < maxHops && frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const key of frontier) {
      const visit = (edge: string, other: string, reversed: boolean) => {
        const attributes = graph.getEdgeAttributes(edge);
        if (!TRUST_TYPES.has(attributes.type) || distance.has(other) || isEndpoint(graph, other)) return;
        distance.set(other, hops);
        parent.set(other, { from: key, to: other, type: attributes.type, reversed, props: attributes.props });
        next.push(other);
      };
      graph.forEachOutEdge(key, (edge, _a, _s, target) => visit(edge, target, false));
      graph.forEachInEdge(key, (edge, _a, source) => visit(edge, source, true));
    }
    frontier = next;
  }
  return { start, maxHops, distance, parent };
}

function isEndpoint(graph: ProjectedGraph, key: string): boolean {
  if (!graph.hasNode(key)) return false;
  const kind = graph.getNodeAttribute(key, 'kind');
  return kind === 'Enterprise' || kind === 'Institution';
}

/** The last hop into an enterprise or institution: from the nearest organisation or instructor reached. */
function lastHop(graph: ProjectedGraph, paths: OrgPaths, target: string): { hop: Hop; hops: number } | null {
  if (!graph.hasNode(target) || target === paths.start) return null;
  let best: { hop: Hop; hops: number } | null = null;
  graph.forEachInEdge(target, (edge, attributes, source) => {
    if (attributes.type !== 'COVERS' && attributes.type !== 'INSTRUCTS') return;
    const d = paths.distance.get(source);
    if (d === undefined || d + 1 > paths.maxHops) return;
    const current = best as { hop: Hop; hops: number } | null;
    if (!current || d + 1 < current.hops || (d + 1 === current.hops && source < current.hop.from)) {
      best = {
        hop: { from: source, to: target, type: attributes.type, reversed: false, props: attributes.props },
        hops: d + 1,
      };
    }
  });
  return best;
}

/** Hops from the search's start to `target`; undefined when there is no path within maxHops. */
export function distanceTo(graph: ProjectedGraph, paths: OrgPaths, target: string): number | undefined {
  if (target === paths.start) return 0;
  if (!isEndpoint(graph, target)) return paths.distance.get(target);
  return lastHop(graph, paths, target)?.hops;
}

/** The hops from the search's start to `target`, in order; empty when unreachable. */
export function pathTo(graph: ProjectedGraph, paths: OrgPaths, target: string): Hop[] {
  const hops: Hop[] = [];
  let at = target;
  if (isEndpoint(graph, target) && target !== paths.start) {
    const last = lastHop(graph, paths, target);
    if (!last) return [];
    hops.unshift(last.hop);
    at = last.hop.from;
  }
  for (let hop = paths.parent.get(at); hop; hop = paths.parent.get(hop.from)) hops.unshift(hop);
  return hops;
}

/** 1 for a shared organisation or instructor (two hops), falling by hop count, 0 when none. */
export function trustOfHops(hops: number | undefined): number {
  if (hops === undefined) return 0;
  return ({ 2: 1, 3: 0.8, 4: 0.6, 5: 0.4, 6: 0.25 } as Record<number, number>)[hops] ?? 0;
}

const VERB_ZH: Record<string, [string, string]> = {
  COVERS: ['覆盖', '所属党组织'],
  UNDER: ['隶属', '下设'],
  PAIRED_WITH: ['结对共建', '结对共建'],
  ON_CHAIN: ['建在产业链', '产业链上的党组织'],
  INSTRUCTS: ['指导', '党建指导员'],
};

/** The path in words: 东方钛业党委 —结对共建(2025)— 兰州大学材料学院党委 … */
export function describePath(graph: ProjectedGraph, hops: Hop[]): { zh: string; en: string } {
  if (hops.length === 0) return { zh: '', en: '' };
  const zh = [nameOf(graph, hops[0]!.from)];
  const en = [nameOf(graph, hops[0]!.from)];
  for (const hop of hops) {
    const since = typeof hop.props['since'] === 'string' ? ` ${String(hop.props['since']).slice(0, 4)}` : '';
    const [forward, backward] = VERB_ZH[hop.type] ?? [hop.type, hop.type];
    zh.push(`—${hop.reversed ? backward : forward}${since}→ ${nameOf(graph, hop.to)}`);
    en.push(`-${hop.type}${hop.reversed ? ' (reverse)' : ''}${since}-> ${nameOf(graph, hop.to)}`);
  }
  return { zh: zh.join(' '), en: en.join(' ') };
}

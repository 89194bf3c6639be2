import type { RelType } from '../../domain';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { nameOf } from '../graph-access';
import { trustGraphOf, type TrustGraph } from './trust-graph';

/**
 * Organisational paths between enterprises (organisational trust: docs/architecture.md, The
 * engines, in short): a breadth-first search from one enterprise over the party-building ties — an
 * organisation COVERS an enterprise, sits UNDER another, is PAIRED_WITH another (结对共建), is
 * ON_CHAIN a chain, and an instructor INSTRUCTS enterprises — so that every reachable enterprise
 * gets its shortest path, explainable hop by hop. One search serves all candidates of a query.
 */
export const ORG_PATH_DEFAULTS = {
  /** Longest path followed, in relationships (enterprise → org → org → org → org → enterprise is 5). */
  maxHops: 6,
} as const;

export interface Hop {
  from: string;
  to: string;
  type: RelType;
  /** True when the relationship was walked against its direction (an org UNDER us, say). */
  reversed: boolean;
  props: Record<string, unknown>;
}

/** One search's answer: every walkable node's distance from the start, and how it was reached. */
export interface OrgPaths {
  start: string;
  maxHops: number;
  trust: TrustGraph;
  /** Hops from the start per walkable node; UNSEEN when not reached within maxHops - 1. */
  distance: Uint8Array;
  /** The adjacency entry (trust.neighbour / trust.edge) a node was reached by, or -1 - i for the start's i-th attachment. */
  via: Int32Array;
  /** The node it was reached from (-1 for the start or its attachments). */
  parent: Int32Array;
  /** Paths already put in words, per walkable node: the many candidates under one organisation share them. */
  explained: Map<number, ExplainedPath>;
  /** The search's queue (each node enters once), kept for a recycled search. */
  queue: Int32Array;
  /** Hops already put in words, kept with the trust graph: every search says a hop the same way. */
  said: SaidHops;
}

/** A hop with the names of its ends and its words, by edge key, one map per direction walked. */
interface SaidHop {
  hop: Hop;
  from: string;
  to: string;
  zh: string;
  en: string;
}
interface SaidHops {
  forward: Map<string, SaidHop>;
  backward: Map<string, SaidHop>;
}
const saidByTrustGraph = new WeakMap<TrustGraph, SaidHops>();

/** A path hop by hop, with names, and in words (describePath). */
export interface ExplainedPath {
  hops: Hop[];
  steps: { from: string; to: string; type: RelType; reversed: boolean }[];
  zh: string;
  en: string;
}

const UNSEEN = 255;

/**
 * Breadth-first from `start` (an enterprise, an institution or a walkable node) over the
 * party-building ties (trust-graph.ts): organisations, chains and instructors are walked, an
 * enterprise or institution is only ever the end of a path.
 */
export function orgPaths(
  graph: ProjectedGraph,
  start: string,
  { maxHops = ORG_PATH_DEFAULTS.maxHops, recycle }: { maxHops?: number; recycle?: OrgPaths } = {},
): OrgPaths {
  if (!graph.hasNode(start)) throw new Error(`org-path: no node '${start}' in the projection`);
  if (!(maxHops >= 1 && maxHops < UNSEEN))
    throw new Error(`org-path: maxHops must be between 1 and 254 (got ${maxHops})`);
  const trust = trustGraphOf(graph);
  const size = trust.keys.length;
  // A caller done with an earlier search may hand it back: its arrays are reused, not
  // reallocated (a province's 100,000 searches otherwise churn the garbage collector).
  // Only distance needs resetting: via and parent are read only where distance is set.
  const reuse = recycle && recycle.trust === trust ? recycle : null;
  const distance = reuse ? reuse.distance.fill(UNSEEN) : new Uint8Array(size).fill(UNSEEN);
  const via = reuse ? reuse.via : new Int32Array(size);
  const parent = reuse ? reuse.parent : new Int32Array(size).fill(-1);
  // one queue, level after level: [head, levelEnd) is the frontier, what it reaches is appended
  const queue = reuse ? reuse.queue : new Int32Array(size);
  let tail = 0;
  const self = trust.index.get(start);
  if (self !== undefined) {
    distance[self] = 0;
    queue[tail++] = self;
  } else {
    (trust.attached.get(start) ?? []).forEach(({ node }, i) => {
      if (distance[node] !== UNSEEN) return;
      distance[node] = 1;
      via[node] = -1 - i;
      queue[tail++] = node;
    });
  }
  const { offsets, neighbour } = trust;
  let head = 0;
  for (let hops = self === undefined ? 2 : 1; hops < maxHops && head < tail; hops++) {
    const levelEnd = tail;
    for (; head < levelEnd; head++) {
      const at = queue[head]!;
      for (let slot = offsets[at]!; slot < offsets[at + 1]!; slot++) {
        const other = neighbour[slot]!;
        if (distance[other] !== UNSEEN) continue;
        distance[other] = hops;
        via[other] = slot;
        parent[other] = at;
        queue[tail++] = other;
      }
    }
  }
  let said = saidByTrustGraph.get(trust);
  if (!said) saidByTrustGraph.set(trust, (said = { forward: new Map(), backward: new Map() }));
  return { start, maxHops, trust, distance, via, parent, explained: new Map(), queue, said };
}

/**
 * The last hop into an enterprise or institution: from the nearest organisation or instructor
 * reached.
 */
function lastHop(paths: OrgPaths, target: string): { node: number; edge: string; hops: number } | null {
  let best: { node: number; edge: string; hops: number } | null = null;
  // attachments are sorted by key, so the first of the nearest wins: the same path every run
  for (const { node, edge } of paths.trust.attached.get(target) ?? []) {
    const d = paths.distance[node]!;
    if (d === UNSEEN || d + 1 > paths.maxHops) continue;
    if (!best || d + 1 < best.hops) best = { node, edge, hops: d + 1 };
  }
  return best;
}

/** Hops from the search's start to `target`; undefined when there is no path within maxHops. */
export function distanceTo(_graph: ProjectedGraph, paths: OrgPaths, target: string): number | undefined {
  if (target === paths.start) return 0;
  const walkable = paths.trust.index.get(target);
  if (walkable !== undefined) {
    const d = paths.distance[walkable]!;
    return d === UNSEEN ? undefined : d;
  }
  return lastHop(paths, target)?.hops;
}

/** The hops from the search's start to `target`, in order; empty when unreachable. */
export function pathTo(graph: ProjectedGraph, paths: OrgPaths, target: string): Hop[] {
  const { trust } = paths;
  if (target === paths.start) return [];
  const hops: Hop[] = [];
  const hop = (edge: string, reversed: boolean): Hop => hopOf(graph, edge, reversed);
  let at = trust.index.get(target);
  if (at === undefined) {
    const last = lastHop(paths, target);
    if (!last) return [];
    hops.push(hop(last.edge, false));
    at = last.node;
  } else if (paths.distance[at] === UNSEEN) return [];
  while (at >= 0 && paths.distance[at] !== 0) {
    const slot = paths.via[at]!;
    if (slot < 0) {
      // the start's own attachment: walked from the start (an enterprise) back to its org or instructor
      const { edge } = trust.attached.get(paths.start)![-1 - slot]!;
      hops.push(hop(edge, true));
      break;
    }
    hops.push(hop(trust.edge[slot]!, trust.reversed[slot] === 1));
    at = paths.parent[at]!;
  }
  return hops.reverse();
}

const NO_PATH: ExplainedPath = { hops: [], steps: [], zh: '', en: '' };

/**
 * pathTo and describePath in one, sharing the words of common beginnings between targets of one
 * search.
 */
export function explainPath(graph: ProjectedGraph, paths: OrgPaths, target: string): ExplainedPath {
  if (target === paths.start) return NO_PATH;
  const walkable = paths.trust.index.get(target);
  if (walkable !== undefined)
    return paths.distance[walkable] === UNSEEN ? NO_PATH : explainNode(graph, paths, walkable);
  const last = lastHop(paths, target);
  if (!last) return NO_PATH;
  return extend(explainNode(graph, paths, last.node), said(graph, paths, last.edge, false));
}

function explainNode(graph: ProjectedGraph, paths: OrgPaths, node: number): ExplainedPath {
  let known = paths.explained.get(node);
  if (known) return known;
  const slot = paths.via[node]!;
  if (paths.distance[node] === 0) {
    const name = nameOf(graph, paths.start);
    known = { hops: [], steps: [], zh: name, en: name };
  } else if (slot < 0) {
    const start = nameOf(graph, paths.start);
    const { edge } = paths.trust.attached.get(paths.start)![-1 - slot]!;
    known = extend({ hops: [], steps: [], zh: start, en: start }, said(graph, paths, edge, true));
  } else {
    const before = explainNode(graph, paths, paths.parent[node]!);
    known = extend(before, said(graph, paths, paths.trust.edge[slot]!, paths.trust.reversed[slot] === 1));
  }
  paths.explained.set(node, known);
  return known;
}

function hopOf(graph: ProjectedGraph, edge: string, reversed: boolean): Hop {
  const attributes = graph.getEdgeAttributes(edge);
  const [from, to] = reversed ? [graph.target(edge), graph.source(edge)] : [graph.source(edge), graph.target(edge)];
  return { from, to, type: attributes.type, reversed, props: attributes.props };
}

/** A hop of the trust graph in words: made once per trust graph and direction (the names of its ends, its verb). */
function said(graph: ProjectedGraph, paths: OrgPaths, edge: string, reversed: boolean): SaidHop {
  const known = reversed ? paths.said.backward : paths.said.forward;
  let hop = known.get(edge);
  if (!hop) {
    const made = hopOf(graph, edge, reversed);
    const to = nameOf(graph, made.to);
    const words = stepWords(made, to);
    hop = { hop: made, from: nameOf(graph, made.from), to, zh: words.zh, en: words.en };
    known.set(edge, hop);
  }
  return hop;
}

function extend(before: ExplainedPath, said: SaidHop): ExplainedPath {
  const { hop, to } = said;
  const from = before.steps.length > 0 ? before.steps[before.steps.length - 1]!.to : said.from;
  return {
    hops: [...before.hops, hop],
    steps: [...before.steps, { from, to, type: hop.type, reversed: hop.reversed }],
    zh: `${before.zh} ${said.zh}`,
    en: `${before.en} ${said.en}`,
  };
}

function stepWords(hop: Hop, to: string): { zh: string; en: string } {
  const since = typeof hop.props['since'] === 'string' ? ` ${String(hop.props['since']).slice(0, 4)}` : '';
  const [forward, backward] = VERB_ZH[hop.type] ?? [hop.type, hop.type];
  return {
    zh: `—${hop.reversed ? backward : forward}${since}→ ${to}`,
    en: `-${hop.type}${hop.reversed ? ' (reverse)' : ''}${since}-> ${to}`,
  };
}

/** 1 for a shared organisation or instructor (two hops), falling by hop count, 0 when none. */
export function trustOfHops(hops: number | undefined): number {
  return hops === undefined ? 0 : (TRUST_BY_HOPS[hops] ?? 0);
}

/** Indexed by hop count (a constant: this runs for every candidate of every query). */
const TRUST_BY_HOPS: readonly number[] = [0, 0, 1, 0.8, 0.6, 0.4, 0.25];

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
    const words = stepWords(hop, nameOf(graph, hop.to));
    zh.push(words.zh);
    en.push(words.en);
  }
  return { zh: zh.join(' '), en: en.join(' ') };
}

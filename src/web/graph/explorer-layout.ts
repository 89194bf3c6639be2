import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';

/**
 * Where the explorer puts the nodes an expansion adds. Graph units are screen pixels at the first
 * zoom, so a node's room can be measured in its label: sigma writes a label (14 px) to the right of
 * its node, a Chinese character about as wide as the font is high.
 *
 * One step per expansion: the new nodes are seeded around their parent, on the side away from the
 * rest of the graph; ForceAtlas2 settles them for a bounded number of iterations while every node
 * drawn before stays fixed (the user keeps their bearings); noverlap then parts nodes whose rooms
 * overlap, pushing the later-drawn node of each pair, so old nodes move little or not at all.
 */

/** A drawn node as the layout reads it: sigma's x, y, size and label, and ForceAtlas2's `fixed`. */
interface Placed {
  x: number;
  y: number;
  size: number;
  label: string;
  fixed?: boolean;
}

/** Any graph of drawn nodes (the explorer's carries more attributes than the layout reads). */
type Drawn = Graph<Placed, Attributes>;

const LABEL_FONT_PX = 14;
/** Space left between two rooms. */
const ROOM_GAP = 6;
/** Enough for the new nodes to find their place between the fixed ones, few enough to stay instant. */
const SETTLE_ITERATIONS = 60;
const PART_ITERATIONS = 400;

/** A label's width in pixels: wide (CJK) characters a font size each, others about half. */
export function labelWidth(label: string): number {
  let width = 0;
  for (const char of label) width += char.charCodeAt(0) > 0x2e7f ? LABEL_FONT_PX : LABEL_FONT_PX * 0.55;
  return width;
}

/**
 * The radius a node keeps clear around itself: its disc and half its label, so two nodes side by
 * side keep their labels apart. Two nodes are never nearer than the sum of their rooms.
 */
export function roomOf(node: { size: number; label: string }): number {
  return Math.max(node.size, node.size / 2 + labelWidth(node.label) / 2) + ROOM_GAP / 2;
}

/** Where the graph is heaviest: the mean of the positions drawn before. */
function centroid(graph: Drawn, except: ReadonlySet<string>): { x: number; y: number } | null {
  let x = 0;
  let y = 0;
  let n = 0;
  graph.forEachNode((key, a) => {
    if (except.has(key)) return;
    x += a.x;
    y += a.y;
    n++;
  });
  return n === 0 ? null : { x: x / n, y: y / n };
}

/**
 * Seeds `fresh` (keys already in the graph) around `parent`: on a full ring around a lone parent,
 * otherwise on an arc facing away from the rest of the graph, far enough out for their rooms.
 */
export function seedAround(graph: Drawn, parent: string, fresh: readonly string[]): void {
  if (fresh.length === 0) return;
  const { x, y } = graph.getNodeAttributes(parent);
  const others = centroid(graph, new Set([...fresh, parent]));
  const away = others && Math.hypot(x - others.x, y - others.y) > 1 ? Math.atan2(y - others.y, x - others.x) : null;
  const arc = away === null ? 2 * Math.PI : (4 * Math.PI) / 3;
  const room = Math.max(...fresh.map((key) => roomOf(graph.getNodeAttributes(key))));
  // the arc long enough for every room side by side, and clear of the parent's own room
  const radius = Math.max(roomOf(graph.getNodeAttributes(parent)) + room, (fresh.length * 2 * room) / arc);
  fresh.forEach((key, i) => {
    const angle = away === null ? (2 * Math.PI * i) / fresh.length : away - arc / 2 + (arc * (i + 0.5)) / fresh.length;
    graph.mergeNodeAttributes(key, { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
  });
}

/**
 * Lays out the nodes an expansion of `parent` added (`fresh`): seeded, settled with the older
 * nodes fixed, then parted so that no two rooms overlap.
 */
export function layoutExpansion(graph: Drawn, parent: string, fresh: readonly string[]): void {
  if (fresh.length === 0) return;
  seedAround(graph, parent, fresh);
  const isFresh = new Set(fresh);
  graph.forEachNode((key) => graph.setNodeAttribute(key, 'fixed', !isFresh.has(key)));
  const room = Math.max(...fresh.map((key) => roomOf(graph.getNodeAttributes(key))));
  forceAtlas2.assign(graph, {
    iterations: SETTLE_ITERATIONS,
    settings: {
      // no pull to the middle: nodes of a parent far out stay by it
      gravity: 0,
      // repulsion strong enough that leaves rest a few rooms from their parent and each other
      scalingRatio: room * room * 0.5,
      slowDown: 1 + Math.log(graph.order),
      barnesHutOptimize: graph.order > 500,
    },
  });
  graph.forEachNode((key) => graph.removeNodeAttribute(key, 'fixed'));
  part(graph);
  // a node squeezed between fixed ones can be pushed back and forth for ever: then the seeded
  // places, which leave room for every new node, are parted instead
  if (crowded(graph, fresh)) {
    seedAround(graph, parent, fresh);
    part(graph);
  }
}

/** noverlap over the rooms: of each overlapping pair, the node drawn later is pushed. */
function part(graph: Drawn): void {
  noverlap.assign(graph, {
    maxIterations: PART_ITERATIONS,
    inputReducer: (key, a) => ({ x: a.x, y: a.y, size: roomOf(graph.getNodeAttributes(key)) }),
    settings: { margin: 0, ratio: 1, speed: 3 },
  });
}

/** Whether a node of `fresh` is nearer another node than their rooms allow. */
export function crowded(graph: Drawn, fresh: readonly string[]): boolean {
  return fresh.some((key) => {
    const a = graph.getNodeAttributes(key);
    return graph.someNode(
      (other, b) => other !== key && Math.hypot(a.x - b.x, a.y - b.y) < roomOf(a) + roomOf(b) - 0.5,
    );
  });
}

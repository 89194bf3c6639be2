import Graph from 'graphology';
import { layoutExpansion, roomOf } from '../../src/web/graph/explorer-layout';

interface Drawn {
  x: number;
  y: number;
  size: number;
  label: string;
}

/** The explorer's step: the new neighbours drawn on their parent, tied to it, then laid out. */
function expand(graph: Graph<Drawn>, parent: string, neighbours: string[], alsoTiedTo: string[] = []): string[] {
  const { x, y } = graph.getNodeAttributes(parent);
  neighbours.forEach((label, i) => {
    graph.addNode(label, { x, y, size: 8, label });
    graph.addEdge(parent, label);
    // a neighbour that also knows a node drawn before, as a party organisation knows several firms
    const other = alsoTiedTo[i % Math.max(1, alsoTiedTo.length)];
    if (other && i % 3 === 0) graph.addEdge(label, other);
  });
  layoutExpansion(graph, parent, neighbours);
  return neighbours;
}

const positions = (graph: Graph<Drawn>) => new Map(graph.mapNodes((key, a) => [key, { x: a.x, y: a.y }] as const));

/** The nearest two nodes, measured in the room their discs and labels need. */
function tightestPair(graph: Graph<Drawn>): { pair: string; ratio: number } {
  const nodes = graph.mapNodes((key, a) => ({ key, ...a }));
  let tightest = { pair: '', ratio: Infinity };
  nodes.forEach((a, i) =>
    nodes.slice(i + 1).forEach((b) => {
      const ratio = Math.hypot(a.x - b.x, a.y - b.y) / (roomOf(a) + roomOf(b));
      if (ratio < tightest.ratio) tightest = { pair: `${a.key} / ${b.key}`, ratio };
    }),
  );
  return tightest;
}

describe('the graph explorer’s layout after each expansion', () => {
  const firms = Array.from({ length: 24 }, (_, i) => `镇江第${i + 1}船舶配套有限公司`);
  const orgs = Array.from({ length: 18 }, (_, i) => `镇江高新区第${i + 1}联合党委`);
  const segments = Array.from({ length: 30 }, (_, i) => `环节${i + 1}`);

  function exploredTwice() {
    const graph = new Graph<Drawn>();
    graph.addNode('镇江船厂', { x: 0, y: 0, size: 14, label: '镇江船厂' });
    expand(graph, '镇江船厂', firms);
    const afterFirst = positions(graph);
    expand(graph, firms[5]!, orgs, firms);
    const afterSecond = positions(graph);
    expand(graph, orgs[2]!, segments, [...firms, ...orgs]);
    return { graph, afterFirst, afterSecond };
  }

  test('when a node is expanded twice and again, then no two nodes are nearer than their labels need', () => {
    const { graph } = exploredTwice();
    expect(graph.order).toBe(1 + firms.length + orgs.length + segments.length);
    const tightest = tightestPair(graph);
    expect(tightest.ratio).toBeGreaterThanOrEqual(0.99);
  });

  test('when a node is expanded, then the nodes drawn before stay where the user saw them', () => {
    const { graph, afterFirst, afterSecond } = exploredTwice();
    const room = roomOf({ size: 8, label: firms[0]! });
    const movedSince = (before: Map<string, { x: number; y: number }>) =>
      Math.max(
        ...[...before].map(([key, p]) =>
          Math.hypot(graph.getNodeAttribute(key, 'x') - p.x, graph.getNodeAttribute(key, 'y') - p.y),
        ),
      );
    // the first ring moved less than a label's room over both later expansions
    expect(movedSince(afterFirst)).toBeLessThan(room);
    expect(movedSince(afterSecond)).toBeLessThan(room);
  });

  test('when a node is expanded, then its new neighbours are placed near it, not across the graph', () => {
    const { graph } = exploredTwice();
    const parent = graph.getNodeAttributes(orgs[2]!);
    const xs = graph.mapNodes((_key, a) => a.x);
    const width = Math.max(...xs) - Math.min(...xs);
    for (const segment of segments) {
      const s = graph.getNodeAttributes(segment);
      expect(Math.hypot(s.x - parent.x, s.y - parent.y)).toBeLessThan(width * 0.75);
    }
  });

  test('the room a node keeps grows with its label, a Chinese character a font size wide', () => {
    expect(roomOf({ size: 8, label: '镇江高新区产业链联合党委' })).toBeGreaterThan(roomOf({ size: 8, label: '环节1' }));
    expect(roomOf({ size: 8, label: '' })).toBeGreaterThanOrEqual(8);
  });
});

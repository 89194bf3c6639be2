import { MultiDirectedGraph } from 'graphology';
import { describePath, distanceTo, orgPaths, pathTo, trustOfHops } from '../../src/match/algorithms/org-path';
import type { ProjectedEdge, ProjectedGraph, ProjectedNode } from '../../src/projection/projected-graph';

/**
 *   E1 ←COVERS— O1 —UNDER→ TOP ←UNDER— O2 —COVERS→ E2
 *                O1 —PAIRED_WITH(2025)— O3 —COVERS→ E3
 *   E4 ←INSTRUCTS— P —INSTRUCTS→ E1          E5 (no ties)
 */
function graph(): ProjectedGraph {
  const g: ProjectedGraph = new MultiDirectedGraph<ProjectedNode, ProjectedEdge>();
  const node = (kind: ProjectedNode['kind'], id: string) =>
    g.addNode(`${kind}:${id}`, { kind, id, props: { id, name: id } });
  ['E1', 'E2', 'E3', 'E4', 'E5'].forEach((id) => node('Enterprise', id));
  ['O1', 'O2', 'O3', 'TOP'].forEach((id) => node('PartyOrg', id));
  node('Person', 'P');
  const edge = (from: string, type: ProjectedEdge['type'], to: string, props = {}) =>
    g.addDirectedEdge(from, to, { type, props });
  edge('PartyOrg:O1', 'COVERS', 'Enterprise:E1');
  edge('PartyOrg:O2', 'COVERS', 'Enterprise:E2');
  edge('PartyOrg:O3', 'COVERS', 'Enterprise:E3');
  edge('PartyOrg:O1', 'UNDER', 'PartyOrg:TOP');
  edge('PartyOrg:O2', 'UNDER', 'PartyOrg:TOP');
  edge('PartyOrg:O1', 'PAIRED_WITH', 'PartyOrg:O3', { since: '2025-04-28' });
  edge('Person:P', 'INSTRUCTS', 'Enterprise:E1');
  edge('Person:P', 'INSTRUCTS', 'Enterprise:E4');
  return g;
}

describe('organisational paths', () => {
  const g = graph();
  const paths = orgPaths(g, 'Enterprise:E1');

  test('when paths are searched from an enterprise, then each reachable one gets its shortest hop count', () => {
    expect(distanceTo(g, paths, 'Enterprise:E4')).toBe(2);
    expect(distanceTo(g, paths, 'Enterprise:E3')).toBe(3);
    expect(distanceTo(g, paths, 'Enterprise:E2')).toBe(4);
    expect(distanceTo(g, paths, 'Enterprise:E5')).toBeUndefined();
  });

  test('when a path is explained, then every hop is a relationship of the graph, in order', () => {
    const hops = pathTo(g, paths, 'Enterprise:E2');
    expect(hops.map((h) => [h.from, h.type, h.to, h.reversed])).toEqual([
      ['Enterprise:E1', 'COVERS', 'PartyOrg:O1', true],
      ['PartyOrg:O1', 'UNDER', 'PartyOrg:TOP', false],
      ['PartyOrg:TOP', 'UNDER', 'PartyOrg:O2', true],
      ['PartyOrg:O2', 'COVERS', 'Enterprise:E2', false],
    ]);
    for (const hop of hops) {
      const [source, target] = hop.reversed ? [hop.to, hop.from] : [hop.from, hop.to];
      expect(g.edges(source, target).some((e) => g.getEdgeAttribute(e, 'type') === hop.type)).toBe(true);
    }
    expect(describePath(g, pathTo(g, paths, 'Enterprise:E3')).zh).toBe(
      'E1 —所属党组织→ O1 —结对共建 2025→ O3 —覆盖→ E3',
    );
  });

  test('when an enterprise lies between, then the path does not pass through it', () => {
    // E4 is reached through the instructor, never onward through E1's organisations from E4
    expect(pathTo(g, paths, 'Enterprise:E4').map((h) => h.type)).toEqual(['INSTRUCTS', 'INSTRUCTS']);
  });

  test('when hops are turned into trust, then shorter is stronger and none is 0', () => {
    expect([2, 3, 4, 5, 6, 7, undefined].map(trustOfHops)).toEqual([1, 0.8, 0.6, 0.4, 0.25, 0, 0]);
  });

  test('when the start is not in the projection, then it says so', () => {
    expect(() => orgPaths(g, 'Enterprise:none')).toThrow("org-path: no node 'Enterprise:none' in the projection");
  });
});

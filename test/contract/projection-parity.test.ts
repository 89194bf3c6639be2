import { projectScope } from '../../src/projection/project-scope';
import type { ProjectedGraph } from '../../src/projection/projected-graph';
import type { Scope } from '../../src/projection/scope';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { chainFixture, loadFixture, record, uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';

/**
 * A projection without the store's timestamps, in a stable order, for comparison. The Neo4j
 * database is shared with other test files, so only this test's data (its id prefix) counts.
 */
function canonical(graph: ProjectedGraph, prefix: string): { nodes: string[]; edges: string[] } {
  const ours = (key: string) => key.includes(`:${prefix}-`);
  const nodes = graph.filterNodes(ours).map((key) => {
    const node = graph.getNodeAttributes(key);
    const { createdAt: _c, updatedAt: _u, ...props } = node.props;
    return `${key} ${sortedJson(props)}`;
  });
  const edges = graph
    .filterEdges((_edge, _attributes, source, target) => ours(source) && ours(target))
    .map(
      (edge) =>
        `${graph.getEdgeAttribute(edge, 'type')} ${graph.source(edge)} -> ${graph.target(edge)} ${sortedJson(graph.getEdgeAttribute(edge, 'props'))}`,
    );
  return { nodes: nodes.sort(), edges: edges.sort() };
}

function sortedJson(props: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : 1))));
}

describe('projection of a scope', () => {
  let neo: Neo4jGraphStore;
  let memory: GraphStore;
  const prefix = uniquePrefix('proj');
  const id = (s: string) => `${prefix}-${s}`;

  beforeAll(async () => {
    neo = await Neo4jGraphStore.open(neo4jSettingsFromEnv());
    memory = await MemoryGraphStore.open();
    const fx = chainFixture(prefix);
    // an enterprise of another chain in Lanzhou: outside a park-only scope, inside the whole graph
    fx.nodes.Enterprise!.push(record('Enterprise', { id: id('other'), name: '兰州丁机械有限公司' }));
    fx.rels.push({
      type: 'LOCATED_IN',
      from: { kind: 'Enterprise', id: id('other') },
      to: { kind: 'Region', id: id('lanzhou') },
    });
    for (const store of [neo, memory]) await loadFixture(store, fx);
  });
  afterAll(async () => {
    await neo.close();
    await memory.close();
  });

  const scopes: [string, (p: string) => Scope][] = [
    ['a park', (p) => ({ regionId: `${p}-park` })],
    ['a chain', (p) => ({ chainIds: [`${p}-li`] })],
    ['a chain in a park', (p) => ({ regionId: `${p}-park`, chainIds: [`${p}-li`] })],
  ];

  test.each(scopes)('when %s is projected from both stores, then the graphs are the same', async (_name, scopeOf) => {
    const scope = scopeOf(prefix);
    const fromNeo = canonical(await projectScope(neo, scope), prefix);
    const fromMemory = canonical(await projectScope(memory, scope), prefix);
    expect(fromNeo.edges.length).toBeGreaterThan(10);
    expect(fromNeo).toEqual(fromMemory);
  });

  test('when the whole graph is projected, then Neo4j streams it in parallel lean reads and the graph is the memory store’s', async () => {
    const streamed = jest.spyOn(neo, 'readWholeGraph');
    const whole = await projectScope(neo, {});
    const fromNeo = canonical(whole, prefix);
    const fromMemory = canonical(await projectScope(memory, {}), prefix);
    expect(streamed).toHaveBeenCalledTimes(1);
    streamed.mockRestore();
    expect(fromNeo.nodes.length).toBeGreaterThan(10);
    // a relationship's properties travel too (most have none, and the reader sends those apart)
    expect(fromNeo.edges.some((edge) => edge.startsWith('WORKS_AT ') && edge.endsWith('{"position":"教授"}'))).toBe(
      true,
    );
    expect(fromNeo).toEqual(fromMemory);
    // the instants travel as text, yet arrive as the store's own reads give them
    for (const [kind, key] of [
      ['Request', id('request')],
      ['Enterprise', id('a')],
    ] as const) {
      const stored = await neo.getNode(kind, key);
      expect(stored?.props['createdAt']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/u);
      expect(whole.getNodeAttribute(`${kind}:${key}`, 'props')).toEqual(stored?.props);
    }
  });

  test('when the memory store streams the whole graph, then it is the graph its paged reads build, in the same order', async () => {
    // the same store seen through the port alone: no whole-graph read, so listNodes and allRelationships
    const portOnly = Object.assign(Object.create(memory) as GraphStore, { readWholeGraph: undefined });
    const streamed = await projectScope(memory, {});
    const paged = await projectScope(portOnly, {});
    expect(streamed.order).toBeGreaterThan(10);
    expect(streamed.nodes()).toEqual(paged.nodes());
    expect(streamed.edges()).toEqual(paged.edges());
    expect(canonical(streamed, prefix)).toEqual(canonical(paged, prefix));
    expect(streamed.getNodeAttribute(`Request:${id('request')}`, 'props')).toEqual(
      (await memory.getNode('Request', id('request')))?.props,
    );
  });

  test('when a park is projected, then it holds the park and its candidates elsewhere in the chain, not unrelated firms', async () => {
    const graph = await projectScope(memory, { regionId: id('park'), chainIds: [id('li')] });
    const enterprises = graph
      .filterNodes((_k, n) => n.kind === 'Enterprise')
      .map((k) => graph.getNodeAttribute(k, 'id'));
    expect(enterprises.sort()).toEqual([id('a'), id('b'), id('c'), id('dfty')].sort());
    expect(graph.hasEdge(`PAIRED_WITH|PartyOrg:${id('dfty-po')}|PartyOrg:${id('lzu-po')}`)).toBe(true);
    expect(graph.hasNode(`Person:${id('expert')}`)).toBe(true);
    expect(graph.hasNode(`Problem:${id('problem')}`)).toBe(true);
    expect(graph.hasNode(`Request:${id('request')}`)).toBe(true);
  });

  test('when the scope names a region that does not exist, then it says which', async () => {
    await expect(projectScope(memory, { regionId: id('atlantis') })).rejects.toThrow(
      `Region '${id('atlantis')}' was not found`,
    );
  });
});

import { projectScope } from '../../src/projection/project-scope';
import type { RelType } from '../../src/domain';
import type { GraphEdge } from '../../src/store/graph-store';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { sampleRecord } from '../helpers/sample-records';
import type { MemoryGraph } from '../../src/store/memory/memory-types';
import type { WholeGraphSink } from '../../src/store/whole-graph-reader';

/**
 * The whole graph is projected as every node, then every relationship: the store is live, so an
 * enterprise can be created (with its ties) or deleted between the two reads. The projection must
 * still be made — an export or a search answered 500 when it was not. (The memory store's own
 * whole-graph read is one synchronous pass, which no write can land inside; a store read through
 * the port alone is read in steps, as here.)
 */
/** An empty memory store holding these enterprises. */
async function storeWithEnterprises(...ids: string[]): Promise<MemoryGraphStore> {
  const store = await MemoryGraphStore.open();
  await store.upsertNodes(
    'Enterprise',
    ids.map((id) => sampleRecord('Enterprise', id)),
  );
  return store;
}

describe('projecting the whole graph while it is written', () => {
  test('when an enterprise and its supply tie are created between the node and relationship reads, then the projection is made without them', async () => {
    const store = await storeWithEnterprises('ent-live-a', 'ent-live-b');
    await store.upsertRelationships([
      {
        type: 'SUPPLIES',
        from: { kind: 'Enterprise', id: 'ent-live-a' },
        to: { kind: 'Enterprise', id: 'ent-live-b' },
      },
    ]);
    const allRelationships = store.allRelationships.bind(store);
    let written = false;
    // another request writes while the projection reads: a new enterprise tied to a known one
    store.allRelationships = async (type: RelType): Promise<GraphEdge[]> => {
      if (!written) {
        written = true;
        await store.upsertNodes('Enterprise', [sampleRecord('Enterprise', 'ent-live-new')]);
        await store.upsertRelationships([
          {
            type: 'SUPPLIES',
            from: { kind: 'Enterprise', id: 'ent-live-new' },
            to: { kind: 'Enterprise', id: 'ent-live-a' },
          },
        ]);
        await store.deleteNode('Enterprise', 'ent-live-b');
      }
      return allRelationships(type);
    };
    // the store through the port alone: its nodes, then its relationships type by type
    const portOnly = Object.assign(Object.create(store) as MemoryGraphStore, { readWholeGraph: undefined });
    const graph = await projectScope(portOnly, {});
    expect(written).toBe(true);
    expect(graph.hasNode('Enterprise:ent-live-a')).toBe(true);
    expect(graph.hasNode('Enterprise:ent-live-new')).toBe(false);
    expect(graph.size).toBe(0);
    await store.close();
  });

  test('when a streamed relationship names a node written after the nodes were read, or comes twice, then it is left out and the rest is kept', async () => {
    const store = await storeWithEnterprises('ent-stream-a', 'ent-stream-b');
    const tie = { kind: 'Enterprise' as const, id: 'ent-stream-a' };
    await store.upsertRelationships([{ type: 'SUPPLIES', from: tie, to: { kind: 'Enterprise', id: 'ent-stream-b' } }]);
    // the store streams as Neo4j may: an edge to a node it did not send, and an edge sent twice
    const streaming = Object.assign(Object.create(store) as MemoryGraphStore, {
      readWholeGraph: async (sink: WholeGraphSink) => {
        await store.readWholeGraph(sink);
        sink.edge('SUPPLIES', 'Enterprise:ent-stream-late', 'Enterprise:ent-stream-a', {});
        sink.edge('SUPPLIES', 'Enterprise:ent-stream-a', 'Enterprise:ent-stream-b', { again: true });
      },
    });
    const graph = await projectScope(streaming, {});
    expect(graph.hasNode('Enterprise:ent-stream-late')).toBe(false);
    expect(graph.edges()).toEqual(['SUPPLIES|Enterprise:ent-stream-a|Enterprise:ent-stream-b']);
    expect(graph.getEdgeAttribute('SUPPLIES|Enterprise:ent-stream-a|Enterprise:ent-stream-b', 'props')).toEqual({});
    await store.close();
  });

  test('when the memory store holds a relationship of a type this release does not know, then its whole graph is projected without it', async () => {
    const store = await storeWithEnterprises('ent-old-a', 'ent-old-b');
    // as a snapshot of another release may hold one: written into the store's graph directly
    const graph = (store as unknown as { graph: MemoryGraph }).graph;
    graph.addDirectedEdgeWithKey('RETIRED|x', 'Enterprise:ent-old-a', 'Enterprise:ent-old-b', {
      type: 'RETIRED' as RelType,
      props: {},
    });
    const projected = await projectScope(store, {});
    expect(projected.hasNode('Enterprise:ent-old-a')).toBe(true);
    expect(projected.size).toBe(0);
    expect([...(await store.countRelationships()).keys()]).not.toContain('RETIRED');
    await store.close();
  });
});

import { projectScope } from '../../src/projection/project-scope';
import type { RelType } from '../../src/domain';
import type { GraphEdge } from '../../src/store/graph-store';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { sampleRecord } from '../helpers/sample-records';

/**
 * The whole graph is projected as every node, then every relationship: the store is live, so an
 * enterprise can be created (with its ties) or deleted between the two reads. The projection must
 * still be made — an export or a search answered 500 when it was not.
 */
describe('projecting the whole graph while it is written', () => {
  test('when an enterprise and its supply tie are created between the node and relationship reads, then the projection is made without them', async () => {
    const store = await MemoryGraphStore.open();
    await store.upsertNodes('Enterprise', [
      sampleRecord('Enterprise', 'ent-live-a'),
      sampleRecord('Enterprise', 'ent-live-b'),
    ]);
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
    const graph = await projectScope(store, {});
    expect(graph.hasNode('Enterprise:ent-live-a')).toBe(true);
    expect(graph.hasNode('Enterprise:ent-live-new')).toBe(false);
    expect(graph.size).toBe(0);
    await store.close();
  });
});

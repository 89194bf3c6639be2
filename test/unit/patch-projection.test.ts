import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import type { GraphChange } from '../../src/jobs/change-feed';
import { ChangeReportingStore } from '../../src/jobs/change-reporting-store';
import { enterpriseSpaceOf } from '../../src/match/enterprise-space';
import { gapMapsForAll } from '../../src/match/gaps/leads';
import { findPartners, partnersForAll } from '../../src/match/partners/find-partners';
import { tacklingIndexOf } from '../../src/match/tackling/tackling-index';
import { patchProjection } from '../../src/projection/patch-projection';
import { projectScope } from '../../src/projection/project-scope';
import { idsOfKind, type ProjectedGraph } from '../../src/projection/projected-graph';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { Prng } from '../../seeds/generate/prng';

/** Every node with its properties and every relationship with its own, in a fixed order. */
function contents(graph: ProjectedGraph): { nodes: string[]; edges: string[] } {
  const nodes = graph.mapNodes((key, node) => `${key} ${JSON.stringify(node.props)}`).sort();
  const edges = graph.mapEdges((key, edge) => `${key} ${JSON.stringify(edge.props)}`).sort();
  return { nodes, edges };
}

/** What the engines make of a projection: every partner list, candidate list and gap map. */
function results(graph: ProjectedGraph): unknown {
  const partners = [...partnersForAll(graph)].map((r) => r.candidates.map((c) => [c.enterpriseId, c.score]));
  const index = tacklingIndexOf(graph);
  const tackling = idsOfKind(graph, 'Problem')
    .sort()
    .map((id) => index.rank(id).experts.map((c) => [c.personId, c.score]));
  const gaps = [...gapMapsForAll(graph)].map((r) => [
    r.map.chain.id,
    r.map.region.id,
    r.leads.map((lead) => [lead.enterpriseId, lead.score]),
  ]);
  return { partners, tackling, gaps };
}

/**
 * A worker's projection is patched from the change log instead of reloaded: after any writes,
 * the patched projection must hold exactly what a fresh one holds, and the engines must give the
 * same answers on it — including the structures they compiled from it before the patch.
 */
describe('patching a projection from the changes written', () => {
  let raw: MemoryGraphStore;
  let store: ChangeReportingStore;
  let changes: GraphChange[] = [];
  let graph: ProjectedGraph;

  const patch = async () => {
    await patchProjection(raw, graph, changes);
    changes = [];
  };

  beforeEach(async () => {
    raw = await MemoryGraphStore.open();
    await seedArticles(raw);
    store = new ChangeReportingStore(raw, (reported) => void changes.push(...reported));
    graph = await projectScope(raw, {});
    // the engines' compiled structures exist before the writes: the patch must not leave them stale
    results(graph);
  });

  test('when a shipyard’s supplier is deleted and another enterprise is added, then the patched projection equals a fresh one and the engines agree', async () => {
    const before = findPartners(graph, { enterpriseId: 'ent-zj-shipyard', direction: 'upstream' });
    expect(before.candidates[0]!.enterpriseId).toBe('ent-cssc-power');

    await store.deleteNode('Enterprise', 'ent-cssc-power');
    await store.upsertNodes('Enterprise', [
      { id: 'ent-new-engines', name: '新港船用动力有限公司', products: ['船用发动机'], needs: ['船用钢板'] },
    ]);
    await store.upsertRelationships([
      {
        type: 'LOCATED_IN',
        from: { kind: 'Enterprise', id: 'ent-new-engines' },
        to: { kind: 'Region', id: 'region-zj-hitech' },
      },
      {
        type: 'IN_SEGMENT',
        from: { kind: 'Enterprise', id: 'ent-new-engines' },
        to: { kind: 'Segment', id: 'seg-marine-dual-fuel-engine' },
      },
    ]);
    await patch();

    const fresh = await projectScope(raw, {});
    expect(contents(graph)).toEqual(contents(fresh));
    const after = findPartners(graph, { enterpriseId: 'ent-zj-shipyard', direction: 'upstream' });
    expect(after.candidates.map((c) => c.enterpriseId)).not.toContain('ent-cssc-power');
    expect(after.candidates.map((c) => c.enterpriseId)).toContain('ent-new-engines');
    expect(results(graph)).toEqual(results(fresh));
  });

  test('when random edits, relationship deletions and re-additions land in batches, then after each patch the projection equals a fresh one', async () => {
    const random = new Prng(7);
    const enterprises = (await raw.listNodes('Enterprise', { limit: 1000 })).items;
    const people = (await raw.listNodes('Person', { limit: 1000 })).items;
    for (let batch = 0; batch < 5; batch++) {
      for (let i = 0; i < 6; i++) {
        const e = random.pick(enterprises);
        const node = await raw.getNode('Enterprise', e.id);
        if (!node) continue;
        const { createdAt: _c, updatedAt: _u, ...props } = node.props;
        await store.upsertNodes('Enterprise', [
          { ...props, description: `第${batch}批修改${i}`, products: ['船用钢板'] },
        ]);
        const supplies = await raw.follow({
          fromKind: 'Enterprise',
          ids: [e.id],
          type: 'SUPPLIES',
          direction: 'out',
          toKind: 'Enterprise',
        });
        const gone = supplies.edges[0];
        if (gone) await store.deleteRelationships([gone]);
        const other = random.pick(enterprises);
        if (other.id !== e.id)
          await store.upsertRelationships([
            { type: 'SUPPLIES', from: { kind: 'Enterprise', id: e.id }, to: { kind: 'Enterprise', id: other.id } },
          ]);
      }
      const person = random.pick(people);
      const { createdAt: _c, updatedAt: _u, ...props } = (await raw.getNode('Person', person.id))!.props;
      await store.upsertNodes('Person', [{ ...props, skills: ['激光雷达', '船用发动机'] }]);
      await patch();
      expect(contents(graph)).toEqual(contents(await projectScope(raw, {})));
    }
    expect(results(graph)).toEqual(results(await projectScope(raw, {})));
  });

  test('when a segment is renamed and a chain master named, then every patched gap map says so, as on a fresh projection', async () => {
    const maps = (g: ProjectedGraph) => JSON.stringify([...gapMapsForAll(g, { chainIds: ['chain-marine-offshore'] })]);
    const segment = (await raw.getNode('Segment', 'seg-marine-dual-fuel-engine'))!;
    const { createdAt: _c, updatedAt: _u, ...props } = segment.props;
    await store.upsertNodes('Segment', [{ ...props, name: '船用甲醇双燃料主机' }]);
    await store.upsertRelationships([
      {
        type: 'CHAIN_MASTER_OF',
        from: { kind: 'Enterprise', id: 'ent-zj-shipyard' },
        to: { kind: 'Chain', id: 'chain-marine-offshore' },
      },
    ]);
    await patch();

    const zhenjiang = [
      ...gapMapsForAll(graph, { chainIds: ['chain-marine-offshore'], regionIds: ['region-zj-hitech'] }),
    ];
    expect(zhenjiang[0]!.map.chainMasters.map((m) => m.id)).toContain('ent-zj-shipyard');
    expect(zhenjiang[0]!.map.segments.map((s) => s.name)).toContain('船用甲醇双燃料主机');
    expect(maps(graph)).toEqual(maps(await projectScope(raw, {})));
  });

  test('when nothing changed, then a patch keeps what the engines compiled', async () => {
    const space = enterpriseSpaceOf(graph);
    await patch();
    expect(enterpriseSpaceOf(graph)).toBe(space);
  });
});

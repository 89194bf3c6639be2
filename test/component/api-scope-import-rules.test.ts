import { importBundle } from '../../src/ingest/import-bundle.use-case';
import type { ImportCaller } from '../../src/ingest/import-scope';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

const ZHENJIANG: ImportCaller = { role: 'secretary', regionId: 'region-zhenjiang' };

/**
 * The import's scope rules row by row, on the articles' dataset in the memory store, as the
 * import job applies them for the key that sent the file: a 镇江 secretary and one without a region.
 */
describe('import scope rules', () => {
  let store: MemoryGraphStore;
  beforeAll(async () => {
    store = await MemoryGraphStore.open();
    await seedArticles(store);
  }, 120_000);

  const rejected = (report: Awaited<ReturnType<typeof importBundle>>) =>
    report.rejected.map((r) => `${r.position} ${r.field}`);

  test('when a supply tie or a pairing reaches into another region, then it is rejected by the foreign end; ties inside the region land', async () => {
    const report = await importBundle(
      store,
      {
        format: 'redchain-bundle/1',
        supplies: [
          { from: 'ent-zj-shipyard', to: 'ent-feilihua' },
          { from: 'ent-cssc-power', to: 'ent-zj-shipyard', source: 'scope-test' },
        ],
        pairings: [{ a: 'po-zj-hitech-chain', b: 'po-jz-edz-gwc', kind: 'co_building' }],
      },
      { caller: ZHENJIANG },
    );
    expect(rejected(report)).toEqual(['supplies[0] to', 'pairings[0] b']);
    const ties = await store.follow({
      fromKind: 'Enterprise',
      ids: ['ent-zj-shipyard'],
      type: 'SUPPLIES',
      direction: 'out',
      toKind: 'Enterprise',
    });
    expect(ties.nodes.map((n) => n.id)).not.toContain('ent-feilihua');
    expect(report.counts['supplies']).toMatchObject({ imported: 1, rejected: 1 });
  });

  test('when people are imported, then one tied to a foreign enterprise, or already working in another region, is rejected; one working in the region lands', async () => {
    const report = await importBundle(
      store,
      {
        format: 'redchain-bundle/1',
        people: [
          { id: 'person-scope-far', name: '外地专家', worksAt: [{ orgId: 'ent-feilihua' }] },
          { id: 'person-sun-fei', name: '孙飞', worksAt: [{ orgId: 'ent-zj-shipyard' }] },
          { id: 'person-scope-near', name: '本地专家', worksAt: [{ orgId: 'ent-zj-shipyard' }] },
          { id: 'person-scope-nowhere', name: '无处专家' },
        ],
        problems: [{ id: 'prob-scope-far', title: '外地难题', postedBy: 'ent-feilihua' }],
      },
      { caller: ZHENJIANG },
    );
    expect(rejected(report)).toEqual([
      'people[0] worksAt[0].orgId',
      'people[1] id',
      'people[3] worksAt',
      'problems[0] postedBy',
    ]);
    expect(await store.getNode('Person', 'person-scope-near')).not.toBeNull();
    expect(await store.getNode('Person', 'person-scope-far')).toBeNull();
    const works = await store.follow({
      fromKind: 'Person',
      ids: ['person-sun-fei'],
      type: 'WORKS_AT',
      direction: 'out',
      toKind: 'Enterprise',
    });
    expect(works.nodes.map((n) => n.id)).toEqual(['ent-feilihua']);
  });

  test('when a bundle relists another region’s enterprise under its own region, then nothing placed through it lands: not its requests, people, problems, needs, ties or outcomes', async () => {
    const foreign = 'ent-feilihua';
    const report = await importBundle(
      store,
      {
        format: 'redchain-bundle/1',
        enterprises: [
          { id: foreign, name: '湖北菲利华石英玻璃股份有限公司', regionId: 'region-zj-hitech' },
          // a new enterprise refused for a tie into another region: it places nothing either
          {
            id: 'ent-scope-new',
            name: '镇江新设测试有限公司',
            regionId: 'region-zj-hitech',
            chainMasterOf: [{ chainId: 'chain-marine-offshore', regionId: 'region-jingzhou' }],
          },
        ],
        people: [{ id: 'person-scope-relisted', name: '借壳专家', worksAt: [{ orgId: foreign }] }],
        problems: [{ id: 'prob-scope-relisted', title: '借壳难题', postedBy: foreign }],
        requests: [
          {
            id: 'req-scope-relisted',
            kind: 'approval',
            title: '伪造的外地诉求',
            raisedBy: foreign,
            status: 'raised',
            raisedAt: '2026-10-27T05:00:00.000Z',
          },
          {
            id: 'req-scope-new',
            kind: 'approval',
            title: '借新企业的诉求',
            raisedBy: 'ent-scope-new',
            status: 'raised',
            raisedAt: '2026-10-27T05:00:00.000Z',
          },
        ],
        talentNeeds: [{ id: 'tn-scope-relisted', title: '工艺工程师', enterpriseId: foreign, postedAt: '2026-10-01' }],
        supplies: [{ from: foreign, to: 'ent-zj-shipyard' }],
        outcomes: [
          {
            id: 'outcome-scope-relisted',
            engine: 'partners',
            result: 'contract_signed',
            date: '2026-11-01',
            subjectId: foreign,
            candidateId: 'ent-zj-shipyard',
          },
        ],
      },
      { caller: ZHENJIANG },
    );
    const refused = new Set(report.rejected.map((r) => r.position.replace(/\[\d+\]$/, '')));
    expect([...refused].sort()).toEqual(
      ['enterprises', 'outcomes', 'people', 'problems', 'requests', 'supplies', 'talentNeeds'].sort(),
    );
    // every refusal is the region's, naming the foreign enterprise or the refused new one
    expect(report.rejected.every((r) => r.reason.startsWith('outside your region'))).toBe(true);
    expect(report.rejected.filter((r) => r.position.startsWith('requests'))).toHaveLength(2);
    for (const [kind, id] of [
      ['Request', 'req-scope-relisted'],
      ['Request', 'req-scope-new'],
      ['Person', 'person-scope-relisted'],
      ['Problem', 'prob-scope-relisted'],
      ['Outcome', 'outcome-scope-relisted'],
      ['Enterprise', 'ent-scope-new'],
      ['TalentNeed', 'tn-scope-relisted'],
    ] as const)
      expect(await store.getNode(kind, id)).toBeNull();
    const located = await store.follow({
      fromKind: 'Enterprise',
      ids: [foreign],
      type: 'LOCATED_IN',
      direction: 'out',
      toKind: 'Region',
    });
    expect(located.nodes.map((n) => n.id)).not.toContain('region-zj-hitech');
  });

  test('when a party organisation of the region is put under another region’s, then it is rejected by its parent, with or without its own region; one under a local parent lands', async () => {
    const report = await importBundle(
      store,
      {
        format: 'redchain-bundle/1',
        partyOrgs: [
          {
            id: 'po-scope-under-far',
            name: '测试党支部甲',
            kind: 'branch',
            regionId: 'region-zj-hitech',
            parentId: 'po-jz-edz-gwc',
          },
          { id: 'po-scope-far-parent', name: '测试党支部乙', kind: 'branch', parentId: 'po-jz-edz-gwc' },
          {
            id: 'po-scope-under-near',
            name: '测试党支部丙',
            kind: 'branch',
            regionId: 'region-zj-hitech',
            parentId: 'po-zj-hitech-chain',
          },
        ],
      },
      { caller: ZHENJIANG },
    );
    expect(rejected(report)).toEqual(['partyOrgs[0] parentId', 'partyOrgs[1] parentId']);
    expect(report.rejected[0]!.reason).toBe(
      "outside your region (region-zhenjiang): PartyOrg 'po-jz-edz-gwc' is not in it",
    );
    expect(await store.getNode('PartyOrg', 'po-scope-under-far')).toBeNull();
    expect(await store.getNode('PartyOrg', 'po-scope-under-near')).not.toBeNull();
  });

  test('when a key without a region imports chains, segments and feeds, then they are rejected as an admin’s; an admin’s import (no caller, as the CLI) writes them', async () => {
    const bundle = {
      format: 'redchain-bundle/1',
      chains: [{ id: 'chain-scope-test', name: '范围测试链' }],
      segments: [{ id: 'seg-scope-a', chainId: 'chain-scope-test', name: '甲', stage: 'upstream' }],
    };
    const secretary = await importBundle(store, bundle, { caller: { role: 'secretary', regionId: null } });
    expect(rejected(secretary)).toEqual(['chains[0] (record)', 'segments[0] (record)']);
    expect(await store.getNode('Chain', 'chain-scope-test')).toBeNull();
    const admin = await importBundle(store, bundle);
    expect(admin.rejected).toEqual([]);
    expect(await store.getNode('Segment', 'seg-scope-a')).not.toBeNull();
  });
});

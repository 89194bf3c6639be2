import { exportBundle } from '../../src/ingest/export-bundle';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { readRecordedOutcomes } from '../../src/use-cases/recorded-outcomes';
import type { GraphStore } from '../../src/store/graph-store';
import { tradeTag, validBundle } from '../helpers/bundle-fixture';
import { uniquePrefix } from '../helpers/fixtures';
import { talentBundle } from '../helpers/talent-fixture';

/** The import pipeline on a store; run on both stores by the *.test.ts files beside this one. */
export function describeImportContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`import a bundle: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => store.close());

    test('when a valid bundle is imported twice, then everything is created once and the second import changes nothing', async () => {
      const bundle = validBundle(uniquePrefix('imp'));
      const first = await importBundle(store, bundle);
      expect(first.rejected).toEqual([]);
      expect(first.review).toEqual([]);
      expect(first.counts.enterprises).toEqual({ received: 40, imported: 40, rejected: 0, held: 0 });
      expect(first.written.nodesCreated).toBe(3 + 1 + 5 + 40 + 1 + 3 + 10 + 10 + 5 + 1 + 1 + 1);
      const second = await importBundle(store, bundle);
      expect(second.written).toMatchObject({ nodesCreated: 0, nodesUpdated: 0, relsCreated: 0, relsUpdated: 0 });
      expect(second.written.nodesUnchanged).toBe(first.written.nodesCreated);
      expect(second.written.relsUnchanged).toBe(first.written.relsCreated);
      const id = bundle.enterprises![3]!.id;
      const around = await store.neighbourhood({ kind: 'Enterprise', id });
      const own = around.edges.filter((e) => e.from.id === id || e.to.id === id).map((e) => e.type);
      expect(own.sort()).toEqual(['COVERS', 'IN_SEGMENT', 'LOCATED_IN', 'NEEDS', 'POSTED', 'RAISED_BY', 'SUPPLIES']);
    });

    test('when 5% of records are broken, then every good record is imported and each broken one is reported with position and reason, nothing partial', async () => {
      const p = uniquePrefix('broken');
      const bundle = validBundle(p) as unknown as Record<string, Record<string, unknown>[]>;
      const ent = bundle['enterprises']!;
      ent[5] = { ...ent[5], segments: [`${p}-seg-nowhere`] }; // bad reference
      ent[6] = { ...ent[6], uscc: '91350100M000100Y44' }; // bad USCC check character
      ent[7] = { ...ent[7], name: '' }; // missing name
      bundle['problems']![1] = { ...bundle['problems']![1], teamSize: 'five' }; // wrong type
      bundle['people']![2] = { ...bundle['people']![2], worksAt: [{ orgId: `${p}-ghost` }] }; // bad reference
      const report = await importBundle(store, bundle);
      const byPosition = Object.fromEntries(report.rejected.map((r) => [r.position, `${r.field}: ${r.reason}`]));
      expect(byPosition).toEqual({
        'enterprises[5]': `segments[0]: no Segment with id '${p}-seg-nowhere' in this bundle or the graph`,
        'enterprises[6]': "uscc: invalid USCC: check character is '4', expected '3'",
        'enterprises[7]': 'name: name must not be empty',
        'problems[1]': 'teamSize: must be a number (got "five")',
        'people[2]': `worksAt[0].orgId: no Enterprise or Institution or Department with id '${p}-ghost' in this bundle or the graph`,
        // records that referenced a rejected enterprise go with it
        'supplies[5]': `from: no Enterprise with id '${p}-ent-5' in this bundle or the graph`,
        'supplies[6]': `from: no Enterprise with id '${p}-ent-6' in this bundle or the graph`,
        'supplies[7]': `from: no Enterprise with id '${p}-ent-7' in this bundle or the graph`,
        // sections are checked in order: ent-5, rejected for its segment, is already gone when the
        // party organisation covering it is checked, so its first failing reference is named
        'partyOrgs[1]': `covers[5]: no Enterprise or Institution with id '${p}-ent-5' in this bundle or the graph`,
        'pairings[0]': `a: no PartyOrg with id '${p}-po-chain' in this bundle or the graph`,
        'works[2]': `authorIds[0]: no Person with id '${p}-person-2' in this bundle or the graph`,
        'people[5]': `worksAt[0].orgId: no Enterprise or Institution or Department with id '${p}-ent-5' in this bundle or the graph`,
        'works[5]': `authorIds[0]: no Person with id '${p}-person-5' in this bundle or the graph`,
        'people[6]': `worksAt[0].orgId: no Enterprise or Institution or Department with id '${p}-ent-6' in this bundle or the graph`,
        'people[7]': `worksAt[0].orgId: no Enterprise or Institution or Department with id '${p}-ent-7' in this bundle or the graph`,
        'works[6]': `authorIds[0]: no Person with id '${p}-person-6' in this bundle or the graph`,
        'works[7]': `authorIds[0]: no Person with id '${p}-person-7' in this bundle or the graph`,
      });
      expect(report.counts.enterprises).toEqual({ received: 40, imported: 37, rejected: 3, held: 0 });
      expect(await store.getNode('Enterprise', `${p}-ent-5`)).toBeNull();
      expect(await store.getNode('Enterprise', `${p}-ent-4`)).not.toBeNull();
      expect(await store.getNode('Problem', `${p}-problem-1`)).toBeNull();
      expect(await store.getNode('Problem', `${p}-problem-2`)).not.toBeNull();
      const segmentFive = await store.neighbourhood({ kind: 'Segment', id: `${p}-seg-raw` }, { types: ['IN_SEGMENT'] });
      expect(segmentFive.nodes.map((n) => n.id)).not.toContain(`${p}-ent-5`);
    });

    test('when a dry run is asked, then it reports what a real import would do and writes nothing', async () => {
      const bundle = validBundle(uniquePrefix('dry'));
      const dry = await importBundle(store, bundle, { dryRun: true });
      expect(dry.written).toEqual({
        nodesCreated: 0,
        nodesUpdated: 0,
        nodesUnchanged: 0,
        relsCreated: 0,
        relsUpdated: 0,
        relsUnchanged: 0,
      });
      expect(await store.getNode('Enterprise', bundle.enterprises![0]!.id)).toBeNull();
      const real = await importBundle(store, bundle);
      expect(dry.counts).toEqual(real.counts);
      expect(dry.counts.enterprises!.received).toBe(40);
      expect(real.written.nodesCreated).toBeGreaterThan(0);
    });

    test('when an incoming enterprise is a known one under a short name, then it links instead of duplicating; an ambiguous one is held for review', async () => {
      const p = uniquePrefix('link');
      const tag = tradeTag(p); // the graph is shared with other tests: this test's own trade name
      const base = validBundle(p);
      base.enterprises!.push({ id: `${p}-zjcc`, name: `江苏省${tag}船厂（集团）有限公司`, regionId: `${p}-park` });
      base.enterprises!.push({ id: `${p}-md1`, name: `${tag}冰箱有限公司`, aliases: [`${tag}电器`] });
      base.enterprises!.push({ id: `${p}-md2`, name: `${tag}洗衣机有限公司`, aliases: [`${tag}电器`] });
      await importBundle(store, base);
      const report = await importBundle(store, {
        format: 'redchain-bundle/1',
        enterprises: [
          { id: `${p}-new-zj`, name: `${tag}船厂`, segments: [`${p}-seg-product`] },
          { id: `${p}-new-md`, name: `${tag}电器` },
        ],
        supplies: [{ from: `${p}-new-zj`, to: `${p}-ent-0` }],
        outcomes: [
          {
            id: `${p}-o-linked`,
            engine: 'partners',
            result: 'contacted',
            date: '2026-11-01',
            subjectId: `${p}-new-zj`,
            candidateId: `${p}-ent-0`,
          },
        ],
      });
      expect(report.linked).toEqual([
        expect.objectContaining({ incomingId: `${p}-new-zj`, linkedTo: `${p}-zjcc`, by: 'core' }),
      ]);
      expect(report.review).toEqual([
        expect.objectContaining({
          position: 'enterprises[1]',
          candidates: expect.arrayContaining([
            expect.objectContaining({ id: `${p}-md1` }),
            expect.objectContaining({ id: `${p}-md2` }),
          ]),
        }),
      ]);
      expect(await store.getNode('Enterprise', `${p}-new-zj`)).toBeNull();
      // an outcome about the linked enterprise keeps the id it has in the graph, as its tie does
      expect((await store.getNode('Outcome', `${p}-o-linked`))!.props).toMatchObject({
        subjectId: `${p}-zjcc`,
        candidateId: `${p}-ent-0`,
      });
      const shipyard = await store.getNode('Enterprise', `${p}-zjcc`);
      expect(shipyard!.props['aliases']).toEqual([`${tag}船厂`]);
      const ties = await store.follow({
        fromKind: 'Enterprise',
        ids: [`${p}-zjcc`],
        type: 'SUPPLIES',
        direction: 'out',
        toKind: 'Enterprise',
      });
      expect(ties.nodes.map((n) => n.id)).toEqual([`${p}-ent-0`]);
    });

    test('when the request an outcome was about is deleted, then the outcome keeps what it was about, its export imports again, and it still counts for its engine', async () => {
      const p = uniquePrefix('hist');
      const bundle = validBundle(p);
      expect((await importBundle(store, bundle)).rejected).toEqual([]);
      expect(await store.deleteNode('Request', `${p}-req`)).toBe(true);

      const exported = await exportBundle(store);
      const outcome = (exported['outcomes'] as Record<string, unknown>[]).find((o) => o['id'] === `${p}-outcome`);
      expect(outcome).toMatchObject({ subjectId: `${p}-req`, candidateId: `${p}-person-9`, engine: 'dispatch' });

      // the export's outcome, into a graph without the request: kept, not rejected, and the report says why it has no tie
      const again = await importBundle(store, { format: 'redchain-bundle/1', outcomes: [outcome] });
      expect(again.rejected).toEqual([]);
      expect(again.counts.outcomes).toMatchObject({ received: 1, imported: 1 });
      expect(again.notes).toEqual([
        `outcomes[0] (${p}-outcome): subjectId '${p}-req' names no Request in this bundle or the graph (deleted since?); kept without its tie`,
      ]);
      const recorded = (await readRecordedOutcomes(store)).find((o) => o.id === `${p}-outcome`);
      expect(recorded).toMatchObject({
        subject: { kind: 'Request', id: `${p}-req` },
        candidate: { kind: 'Person', id: `${p}-person-9` },
      });

      // a misspelt subject of a new outcome is imported as such only by an import, never by the API (keepHistory: false)
      const typo = { ...outcome, id: `${p}-outcome-typo`, subjectId: `${p}-rqe` };
      const strict = await importBundle(
        store,
        { format: 'redchain-bundle/1', outcomes: [typo] },
        { keepHistory: false },
      );
      expect(strict.rejected).toEqual([
        expect.objectContaining({
          field: 'subjectId',
          reason: `no Request with id '${p}-rqe' in this bundle or the graph`,
        }),
      ]);
    });

    test('when talent needs are imported and exported, then each keeps its enterprise and chains, the export imports again unchanged, and a need naming no enterprise is refused', async () => {
      const p = uniquePrefix('talent');
      expect((await importBundle(store, validBundle(p))).rejected).toEqual([]);
      const talent = talentBundle(p);
      talent.talentNeeds![1] = { ...talent.talentNeeds![1]!, chainIds: [`${p}-chain`] };
      const first = await importBundle(store, talent);
      expect(first.rejected).toEqual([]);
      expect(first.counts.talentNeeds).toMatchObject({ received: 2, imported: 2 });
      const exported = (await exportBundle(store))['talentNeeds'] as Record<string, unknown>[];
      const mine = exported.filter((n) => String(n['id']).startsWith(`${p}-`));
      expect(mine.find((n) => n['id'] === `${p}-tn-2`)).toMatchObject({
        title: '电池测试技师',
        level: 'skilled',
        status: 'open',
        enterpriseId: `${p}-ent-12`,
        chainIds: [`${p}-chain`],
      });
      const again = await importBundle(store, { format: 'redchain-bundle/1', talentNeeds: mine });
      expect(again.written).toMatchObject({ nodesCreated: 0, nodesUpdated: 0, relsCreated: 0 });
      const orphan = await importBundle(store, {
        format: 'redchain-bundle/1',
        talentNeeds: [{ id: `${p}-tn-x`, title: '焊工', postedAt: '2025-01-01', enterpriseId: `${p}-ghost` }],
      });
      expect(orphan.rejected).toEqual([expect.objectContaining({ field: 'enterpriseId' })]);
    });

    test('when the format is wrong, then the import refuses naming the field', async () => {
      await expect(importBundle(store, { format: 'other/9' })).rejects.toThrow("format must be 'redchain-bundle/1'");
      await expect(importBundle(store, [])).rejects.toThrow('bundle must be a JSON object');
    });
  });
}

import { candidateSetKey, NODE_KINDS, type CandidateRun, type NodeKind } from '../../src/domain';
import type { GraphStore } from '../../src/store/graph-store';
import { chainFixture, loadFixture, record, uniquePrefix } from '../helpers/fixtures';
import { sampleRecord } from '../helpers/sample-records';
import { tradeTag } from '../helpers/bundle-fixture';

/**
 * The GraphStore contract: the same cases, run against every adapter (memory and Neo4j).
 * Each test makes its own data under a unique prefix and asserts only on that data.
 */
export function describeGraphStoreContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    test.each(NODE_KINDS)(
      'when a %s is upserted, then it reads back, and after delete it is gone',
      async (kind: NodeKind) => {
        const id = uniquePrefix(kind);
        const input = sampleRecord(kind, id);
        expect(await store.upsertNodes(kind, [input])).toEqual({ created: 1, updated: 0, unchanged: 0 });
        const read = await store.getNode(kind, id);
        expect(read).not.toBeNull();
        const { createdAt, updatedAt, ...props } = read!.props;
        expect(props).toEqual(input);
        expect(Date.parse(String(createdAt))).not.toBeNaN();
        expect(updatedAt).toBe(createdAt);
        expect(await store.deleteNode(kind, id)).toBe(true);
        expect(await store.getNode(kind, id)).toBeNull();
        expect(await store.deleteNode(kind, id)).toBe(false);
      },
    );

    test('when the same data is upserted again, then nothing new is created and nothing is rewritten', async () => {
      const fx = chainFixture(uniquePrefix('again'));
      await loadFixture(store, fx);
      const before = await store.getNode('Enterprise', `${fx.prefix}-dfty`);
      const enterprisesBefore = await store.countNodes('Enterprise');
      await new Promise((resolve) => setTimeout(resolve, 5));
      const nodes = await store.upsertNodes('Enterprise', fx.nodes.Enterprise!);
      const rels = await store.upsertRelationships(fx.rels);
      expect(nodes).toEqual({ created: 0, updated: 0, unchanged: fx.nodes.Enterprise!.length });
      expect(rels).toEqual({ created: 0, updated: 0, unchanged: fx.rels.length, missing: [] });
      expect(await store.countNodes('Enterprise')).toBe(enterprisesBefore);
      expect(await store.getNode('Enterprise', `${fx.prefix}-dfty`)).toEqual(before);
    });

    test('when a record changes, then it is updated in place and keeps its createdAt', async () => {
      const id = uniquePrefix('change');
      const name = `${tradeTag(id)}船厂`;
      await store.upsertNodes('Enterprise', [record('Enterprise', { id, name, scale: 'large' })]);
      const first = await store.getNode('Enterprise', id);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const count = await store.upsertNodes('Enterprise', [
        record('Enterprise', { id, name, aliases: [`江苏省${name}（集团）有限公司`] }),
      ]);
      expect(count).toEqual({ created: 0, updated: 1, unchanged: 0 });
      const second = await store.getNode('Enterprise', id);
      expect(second!.props['aliases']).toEqual([`江苏省${name}（集团）有限公司`]);
      expect(second!.props['scale']).toBeUndefined();
      expect(second!.props['createdAt']).toBe(first!.props['createdAt']);
      expect(Date.parse(String(second!.props['updatedAt']))).toBeGreaterThan(
        Date.parse(String(first!.props['updatedAt'])),
      );
    });

    test('when relationships are upserted, then each is stored once, props kept, and a missing end is reported', async () => {
      const fx = chainFixture(uniquePrefix('rels'));
      await loadFixture(store, fx);
      const p = fx.prefix;
      const reversePairing = await store.upsertRelationships([
        {
          type: 'PAIRED_WITH',
          from: { kind: 'PartyOrg', id: `${p}-lzu-po` },
          to: { kind: 'PartyOrg', id: `${p}-dfty-po` },
          props: { kind: 'school_local', since: '2025-01-01' },
        },
        {
          type: 'SUPPLIES',
          from: { kind: 'Enterprise', id: `${p}-c` },
          to: { kind: 'Enterprise', id: `${p}-nobody` },
          props: {},
        },
        {
          type: 'FEEDS',
          from: { kind: 'Segment', id: `${p}-ti` },
          to: { kind: 'Segment', id: `${p}-cathode` },
          props: { weight: 0.5 },
        },
      ]);
      expect(reversePairing.unchanged).toBe(1);
      expect(reversePairing.updated).toBe(1);
      expect(reversePairing.missing).toEqual([{ index: 1, reason: `no Enterprise with id '${p}-nobody'` }]);
      const feeds = await store.follow({
        fromKind: 'Segment',
        ids: [`${p}-ti`],
        type: 'FEEDS',
        direction: 'out',
        toKind: 'Segment',
      });
      expect(feeds.edges).toEqual([
        {
          type: 'FEEDS',
          from: { kind: 'Segment', id: `${p}-ti` },
          to: { kind: 'Segment', id: `${p}-cathode` },
          props: { weight: 0.5 },
        },
      ]);
      const pairings = await store.follow({
        fromKind: 'PartyOrg',
        ids: [`${p}-lzu-po`],
        type: 'PAIRED_WITH',
        direction: 'out',
        toKind: 'PartyOrg',
      });
      expect(pairings.nodes.map((n) => n.id)).toEqual([`${p}-dfty-po`]);
      expect(
        await store.deleteRelationships([
          {
            type: 'PAIRED_WITH',
            from: { kind: 'PartyOrg', id: `${p}-lzu-po` },
            to: { kind: 'PartyOrg', id: `${p}-dfty-po` },
          },
        ]),
      ).toBe(1);
    });

    test('when more relationships than several batches hold are upserted at once, on a few busy nodes, then each is stored once', async () => {
      // Neo4j writes such a call in several transactions (WRITE_BATCH rows each): rows tying the
      // same nodes, an undirected tie listed both ways round, and missing ends, spread over them
      const p = uniquePrefix('many');
      const firms = Array.from({ length: 150 }, (_, i) => `${p}-e${i}`);
      const orgs = Array.from({ length: 120 }, (_, i) => `${p}-po${i}`);
      await store.upsertNodes(
        'Enterprise',
        firms.map((id) => record('Enterprise', { id, name: `${tradeTag(id)}公司` })),
      );
      await store.upsertNodes(
        'PartyOrg',
        orgs.map((id) => record('PartyOrg', { id, name: `${tradeTag(id)}党支部`, kind: 'branch' })),
      );
      const supplies = firms.flatMap((from, i) =>
        firms
          .filter((_, j) => j !== i && (i * 7 + j * 3) % 2 === 0)
          .map((to) => ({
            type: 'SUPPLIES' as const,
            from: { kind: 'Enterprise' as const, id: from },
            to: { kind: 'Enterprise' as const, id: to },
            props: { source: `s${i}` },
          })),
      );
      const pairs = orgs.flatMap((a, i) =>
        orgs.slice(i + 1).map((b) => ({
          type: 'PAIRED_WITH' as const,
          from: { kind: 'PartyOrg' as const, id: a },
          to: { kind: 'PartyOrg' as const, id: b },
          props: { kind: 'co_building' },
        })),
      );
      const reversed = pairs.filter((_, i) => i % 9 === 0).map((r) => ({ ...r, from: r.to, to: r.from }));
      const missing = [0, 1, 2].map((i) => ({
        type: 'SUPPLIES' as const,
        from: { kind: 'Enterprise' as const, id: firms[i]! },
        to: { kind: 'Enterprise' as const, id: `${p}-nobody${i}` },
        props: {},
      }));
      const rels = [
        ...supplies.slice(0, 4000),
        missing[0]!,
        ...supplies.slice(4000),
        missing[1]!,
        ...pairs,
        ...reversed,
        missing[2]!,
      ];
      expect(supplies.length + pairs.length).toBeGreaterThan(15_000);

      const first = await store.upsertRelationships(rels);
      expect(first.missing.map((m) => m.index)).toEqual([4000, supplies.length + 1, rels.length - 1]);
      expect(first.missing[0]!.reason).toBe(`no Enterprise with id '${p}-nobody0'`);
      expect(first.created + first.updated + first.unchanged).toBe(rels.length - 3);
      const stored = async (type: 'SUPPLIES' | 'PAIRED_WITH'): Promise<string[]> =>
        (await store.allRelationships(type))
          .filter((e) => e.from.id.startsWith(`${p}-`))
          .map((e) => (type === 'PAIRED_WITH' ? [e.from.id, e.to.id].sort().join('~') : `${e.from.id}>${e.to.id}`))
          .sort();
      expect(await stored('SUPPLIES')).toEqual(supplies.map((r) => `${r.from.id}>${r.to.id}`).sort());
      expect(await stored('PAIRED_WITH')).toEqual(pairs.map((r) => [r.from.id, r.to.id].sort().join('~')).sort());

      const again = await store.upsertRelationships(rels);
      expect(again).toEqual({ created: 0, updated: 0, unchanged: rels.length - 3, missing: first.missing });
      const changed = supplies.slice(0, 3000).map((r) => ({ ...r, props: { source: 'changed' } }));
      expect(await store.upsertRelationships(changed)).toEqual({
        created: 0,
        updated: 3000,
        unchanged: 0,
        missing: [],
      });
    });

    test('when nodes are listed, then filters apply and cursor pages cover every match once, in id order', async () => {
      const fx = chainFixture(uniquePrefix('list'));
      await loadFixture(store, fx);
      const park = { kind: 'Region' as const, id: `${fx.prefix}-park` };
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.listNodes('Enterprise', {
          related: { type: 'LOCATED_IN', direction: 'out', node: park },
          limit: 2,
          ...(cursor ? { cursor } : {}),
        });
        seen.push(...page.items.map((n) => n.id));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor);
      expect(seen).toEqual([`${fx.prefix}-a`, `${fx.prefix}-b`, `${fx.prefix}-dfty`]);
      expect(pages).toBe(2);
      const masters = await store.listNodes('Enterprise', {
        where: { tags: 'chain_master' },
        related: { type: 'LOCATED_IN', direction: 'out', node: park },
      });
      expect(masters.items.map((n) => n.id)).toEqual([`${fx.prefix}-dfty`]);
      const small = await store.listNodes('Enterprise', {
        where: { scale: 'small' },
        related: { type: 'LOCATED_IN', direction: 'out', node: park },
      });
      expect(small.items.map((n) => n.id)).toEqual([`${fx.prefix}-b`]);
      const covered = await store.listNodes('Enterprise', {
        related: { type: 'COVERS', direction: 'in', node: { kind: 'PartyOrg', id: `${fx.prefix}-dfty-po` } },
      });
      expect(covered.items.map((n) => n.id)).toEqual([`${fx.prefix}-dfty`]);
      // related to any of several regions (a city's parks): each match once, in id order, paged
      const parks = {
        kind: 'Region' as const,
        ids: [`${fx.prefix}-lanzhou`, `${fx.prefix}-park`, `${fx.prefix}-none`],
      };
      const first = await store.listNodes('Enterprise', {
        related: { type: 'LOCATED_IN', direction: 'out', node: parks },
        limit: 3,
      });
      const rest = await store.listNodes('Enterprise', {
        related: { type: 'LOCATED_IN', direction: 'out', node: parks },
        limit: 3,
        cursor: first.nextCursor!,
      });
      expect([...first.items, ...rest.items].map((n) => n.id)).toEqual(
        ['a', 'b', 'c', 'dfty'].map((e) => `${fx.prefix}-${e}`),
      );
      expect(rest.nextCursor).toBeNull();
      await expect(store.listNodes('Enterprise', { cursor: 'not-a-cursor' })).rejects.toThrow(/cursor/);
    });

    test('when a node is deleted, then its relationships go with it', async () => {
      const fx = chainFixture(uniquePrefix('delete'));
      await loadFixture(store, fx);
      await store.deleteNode('Enterprise', `${fx.prefix}-dfty`);
      const around = await store.neighbourhood({ kind: 'Segment', id: `${fx.prefix}-cathode` });
      expect(around.nodes.map((n) => n.id)).not.toContain(`${fx.prefix}-dfty`);
      expect(around.edges.filter((e) => e.from.id === `${fx.prefix}-dfty` || e.to.id === `${fx.prefix}-dfty`)).toEqual(
        [],
      );
    });

    test('when a neighbourhood is asked, then nearer nodes come first and depth widens it', async () => {
      const fx = chainFixture(uniquePrefix('hood'));
      await loadFixture(store, fx);
      const p = fx.prefix;
      const one = await store.neighbourhood({ kind: 'Enterprise', id: `${p}-dfty` });
      expect(one.nodes[0]!.id).toBe(`${p}-dfty`);
      expect(new Set(one.nodes.map((n) => n.id))).toEqual(
        new Set([`${p}-dfty`, `${p}-park`, `${p}-cathode`, `${p}-b`, `${p}-li`, `${p}-dfty-po`, `${p}-problem`]),
      );
      const two = await store.neighbourhood(
        { kind: 'Enterprise', id: `${p}-dfty` },
        { depth: 2, types: ['PAIRED_WITH', 'COVERS'] },
      );
      expect(new Set(two.nodes.map((n) => n.id))).toEqual(new Set([`${p}-dfty`, `${p}-dfty-po`, `${p}-lzu-po`]));
      expect(two.edges.map((e) => e.type).sort()).toEqual(['COVERS', 'PAIRED_WITH']);
      const limited = await store.neighbourhood({ kind: 'Enterprise', id: `${p}-dfty` }, { limit: 3 });
      expect(limited.nodes).toHaveLength(3);
      await expect(store.neighbourhood({ kind: 'Enterprise', id: `${p}-none` })).rejects.toThrow(/not found/);
    });

    test('when names carry Cypher or parameter syntax, then they are stored and read back verbatim', async () => {
      const names = ["恶意'}) DETACH DELETE n //", '$param 与 {{label}}', 'a\\"b` MATCH (m) DETACH DELETE m'];
      const ids = names.map(() => uniquePrefix('inject'));
      await store.upsertNodes(
        'Enterprise',
        names.map((name, i) => record('Enterprise', { id: ids[i], name, description: name })),
      );
      for (const [i, name] of names.entries()) {
        const read = await store.getNode('Enterprise', ids[i]!);
        expect(read!.props['name']).toBe(name);
        expect(read!.props['description']).toBe(name);
      }
      expect(await store.countNodes('Enterprise')).toBeGreaterThanOrEqual(names.length);
    });

    test('when a new result run is written, then it replaces the old and readers never see a mix', async () => {
      const fx = chainFixture(uniquePrefix('run'));
      await loadFixture(store, fx);
      const targets = Array.from({ length: 60 }, (_, i) =>
        record('Enterprise', { id: `${fx.prefix}-t${String(i).padStart(2, '0')}`, name: `候选企业${i}` }),
      );
      await store.upsertNodes('Enterprise', targets);
      const from = { kind: 'Enterprise' as const, id: `${fx.prefix}-a` };
      const run = (runId: string, computedAt: string, offset: number): CandidateRun => ({
        runId,
        computedAt,
        sets: [
          {
            type: 'PARTNER_CANDIDATE',
            from,
            qualifier: 'upstream',
            candidates: targets.slice(offset, offset + 30).map((t, i) => ({
              to: { kind: 'Enterprise', id: String(t['id']) },
              rank: i + 1,
              score: 1 - i / 100,
              detail: { run: runId },
            })),
          },
        ],
      });
      await store.writeCandidateRun(run('run-1', '2026-01-01T00:00:00.000Z', 0));
      const first = await store.readCandidates('PARTNER_CANDIDATE', from, 'upstream');
      expect(first!.runId).toBe('run-1');
      expect(first!.candidates.map((c) => c.rank)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(first!.candidates[0]).toEqual({
        to: { kind: 'Enterprise', id: `${fx.prefix}-t00` },
        rank: 1,
        score: 1,
        detail: { run: 'run-1' },
      });

      const reads: { runId: string; ids: string[] }[] = [];
      let writing = true;
      const reader = (async () => {
        while (writing) {
          const r = await store.readCandidates('PARTNER_CANDIDATE', from, 'upstream');
          reads.push({ runId: r!.runId, ids: r!.candidates.map((c) => c.to.id) });
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      await store.writeCandidateRun(run('run-2', '2026-01-02T00:00:00.000Z', 30));
      writing = false;
      await reader;
      const expectedIds = {
        'run-1': targets.slice(0, 30).map((t) => t['id']),
        'run-2': targets.slice(30, 60).map((t) => t['id']),
      };
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads) expect(read.ids).toEqual(expectedIds[read.runId as 'run-1' | 'run-2']);

      const latest = await store.readCandidates('PARTNER_CANDIDATE', from, 'upstream');
      expect(latest!.runId).toBe('run-2');
      await store.writeCandidateRun(run('run-old', '2025-12-31T00:00:00.000Z', 0));
      expect((await store.readCandidates('PARTNER_CANDIDATE', from, 'upstream'))!.runId).toBe('run-2');
      await store.writeCandidateRun(run('run-2', '2026-01-02T00:00:00.000Z', 30));
      expect((await store.readCandidates('PARTNER_CANDIDATE', from, 'upstream'))!.candidates).toHaveLength(30);
      expect(await store.readCandidates('PARTNER_CANDIDATE', from, 'downstream')).toBeNull();
    });

    test('when a run keeps unchanged lists, then an unchanged list keeps its run, a moved one is written, and no older run replaces either', async () => {
      const fx = chainFixture(uniquePrefix('keep'));
      await loadFixture(store, fx);
      const targets = await candidateEnterprises(store, `${fx.prefix}-k`, 6);
      const from = { kind: 'Enterprise' as const, id: `${fx.prefix}-a` };
      const list = (qualifier: string, first: number) => ({
        type: 'PARTNER_CANDIDATE' as const,
        from,
        qualifier,
        candidates: targets.slice(first, first + 3).map((t, i) => ({
          to: { kind: 'Enterprise' as const, id: String(t['id']) },
          rank: i + 1,
          score: 0.9 - i / 10,
          detail: { via: { segment: 's' } },
        })),
      });
      const read = async (qualifier: string) => {
        const r = await store.readCandidates('PARTNER_CANDIDATE', from, qualifier);
        return { runId: r!.runId, ids: r!.candidates.map((c) => c.to.id) };
      };
      const ids = (first: number) => targets.slice(first, first + 3).map((t) => String(t['id']));
      await store.writeCandidateRun({
        runId: 'keep-1',
        computedAt: '2026-02-01T00:00:00.000Z',
        sets: [list('upstream', 0), list('downstream', 0)],
      });
      // downstream recomputed the same, upstream moved
      await store.writeCandidateRun({
        runId: 'keep-2',
        computedAt: '2026-02-02T00:00:00.000Z',
        sets: [list('upstream', 3), list('downstream', 0)],
        keepUnchanged: true,
      });
      expect(await read('upstream')).toEqual({ runId: 'keep-2', ids: ids(3) });
      expect(await read('downstream')).toEqual({ runId: 'keep-1', ids: ids(0) });
      // a late retry of a run older than keep-2 replaces neither: the kept list is claimed by keep-2's time
      await store.writeCandidateRun({
        runId: 'keep-late',
        computedAt: '2026-02-01T12:00:00.000Z',
        sets: [list('upstream', 1), list('downstream', 1)],
      });
      expect(await read('upstream')).toEqual({ runId: 'keep-2', ids: ids(3) });
      expect(await read('downstream')).toEqual({ runId: 'keep-1', ids: ids(0) });
      // without keepUnchanged, a newer run writes even an unchanged list
      await store.writeCandidateRun({
        runId: 'keep-3',
        computedAt: '2026-02-03T00:00:00.000Z',
        sets: [list('downstream', 0)],
      });
      expect(await read('downstream')).toEqual({ runId: 'keep-3', ids: ids(0) });
    });

    test('when lists are asked what they say of themselves, then each stored one gives its length, last candidate, text normaliser and whether it holds the member; a deletion leaves its lists without a normaliser', async () => {
      const fx = chainFixture(uniquePrefix('standing'));
      await loadFixture(store, fx);
      const targets = await candidateEnterprises(store, `${fx.prefix}-t`, 4);
      const ref = (id: string) => ({ kind: 'Enterprise' as const, id });
      const from = ref(`${fx.prefix}-a`);
      const candidates = targets.slice(0, 3).map((t, i) => ({
        to: ref(String(t['id'])),
        rank: i + 1,
        score: 0.75 - i / 8,
        detail: { name: `候选${i}` },
      }));
      await store.writeCandidateRun({
        runId: 'standing-1',
        computedAt: '2026-03-01T00:00:00.000Z',
        sets: [
          {
            type: 'PARTNER_CANDIDATE',
            from,
            qualifier: 'upstream',
            candidates,
            textNorm: { bestText: 7.25, bestTextOf: `${fx.prefix}-t3` },
          },
          { type: 'PARTNER_CANDIDATE', from, qualifier: 'downstream', candidates: [] },
        ],
      });
      const lists = ['upstream', 'downstream', 'never'].map((qualifier) => ({ from, qualifier }));
      const standings = await store.readListStandings('PARTNER_CANDIDATE', lists, ref(`${fx.prefix}-t1`));
      const key = (qualifier: string) => candidateSetKey({ type: 'PARTNER_CANDIDATE', from, qualifier });
      expect(Object.fromEntries(standings)).toEqual({
        [key('upstream')]: {
          size: 3,
          last: { id: `${fx.prefix}-t2`, score: 0.5 },
          textNorm: { bestText: 7.25, bestTextOf: `${fx.prefix}-t3` },
          holds: true,
        },
        [key('downstream')]: { size: 0, last: null, textNorm: null, holds: false },
      });
      const other = await store.readListStandings('PARTNER_CANDIDATE', lists.slice(0, 1), ref(`${fx.prefix}-t3`));
      expect(other.get(key('upstream'))!.holds).toBe(false);
      // a candidate deleted: the list is no longer what the engine gave, and says so
      await store.deleteNode('Enterprise', `${fx.prefix}-t0`);
      const after = await store.readListStandings('PARTNER_CANDIDATE', lists.slice(0, 1), ref(`${fx.prefix}-t1`));
      expect(after.get(key('upstream'))).toEqual({
        size: 2,
        last: expect.objectContaining({ id: `${fx.prefix}-t2` }),
        textNorm: null,
        holds: true,
      });
    });

    test("when an answer reads a node's lists in one go, then it gets where the node is and each list cut to the limit", async () => {
      const fx = chainFixture(uniquePrefix('lists'));
      await loadFixture(store, fx);
      const a = { kind: 'Enterprise' as const, id: `${fx.prefix}-a` };
      const candidates = ['b', 'c', 'dfty'].map((e, i) => ({
        to: { kind: 'Enterprise' as const, id: `${fx.prefix}-${e}` },
        rank: i + 1,
        score: 0.9 - i / 10,
        detail: { name: e },
      }));
      await store.writeCandidateRun({
        runId: 'lists-1',
        computedAt: '2026-03-01T00:00:00.000Z',
        sets: [{ type: 'PARTNER_CANDIDATE', from: a, qualifier: 'upstream', candidates }],
      });

      const read = await store.readCandidateLists('PARTNER_CANDIDATE', a, ['upstream', 'downstream'], 2);
      expect(read!.regionIds).toEqual([`${fx.prefix}-park`]);
      expect(read!.lists['upstream']).toEqual({
        runId: 'lists-1',
        computedAt: '2026-03-01T00:00:00.000Z',
        candidates: candidates.slice(0, 2),
      });
      // a list no run has stored yet is null, not empty: the API then queues the job that computes it
      expect(read!.lists['downstream']).toBeNull();
      expect(
        (await store.readCandidateLists('PARTNER_CANDIDATE', a, ['upstream'], 10))!.lists['upstream']!.candidates,
      ).toHaveLength(3);
      // a newer run is served at once, whatever a reader held of the one before
      await store.writeCandidateRun({
        runId: 'lists-2',
        computedAt: '2026-03-02T00:00:00.000Z',
        sets: [
          {
            type: 'PARTNER_CANDIDATE',
            from: a,
            qualifier: 'upstream',
            candidates: [{ ...candidates[2]!, rank: 1 }],
          },
        ],
      });
      const newer = await store.readCandidateLists('PARTNER_CANDIDATE', a, ['upstream'], 10);
      expect(newer!.lists['upstream']).toMatchObject({
        runId: 'lists-2',
        candidates: [{ to: candidates[2]!.to, rank: 1 }],
      });
      // readers at once while runs replace each other: each gets a whole list of the run it names
      const runOf = (runId: string, at: number): CandidateRun => ({
        runId,
        computedAt: `2026-03-0${at}T00:00:00.000Z`,
        sets: [
          {
            type: 'PARTNER_CANDIDATE',
            from: a,
            qualifier: 'upstream',
            candidates: candidates.slice(0, at - 1).map((c, i) => ({ ...c, rank: i + 1 })),
          },
        ],
      });
      const seen: { runId: string; n: number }[] = [];
      let writing = true;
      const readers = Array.from({ length: 4 }, async () => {
        while (writing) {
          const read = await store.readCandidateLists('PARTNER_CANDIDATE', a, ['upstream'], 10);
          seen.push({ runId: read!.lists['upstream']!.runId, n: read!.lists['upstream']!.candidates.length });
        }
      });
      // forty flips: a read that took its candidates from one run and named the next showed up a
      // few times in sixty flips against Neo4j (the pointer was read twice in one statement)
      const expectedLength: Record<string, number> = { 'lists-2': 1 };
      for (let k = 0; k < 40; k++) {
        const at = 3 + (k % 2);
        expectedLength[`flip-${k}`] = at - 1;
        await store.writeCandidateRun(runOf(`flip-${k}`, at));
      }
      writing = false;
      await Promise.all(readers);
      expect(seen.length).toBeGreaterThan(40);
      expect(seen.filter((read) => read.n !== expectedLength[read.runId])).toEqual([]);
      // a party organisation is placed by IN_REGION; a problem has no region of its own
      const org = await store.readCandidateLists(
        'PARTNER_CANDIDATE',
        { kind: 'PartyOrg', id: `${fx.prefix}-gwc` },
        ['x'],
        1,
      );
      expect(org).toEqual({ regionIds: [`${fx.prefix}-park`], lists: { x: null } });
      const problem = { kind: 'Problem' as const, id: `${fx.prefix}-problem` };
      const tackle = await store.readCandidateLists('TACKLE_CANDIDATE', problem, ['experts', 'institutions'], 5);
      expect(tackle).toEqual({ regionIds: [], lists: { experts: null, institutions: null } });
      expect(
        await store.readCandidateLists(
          'PARTNER_CANDIDATE',
          { kind: 'Enterprise', id: `${fx.prefix}-none` },
          ['upstream'],
          5,
        ),
      ).toBeNull();
    });

    test('when a report is written twice, then the newer run wins and an older one is ignored', async () => {
      const key = `${uniquePrefix('gap')}@park`;
      await store.writeReports({
        runId: 'r1',
        computedAt: '2026-02-01T00:00:00.000Z',
        reports: [{ kind: 'gap_map', key, payload: { segments: [{ name: '正极材料', status: 'weak' }] } }],
      });
      await store.writeReports({
        runId: 'r2',
        computedAt: '2026-02-02T00:00:00.000Z',
        reports: [{ kind: 'gap_map', key, payload: { segments: [{ name: '正极材料', status: 'ok' }] } }],
      });
      await store.writeReports({
        runId: 'r0',
        computedAt: '2026-01-01T00:00:00.000Z',
        reports: [{ kind: 'gap_map', key, payload: { stale: true } }],
      });
      expect(await store.readReport('gap_map', key)).toEqual({
        kind: 'gap_map',
        key,
        runId: 'r2',
        computedAt: '2026-02-02T00:00:00.000Z',
        payload: { segments: [{ name: '正极材料', status: 'ok' }] },
      });
      expect(await store.readReport('gap_map', `${key}-none`)).toBeNull();
    });

    test('when a node with candidate lists is deleted, then its lists go and it leaves the lists it was in', async () => {
      const fx = chainFixture(uniquePrefix('drop'));
      await loadFixture(store, fx);
      const a = { kind: 'Enterprise' as const, id: `${fx.prefix}-a` };
      const b = { kind: 'Enterprise' as const, id: `${fx.prefix}-b` };
      const c = { kind: 'Enterprise' as const, id: `${fx.prefix}-c` };
      await store.writeCandidateRun({
        runId: 'x',
        computedAt: '2026-03-01T00:00:00.000Z',
        sets: [
          {
            type: 'PARTNER_CANDIDATE',
            from: a,
            qualifier: 'upstream',
            candidates: [
              { to: b, rank: 1, score: 0.9 },
              { to: c, rank: 2, score: 0.8 },
            ],
          },
          {
            type: 'PARTNER_CANDIDATE',
            from: b,
            qualifier: 'downstream',
            candidates: [{ to: a, rank: 1, score: 0.7 }],
          },
        ],
      });
      await store.deleteNode('Enterprise', b.id);
      expect(await store.readCandidates('PARTNER_CANDIDATE', b, 'downstream')).toBeNull();
      expect((await store.readCandidates('PARTNER_CANDIDATE', a, 'upstream'))!.candidates.map((x) => x.to.id)).toEqual([
        c.id,
      ]);
    });
  });
}

/** `n` enterprises to be candidates in stored lists (ids `${prefix}0`…), written to the store. */
async function candidateEnterprises(store: GraphStore, prefix: string, n: number): Promise<Record<string, unknown>[]> {
  const targets = Array.from({ length: n }, (_, i) =>
    record('Enterprise', { id: `${prefix}${i}`, name: `候选企业${i}` }),
  );
  await store.upsertNodes('Enterprise', targets);
  return targets;
}

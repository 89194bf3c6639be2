import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import { createApp } from '../../src/api/app';
import { exportBundle } from '../../src/ingest/export-bundle';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { membersCommand } from '../../src/cli/members.command';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';
import { articlesApp } from '../helpers/articles-app';
import { uniquePrefix } from '../helpers/fixtures';
import { membersBundle } from '../helpers/members-fixture';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';

type Key = 'admin' | 'wuhan' | 'xianning' | 'elsewhere' | 'viewer';
type Member = {
  personId: string | null;
  name: string;
  membership: { id: string } | null;
  lastMove: { id: string } | null;
};

/**
 * 流动党员 through /api/v1 on either store: a member working in 武汉 with membership in 咸宁 is
 * listed from both cities (not from a third), counted once at the membership organisation and as
 * co-managed by the other; their record shows both organisations' paths and the moves; moves
 * recorded through the API move MANAGED_BY and MEMBER_OF; viewers get no id and a masked name.
 */
describe.each([
  ['memory', () => MemoryGraphStore.open()],
  ['neo4j', () => Neo4jGraphStore.open(neo4jSettingsFromEnv())],
] as const)('mobile members (%s store)', (_name, open) => {
  const p = uniquePrefix('mobile');
  let store: GraphStore & { close?: () => Promise<void> };
  let app: ReturnType<typeof createApp>;
  let api: ReturnType<typeof plainApiContext>;
  const keys = {} as Record<Key, string>;
  const get = (path: string, key: Key = 'admin', query: Record<string, string> = {}) =>
    request(app)
      .get(`/api/v1${path}`)
      .query(query)
      .set({ Authorization: `Bearer ${keys[key]}` });
  const post = (path: string, body: object, key: Key = 'xianning') =>
    request(app)
      .post(`/api/v1${path}`)
      .send(body)
      .set({ Authorization: `Bearer ${keys[key]}` });
  /** This test's members (the shared Neo4j holds other runs'), by membership organisation. */
  const ours = async (key: Key, query: Record<string, string> = {}) => {
    const res = await get('/mobile-members', key, query);
    expect(res.status).toBe(200);
    return (res.body.items as Member[]).filter((m) => m.membership?.id.startsWith(`${p}-`));
  };
  /** Coverage of this test's chains, from a fresh projection of the store. */
  const coverage = async () => {
    const fresh = createApp({
      api: { ...plainApiContext(store), access: api.access },
      protection: { perMinute: 1_000_000 },
    });
    const res = await request(fresh)
      .get('/api/v1/party-orgs/coverage')
      .set({ Authorization: `Bearer ${keys.admin}` });
    expect(res.status).toBe(200);
    const chains = res.body.chains as { chainId: string; membersKnown: number; membersManaged: number }[];
    return Object.fromEntries(
      chains
        .filter((c) => c.chainId.startsWith(`${p}-`))
        .map((c) => [c.chainId.slice(p.length + 1), { known: c.membersKnown, managed: c.membersManaged }]),
    );
  };

  beforeAll(async () => {
    store = await open();
    expect((await importBundle(store, membersBundle(p))).rejected).toEqual([]);
    api = plainApiContext(store);
    const make = async (role: string, regionId: string | null) =>
      (await createApiKey(api.access, store, { role, regionId, name: `${p}-${role}-${regionId}` })).key;
    keys.admin = await make('admin', null);
    keys.wuhan = await make('secretary', `${p}-wh`);
    keys.xianning = await make('secretary', `${p}-xn`);
    keys.elsewhere = await make('secretary', `${p}-elsewhere`);
    keys.viewer = await make('viewer', null);
    app = createApp({ api, protection: { perMinute: 1_000_000 } });
  }, 60_000);
  afterAll(async () => {
    await store.close?.();
  });

  test('when the mobile members are listed, then the member working in 武汉 with membership in 咸宁 comes with both organisations, workplace and last move, and the members who stay do not', async () => {
    const members = await ours('admin');
    expect(members).toHaveLength(1);
    expect(members[0]).toEqual({
      personId: `${p}-m1`,
      name: '张伟',
      membership: { id: `${p}-po-xn-branch`, name: '离岸科创园联合党支部', region: { id: `${p}-xn`, name: '咸宁市' } },
      managing: [
        {
          id: `${p}-po-wh`,
          name: '东湖高新区光电子党委',
          region: { id: `${p}-wh-park`, name: '东湖高新区' },
          since: '2025-08-29',
        },
      ],
      workplace: { id: `${p}-ent-wh`, name: `${p}光谷激光雷达有限公司` },
      workplaceRegion: { id: `${p}-wh-park`, name: '东湖高新区' },
      lastMove: {
        id: `${p}-move-1`,
        date: '2025-08-29',
        kind: 'outflow',
        note: '工作地在武汉、党组织关系在咸宁',
        from: { kind: 'PartyOrg', id: `${p}-po-xn-branch`, name: '离岸科创园联合党支部' },
        to: { kind: 'PartyOrg', id: `${p}-po-wh`, name: '东湖高新区光电子党委' },
        source: 'test',
      },
    });
  });

  test('when keys of 武汉, 咸宁 and a third city list them, then both organisations’ cities see the member and the third does not; a region outside the key is refused', async () => {
    expect((await ours('wuhan')).map((m) => m.personId)).toEqual([`${p}-m1`]);
    expect((await ours('xianning')).map((m) => m.personId)).toEqual([`${p}-m1`]);
    expect((await ours('admin', { region: `${p}-wh-park` })).map((m) => m.personId)).toEqual([`${p}-m1`]);
    expect(await ours('elsewhere')).toEqual([]);
    const refused = await get('/mobile-members', 'elsewhere', { region: `${p}-xn` });
    expect(refused.status).toBe(403);
  });

  test('when a viewer lists them, then the member has no id, a masked name and no workplace or co-managing organisation (which with the initial would name them), and the masked fields are named', async () => {
    const [member] = await ours('viewer');
    expect(member).toMatchObject({
      personId: null,
      name: '张**',
      masked: ['personId', 'name', 'managing', 'workplace'],
      workplace: null,
      managing: [],
      workplaceRegion: { id: `${p}-wh-park`, name: '东湖高新区' },
    });
    expect(JSON.stringify(member)).not.toContain('张伟');
    expect(JSON.stringify(member)).not.toContain(`${p}-ent-wh`);
  });

  test('when a secretary opens the member’s record, then both organisations’ paths run to their roots and the moves are there; viewers and other regions are refused', async () => {
    const res = await get(`/people/${p}-m1/moves`, 'wuhan');
    expect(res.status).toBe(200);
    expect(res.body.membershipPath.map((o: { name: string }) => o.name)).toEqual([
      '离岸科创园联合党支部',
      '咸宁高投集团党委',
    ]);
    expect(res.body.managingPaths).toEqual([[{ id: `${p}-po-wh`, name: '东湖高新区光电子党委' }]]);
    expect(res.body.moves.map((m: { id: string }) => m.id)).toEqual([`${p}-move-1`]);
    expect((await get(`/people/${p}-m1/moves`, 'viewer')).status).toBe(403);
    expect((await get(`/people/${p}-m1/moves`, 'elsewhere')).status).toBe(403);
    expect((await get(`/people/${p}-nobody/moves`)).status).toBe(404);
  });

  test('when coverage is counted, then the mobile member counts once, at the membership organisation’s chain, and as co-managed at the other', async () => {
    expect(await coverage()).toEqual({
      'chain-smart': { known: 2, managed: 0 },
      'chain-opto': { known: 1, managed: 1 },
    });
  });

  test('when a move is malformed or names nothing, then it is a 400 naming the field; a viewer or another region’s key may not record one', async () => {
    const bad = async (body: object, field: string, person = `${p}-m2`) => {
      const res = await post(`/people/${person}/moves`, body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(field);
    };
    await bad({ date: '2025-09-01', kind: 'outflow' }, 'body.toId');
    await bad({ date: '2025-09-01', kind: 'moved-away', toId: `${p}-po-wh` }, 'body.kind');
    await bad({ date: 'yesterday', kind: 'outflow', toId: `${p}-po-wh` }, 'body.date');
    await bad({ date: '2025-09-01', kind: 'outflow', toId: `${p}-nowhere` }, 'body.managedBy');
    await bad({ date: '2025-09-01', kind: 'outflow', toId: `${p}-wh`, managedBy: `${p}-nothing` }, 'body.managedBy');
    await bad(
      { date: '2025-09-01', kind: 'outflow', toId: `${p}-wh`, managedBy: `${p}-po-wh`, fromId: `${p}-nowhere` },
      'body.fromId',
    );
    await bad({ date: '2025-09-01', kind: 'transfer', toId: `${p}-wh` }, 'body.toId');
    await bad({ date: '2025-09-01', kind: 'outflow', toId: `${p}-po-wh` }, 'params.id', `${p}-nm`);
    expect(
      (await post(`/people/${p}-m2/moves`, { date: '2025-09-01', kind: 'outflow', toId: `${p}-po-wh` }, 'viewer'))
        .status,
    ).toBe(403);
    expect(
      (await post(`/people/${p}-m2/moves`, { date: '2025-09-01', kind: 'outflow', toId: `${p}-po-wh` }, 'elsewhere'))
        .status,
    ).toBe(403);
    expect((await get(`/people/${p}-m2/moves`)).body.moves).toEqual([]);
  });

  test('when 李娜 leaves to work in 武汉 and later returns, then she is listed co-managed by the Wuhan committee and then no more, with both moves on her record', async () => {
    const out = await post(`/people/${p}-m2/moves`, {
      date: '2025-10-08',
      kind: 'outflow',
      toId: `${p}-wh-park`,
      managedBy: `${p}-po-wh`,
      note: '赴光谷项目组',
    });
    expect(out.status).toBe(201);
    expect(out.body.managing).toMatchObject([{ id: `${p}-po-wh`, since: '2025-10-08' }]);
    expect((await ours('wuhan')).map((m) => m.personId).sort()).toEqual([`${p}-m1`, `${p}-m2`]);
    expect((await ours('admin'))[0]).toMatchObject({
      personId: `${p}-m2`,
      lastMove: { date: '2025-10-08', to: { kind: 'Region', id: `${p}-wh-park` } },
    });

    const back = await post(`/people/${p}-m2/moves`, { date: '2025-12-01', kind: 'return' });
    expect(back.status).toBe(201);
    expect(back.body.managing).toEqual([]);
    expect(
      back.body.moves.map((m: { kind: string; from: { id: string }; to: { id: string } }) => [
        m.kind,
        m.from.id,
        m.to.id,
      ]),
    ).toEqual([
      ['outflow', `${p}-po-xn-branch`, `${p}-wh-park`],
      ['return', `${p}-po-wh`, `${p}-po-xn-branch`],
    ]);
    expect((await ours('wuhan')).map((m) => m.personId)).toEqual([`${p}-m1`]);
  });

  test('when 张伟’s membership is transferred to the Wuhan committee, then he is no longer mobile and counts there, and the export keeps his moves', async () => {
    const res = await post(`/people/${p}-m1/moves`, {
      id: `${p}-move-2`,
      date: '2026-01-05',
      kind: 'transfer',
      toId: `${p}-po-wh`,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ membership: { id: `${p}-po-wh` }, managing: [] });
    expect(await ours('admin')).toEqual([]);
    expect(await coverage()).toEqual({
      'chain-smart': { known: 1, managed: 0 },
      'chain-opto': { known: 2, managed: 0 },
    });
    // his record is 武汉's now: 咸宁's key no longer reaches it, and a taken id is refused
    expect((await get(`/people/${p}-m1/moves`, 'xianning')).status).toBe(403);
    expect((await get(`/people/${p}-m1/moves`, 'wuhan')).body.moves).toHaveLength(2);
    const again = { id: `${p}-move-2`, date: '2026-01-06', kind: 'outflow', toId: `${p}-po-xn-branch` };
    expect((await post(`/people/${p}-m1/moves`, again, 'wuhan')).status).toBe(409);

    const bundle = (await exportBundle(store)) as { memberMoves: { id: string; personId: string; toId?: string }[] };
    expect(bundle.memberMoves.filter((m) => m.personId === `${p}-m1`).map((m) => [m.id, m.toId])).toEqual(
      expect.arrayContaining([
        [`${p}-move-1`, `${p}-po-wh`],
        [`${p}-move-2`, `${p}-po-wh`],
      ]),
    );
  });
});

/** 000's case in the articles' dataset, through the command line and the API. */
describe('mobile members on the articles’ dataset', () => {
  let app: Awaited<ReturnType<typeof articlesApp>>['app'];
  let raw: Awaited<ReturnType<typeof articlesApp>>['raw'];
  const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };
  beforeAll(async () => {
    ({ app, raw } = await articlesApp());
  });

  test('when `redchain members --mobile --region 武汉市` is run, then 000’s member (work in 武汉, membership in 咸宁) is printed with both organisations and the outflow', async () => {
    const lines: string[] = [];
    const notes: string[] = [];
    const ctx = { store: raw, out: (l: string) => lines.push(l), note: (l: string) => notes.push(l) };
    await membersCommand(ctx, { mobile: true, region: '武汉市', json: false });
    expect(lines).toEqual([
      '武汉市 → region-wuhan 武汉市',
      '流动党员 · 武汉市：1人（一方隶属、双重管理：在所属党组织计数）',
      '1. 离岸科创园流动党员（文章未具名）',
      '   所属党组织：咸宁(武汉)离岸科创园联合党支部（咸宁(武汉)离岸科创园）',
      '   双重管理：东湖高新区光电子党委（东湖高新区），自2025-08-29',
      '   工作单位：—',
      '   最近流动：2025-08-29 外出流动 咸宁市 → 武汉市',
    ]);
  });

  test('when the API lists them, then the member’s move carries the article as its source and coverage counts the member once, at the joint branch', async () => {
    const res = await request(app).get('/api/v1/mobile-members').set(admin);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0].lastMove).toMatchObject({ kind: 'outflow', source: 'article:000_b4e2dba9849af17a' });
    const coverage = await request(app).get('/api/v1/party-orgs/coverage').set(admin);
    const opto = (coverage.body.chains as { chainId: string; membersKnown: number; membersManaged: number }[]).find(
      (c) => c.chainId === 'chain-optoelectronics',
    );
    // the joint branch and the 东湖 committee are both on the chain: counted once, as a member
    expect(opto).toMatchObject({ membersKnown: 1, membersManaged: 0 });
  });
});

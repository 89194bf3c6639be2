import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import { createApp } from '../../src/api/app';
import { exportBundle } from '../../src/ingest/export-bundle';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { squadsCommand } from '../../src/cli/squads.command';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';
import { articlesApp } from '../helpers/articles-app';
import { validBundle } from '../helpers/bundle-fixture';
import { squadsBundle } from '../helpers/squads-fixture';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';

type Key = 'admin' | 'park' | 'investor' | 'viewer' | 'elsewhere';

/**
 * 党员招商小分队 through /api/v1 on either store: a park's squad is given leads of the gap map,
 * logs visits, a signing and then a landing of one lead record exactly one lead_attracted
 * outcome; lists and tallies count visits, enterprises met and signings beside the article's
 * stated figures; members are hidden from roles that may not see party membership; another
 * region's key is refused; hostile input is a 400 naming the field.
 */
describe.each([
  ['memory', () => MemoryGraphStore.open()],
  ['neo4j', () => Neo4jGraphStore.open(neo4jSettingsFromEnv())],
] as const)('investment squads (%s store)', (_name, open) => {
  const p = uniquePrefix('squads');
  let store: GraphStore & { close?: () => Promise<void> };
  let app: ReturnType<typeof createApp>;
  const keys = {} as Record<Key, string>;
  const get = (path: string, key: Key = 'park', query: Record<string, string> = {}) =>
    request(app)
      .get(`/api/v1${path}`)
      .query(query)
      .set({ Authorization: `Bearer ${keys[key]}` });
  const post = (path: string, body: object, key: Key = 'park') =>
    request(app)
      .post(`/api/v1${path}`)
      .send(body)
      .set({ Authorization: `Bearer ${keys[key]}` });
  const attracted = async () =>
    (await store.listNodes('Outcome', { where: { engine: 'leads', result: 'lead_attracted', qualifier: `${p}-park` } }))
      .items;

  beforeAll(async () => {
    store = await open();
    for (const bundle of [validBundle(p), squadsBundle(p)])
      expect((await importBundle(store, bundle)).rejected).toEqual([]);
    const api = plainApiContext(store);
    const make = async (role: string, regionId: string | null) =>
      (await createApiKey(api.access, store, { role, regionId, name: `${p}-${role}-${regionId}` })).key;
    keys.admin = await make('admin', null);
    keys.park = await make('secretary', `${p}-park`);
    keys.investor = await make('investment', `${p}-park`);
    keys.viewer = await make('viewer', `${p}-park`);
    keys.elsewhere = await make('secretary', `${p}-other-park`);
    app = createApp({ api, protection: { perMinute: 1_000_000 } });
  }, 60_000);
  afterAll(async () => {
    await store.close?.();
  });

  test('when the park’s staff give its squad leads and log visits, then a signing and its landing record one lead_attracted outcome', async () => {
    const leads = await post(`/squads/${p}-squad/leads`, {
      assignedOn: '2026-02-01',
      leads: [1, 2, 3].map((i) => ({ enterpriseId: `${p}-far-ent-${i}`, chainId: `${p}-chain` })),
    });
    expect([leads.status, leads.body.detail]).toEqual([200, undefined]);
    expect(leads.body.leads.map((l: { enterprise: { id: string } }) => l.enterprise.id).sort()).toEqual([
      `${p}-far-ent-1`,
      `${p}-far-ent-2`,
      `${p}-far-ent-3`,
    ]);
    // the same lead again changes nothing
    const again = await post(`/squads/${p}-squad/leads`, {
      leads: [{ enterpriseId: `${p}-far-ent-1`, chainId: `${p}-chain` }],
    });
    expect(again.body.leads).toHaveLength(3);

    const visit = (enterprise: number, date: string, outcome: string, key: Key = 'park') =>
      post(
        '/squad-visits',
        {
          squadId: `${p}-squad`,
          enterpriseId: `${p}-far-ent-${enterprise}`,
          date,
          outcome,
          visitors: [`${p}-person-5`, `${p}-person-6`],
          note: `走访${enterprise}`,
        },
        key,
      );
    expect((await visit(1, '2026-02-10', 'contacted')).status).toBe(201);
    expect((await visit(2, '2026-02-12', 'interested')).status).toBe(201);
    expect(await attracted()).toHaveLength(0);
    const signed = await visit(1, '2026-03-05', 'signed', 'investor');
    expect(signed.status).toBe(201);
    expect(signed.body.outcomeId).toEqual(expect.any(String));
    const landed = await visit(1, '2026-05-20', 'landed');
    expect(landed.status).toBe(201);
    expect(landed.body.outcomeId).toBe(signed.body.outcomeId);

    const outcomes = await attracted();
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.id).toBe(signed.body.outcomeId);
    expect(outcomes[0]!.props).toMatchObject({
      subjectId: `${p}-chain`,
      candidateId: `${p}-far-ent-1`,
      date: '2026-03-05',
    });
    const ledger = await get('/outcomes', 'admin', { engine: 'leads', result: 'lead_attracted', limit: '100' });
    expect(ledger.body.items.filter((o: { id: string }) => o.id === signed.body.outcomeId)).toHaveLength(1);

    const squad = await get(`/squads/${p}-squad`);
    expect(squad.status).toBe(200);
    expect(squad.body.visits.map((v: { date: string }) => v.date)).toEqual([
      '2026-05-20',
      '2026-03-05',
      '2026-02-12',
      '2026-02-10',
    ]);
    expect(squad.body.counts).toMatchObject({
      visits: 4,
      enterprisesMet: 2,
      interested: 1,
      signed: 1,
      landed: 1,
      leads: 3,
      leadsAttracted: 1,
    });
    const lead1 = squad.body.leads.find((l: { enterprise: { id: string } }) => l.enterprise.id === `${p}-far-ent-1`);
    expect(lead1).toMatchObject({ visits: 3, lastOutcome: 'landed', outcomeId: signed.body.outcomeId });
    expect(squad.body.leader).toEqual({ id: `${p}-person-5`, name: '专家5' });
  });

  test('when a squad list and the tally are read, then they count the visits per chain beside the article’s stated 30 squads, 165 trips and 200+ enterprises', async () => {
    const list = await get('/squads', 'park', { chain: `${p}-chain` });
    expect(list.status).toBe(200);
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([`${p}-squad`]);
    const tally = await get('/squads/tally', 'park', { chain: `${p}-chain` });
    expect(tally.status).toBe(200);
    expect(tally.body.chain).toEqual({ id: `${p}-chain`, name: '锂电池' });
    expect(tally.body.counted).toEqual(list.body.counts);
    expect(tally.body.perChain).toEqual([{ chain: { id: `${p}-chain`, name: '锂电池' }, counts: list.body.counts }]);
    expect(tally.body.stated).toEqual([
      expect.objectContaining({
        squads: 30,
        trips: 165,
        enterprisesMet: 200,
        enterprisesMetAtLeast: true,
        source: 'article:test',
      }),
    ]);
    // the whole province, for an admin: both parks' squads
    const all = await get('/squads', 'admin', { region: `${p}-prov` });
    expect(all.body.items.map((s: { id: string }) => s.id).sort()).toEqual([`${p}-other-squad`, `${p}-squad`].sort());
  });

  test('when a viewer or the investment staff read a squad, then its members are hidden (party membership) and counted', async () => {
    for (const key of ['viewer', 'investor'] as const) {
      const squad = await get(`/squads/${p}-squad`, key);
      expect(squad.status).toBe(200);
      expect(squad.body).toMatchObject({ members: [], leader: null, memberCount: 3, masked: ['leader', 'members'] });
      expect(squad.body.visits[0]).toMatchObject({ visitors: [], visitorCount: 2 });
    }
  });

  test('when another region’s key reads or writes the park’s squad, then it is refused; hostile input is a 400 naming the field', async () => {
    expect((await get(`/squads/${p}-squad`, 'elsewhere')).status).toBe(403);
    expect((await get('/squads', 'elsewhere')).body.items.map((s: { id: string }) => s.id)).toEqual([
      `${p}-other-squad`,
    ]);
    expect((await get('/squads', 'elsewhere', { region: `${p}-park` })).status).toBe(403);
    const base = {
      squadId: `${p}-squad`,
      enterpriseId: `${p}-far-ent-2`,
      date: '2026-03-01',
      outcome: 'contacted',
      visitors: [],
    };
    expect((await post('/squad-visits', base, 'elsewhere')).status).toBe(403);
    expect((await post('/squad-visits', base, 'viewer')).status).toBe(403);
    expect((await get('/squads/nope')).status).toBe(404);

    const bad = async (body: object, field: string) => {
      const res = await post('/squad-visits', body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(field);
    };
    await bad({ ...base, outcome: 'won' }, 'outcome');
    await bad({ ...base, date: 'yesterday' }, 'date');
    await bad({ ...base, date: '2999-01-01' }, 'body.date');
    await bad({ ...base, visitors: [`${p}-person-1`] }, 'body.visitors[0]');
    // a signing of an enterprise no lead of the squad
    await bad({ ...base, enterpriseId: `${p}-ent-3`, outcome: 'signed' }, 'body.outcome');
    await bad({ ...base, enterpriseId: "x' OR 1=1 //" }, 'enterpriseId');
    const lead = await post(`/squads/${p}-squad/leads`, {
      leads: [{ enterpriseId: `${p}-ent-3`, chainId: `${p}-chain` }],
    });
    expect(lead.status).toBe(400);
    expect(lead.body.detail).toContain('own region');
    const squad = await post('/squads', {
      id: `${p}-new-squad`,
      name: '新小分队',
      regionId: `${p}-park`,
      members: [`${p}-person-6`],
      leaderId: `${p}-person-7`,
    });
    expect(squad.status).toBe(400);
    expect(JSON.stringify(squad.body)).toContain('body.leaderId');
  });

  test('when a squad is formed through the API and the graph exported, then the squads, leads, visits and tally come back as they were', async () => {
    const formed = await post('/squads', {
      id: `${p}-new-squad`,
      name: '新能源招商小分队',
      regionId: `${p}-park`,
      chainIds: [`${p}-chain`],
      members: [`${p}-person-6`, `${p}-person-7`],
      leaderId: `${p}-person-7`,
    });
    expect(formed.status).toBe(201);
    expect(formed.body).toMatchObject({ memberCount: 2, leader: { id: `${p}-person-7` } });
    type Rec = { id: string } & Record<string, unknown>;
    const bundle = (await exportBundle(store)) as unknown as Record<string, Rec[] | undefined>;
    const mine = (items: Rec[] | undefined) => (items ?? []).filter((r) => r.id.startsWith(p));
    expect(mine(bundle.investmentSquads).find((s) => s.id === `${p}-squad`)).toMatchObject({
      regionId: `${p}-park`,
      chainIds: [`${p}-chain`],
      leaderId: `${p}-person-5`,
    });
    expect(mine(bundle.squadTallies)).toEqual([expect.objectContaining({ regionId: `${p}-park`, squads: 30 })]);
    const visits = (bundle.squadVisits ?? []).filter((v) => v.squadId === `${p}-squad`);
    expect(visits).toHaveLength(4);
    expect((bundle.squadLeads ?? []).filter((l) => l.squadId === `${p}-squad`).map((l) => l.chainId)).toEqual([
      `${p}-chain`,
      `${p}-chain`,
      `${p}-chain`,
    ]);
  });
});

/** The articles' own figures (001): 30 squads, 165 trips since 2026, 200+ enterprises met. */
describe('investment squads on the articles’ dataset', () => {
  let app: Awaited<ReturnType<typeof articlesApp>>['app'];
  let raw: Awaited<ReturnType<typeof articlesApp>>['raw'];
  beforeAll(async () => {
    ({ app, raw } = await articlesApp());
  });

  test('when `redchain squads --region 咸宁高新区` is run, then 001’s stated squads, trips and enterprises met are printed with their source, and no squad is recorded yet', async () => {
    const lines: string[] = [];
    await squadsCommand(
      { store: raw, out: (l) => lines.push(l), note: () => {} },
      { region: '咸宁高新区', json: false },
    );
    expect(lines).toEqual([
      '咸宁高新区 → region-xn-hitech 咸宁高新区',
      '咸宁高新区党员招商小分队（2026-01-01起）：30个小分队，外出招商165次，对接企业200余家  来源 article:001_058a0d2497feb709',
      '图谱中记录的小分队0个：外出招商0次，对接企业0家，有意向0家，签约0家（落地0家），线索0条已引进0条',
    ]);
  });

  test('when 咸宁高新区’s tally is read through the API, then the stated figures come with their source and hold for any chain of the park', async () => {
    const tally = await request(app)
      .get('/api/v1/squads/tally')
      .query({ region: 'region-xn-hitech', chain: 'chain-auto-parts' })
      .set({ Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` });
    expect(tally.status).toBe(200);
    expect(tally.body.stated).toEqual([
      expect.objectContaining({
        squads: 30,
        trips: 165,
        enterprisesMet: 200,
        enterprisesMetAtLeast: true,
        since: '2026-01-01',
        source: 'article:001_058a0d2497feb709',
      }),
    ]);
  });
});

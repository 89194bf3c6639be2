import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import { createApp } from '../../src/api/app';
import { InlineJobQueue } from '../../src/jobs/inline-job-queue';
import { MemoryChangeLog } from '../../src/jobs/change-log';
import { chiefCommand } from '../../src/cli/chief.command';
import { exportBundle } from '../../src/ingest/export-bundle';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { createLogger } from '../../src/shared/logger';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { plainApiContext } from '../helpers/api-harness';
import { validBundle } from '../helpers/bundle-fixture';
import { chiefBundle } from '../helpers/chief-fixture';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';

type Key = 'admin' | 'park' | 'other' | 'viewer';

/**
 * 链长制 through /api/v1 on either store: a chain chief's view of the chain across regions, a joint
 * meeting drafted from it, held, its decision recorded and marked done, and the year's pledged
 * items tracked; another region's key sees and writes only its own region.
 */
describe.each([
  ['memory', () => MemoryGraphStore.open()],
  ['neo4j', () => Neo4jGraphStore.open(neo4jSettingsFromEnv())],
] as const)('chain chiefs and joint meetings (%s store)', (_name, open) => {
  const p = uniquePrefix('chief');
  let store: GraphStore & { close?: () => Promise<void> };
  let jobs: InlineJobQueue;
  let app: ReturnType<typeof createApp>;
  const keys = {} as Record<Key, string>;
  const call = (method: 'get' | 'post' | 'patch', path: string, key: Key, body?: object) => {
    const agent = request(app);
    const req = agent[method](`/api/v1${path}`).set({ Authorization: `Bearer ${keys[key]}` });
    return body ? req.send(body) : req;
  };
  const ids = (items: { id: string }[]) => items.map((i) => i.id);

  beforeAll(async () => {
    store = await open();
    for (const bundle of [validBundle(p), chiefBundle(p)])
      expect((await importBundle(store, bundle)).rejected).toEqual([]);
    jobs = new InlineJobQueue(store, createLogger('silent'), new MemoryChangeLog());
    const api = plainApiContext(store, jobs);
    const make = async (role: string, regionId: string | null) =>
      (await createApiKey(api.access, store, { role, regionId, name: `${p}-${role}-${regionId}` })).key;
    keys.admin = await make('admin', null);
    keys.park = await make('secretary', `${p}-park`);
    keys.other = await make('secretary', `${p}-other`);
    keys.viewer = await make('viewer', `${p}-park`);
    app = createApp({ api, protection: { perMinute: 1_000_000 } });
  }, 60_000);
  afterAll(async () => {
    await jobs.close();
    await store.close?.();
  });

  test('when a chief opens the chain, then each region with a chief comes with its chiefs, gap map, stalled problems, overdue requests and coverage', async () => {
    const first = await call('get', `/chains/${p}-chain/chief-view`, 'admin');
    expect(first.status).toBe(200);
    expect(first.body.regions.map((r: { region: { name: string } }) => r.region.name)).toEqual([
      '白银高新区',
      '镇江高新区',
    ]);
    expect(first.body.regions[0].gaps.status).toBe('computing');
    await jobs.idle();
    const view = (await call('get', `/chains/${p}-chain/chief-view`, 'admin')).body;
    const [park, other] = view.regions;
    expect(park.chiefs).toEqual([{ id: `${p}-chief`, name: '李链长', title: '副区长' }]);
    expect(park.gaps.status).toBe('ready');
    expect(Object.values(park.gaps.counts).reduce((a: number, b) => a + (b as number), 0)).toBe(5);
    expect(park.problems[0]).toMatchObject({ id: `${p}-stalled`, stalled: true, deadline: '2025-01-31' });
    expect(park.problems.filter((x: { stalled: boolean }) => x.stalled)).toHaveLength(1);
    expect(park.requests).toEqual([expect.objectContaining({ id: `${p}-req`, overdue: true, status: 'raised' })]);
    expect(park.coverage).toMatchObject({ enterprises: 40, covered: 10, partyOrgs: 1 });
    expect(other.chiefs.map((c: { name: string }) => c.name)).toEqual(['王链长']);
    expect(ids(other.requests)).toEqual([`${p}-other-req`]);
    expect(other.coverage.enterprises).toBe(1);
    expect(other.problems).toEqual([]);
  }, 60_000);

  test('when a park’s key opens the chain, then it sees its own region only and is refused the other', async () => {
    const mine = await call('get', `/chains/${p}-chain/chief-view`, 'park');
    expect(mine.body.regions.map((r: { region: { id: string } }) => r.region.id)).toEqual([`${p}-park`]);
    expect((await call('get', `/chains/${p}-chain/chief-view?region=${p}-other`, 'park')).status).toBe(403);
    expect((await call('get', `/chains/${p}-nochain/chief-view`, 'park')).status).toBe(404);
    const bad = await call('get', `/chains/${p}-chain/chief-view?region=a%20b`, 'park');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('region');
  });

  test('when a meeting is drafted, held with its agenda, and its decision recorded and marked done, then the list shows each step; nothing is written by the draft', async () => {
    const draft = await call('post', `/chains/${p}-chain/joint-meetings/draft`, 'park', { region: `${p}-park` });
    expect(draft.status).toBe(200);
    expect(draft.body.chiefId).toBe(`${p}-chief`);
    const topics = draft.body.agenda.map((a: { topic: string; sourceId: string }) => `${a.topic}:${a.sourceId}`);
    expect(topics).toEqual(expect.arrayContaining([`overdue_request:${p}-req`, `stalled_problem:${p}-stalled`]));
    expect(draft.body.agenda.map((a: { rank: number }) => a.rank)).toEqual(topics.map((_: string, i: number) => i + 1));
    expect((await call('get', `/joint-meetings?chain=${p}-chain`, 'admin')).body.items).toEqual([]);

    const held = await call('post', '/joint-meetings', 'park', {
      id: `${p}-jm`,
      title: '锂电池产业链联席会议',
      date: '2025-06-10',
      chainId: `${p}-chain`,
      regionId: `${p}-park`,
      chiefId: `${p}-chief`,
      attendees: [`${p}-dept`, `${p}-chief`],
      agenda: draft.body.agenda,
    });
    expect(held.status).toBe(201);
    expect(held.body).toMatchObject({ chief: { name: '李链长' }, region: { name: '白银高新区' }, decisions: [] });
    expect(held.body.agenda).toEqual(draft.body.agenda);
    expect(held.body.attendees.map((a: { kind: string; name: string }) => `${a.kind}:${a.name}`).sort()).toEqual([
      'Department:区发改局',
      'Person:李链长',
    ]);

    const decided = await call('post', `/joint-meetings/${p}-jm/decisions`, 'park', {
      id: `${p}-d1`,
      text: '一个月内协调隔膜涂覆攻关团队',
      owner: '区发改局',
      dueDate: '2025-07-10',
    });
    expect(decided.status).toBe(201);
    expect(decided.body).toMatchObject({ status: 'open', doneAt: null, overdue: true });
    expect((await call('patch', `/meeting-decisions/${p}-d1`, 'other', { status: 'done' })).status).toBe(403);
    const bad = await call('patch', `/meeting-decisions/${p}-d1`, 'park', { status: 'finished' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('status');
    const done = await call('patch', `/meeting-decisions/${p}-d1`, 'park', { status: 'done' });
    expect(done.body).toMatchObject({ status: 'done', overdue: false });
    expect(done.body.doneAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const listed = (await call('get', `/joint-meetings?chain=${p}-chain`, 'park')).body.items;
    expect(ids(listed)).toEqual([`${p}-jm`]);
    expect(listed[0].decisions).toEqual([expect.objectContaining({ id: `${p}-d1`, status: 'done' })]);
    expect((await call('get', `/joint-meetings?chain=${p}-chain`, 'other')).body.items).toEqual([]);
    expect((await call('patch', `/meeting-decisions/${p}-nothing`, 'park', { status: 'done' })).status).toBe(404);
  }, 60_000);

  test('when a meeting is held in another region or with a hostile body, then it is refused and names the field', async () => {
    const meeting = { id: `${p}-jm2`, title: '联席会议', date: '2025-06-11', chainId: `${p}-chain` };
    expect((await call('post', '/joint-meetings', 'other', { ...meeting, regionId: `${p}-park` })).status).toBe(403);
    const noDate = await call('post', '/joint-meetings', 'park', {
      ...meeting,
      date: undefined,
      regionId: `${p}-park`,
    });
    expect(noDate.status).toBe(400);
    expect(JSON.stringify(noDate.body)).toContain('date');
    const injected = await call('post', '/joint-meetings', 'park', {
      ...meeting,
      title: "x' }) MATCH (n) DETACH DELETE n //",
      regionId: `${p}-park`,
      agenda: [{ topic: 'gap', sourceId: `${p}-ent-1`, title: 'x', rank: 1 }],
    });
    expect(injected.status).toBe(400);
    expect(JSON.stringify(injected.body)).toContain('agenda[0].sourceId');
    expect((await call('post', '/joint-meetings', 'viewer', { ...meeting, regionId: `${p}-park` })).status).toBe(403);
  });

  test('when the year’s pledged items are tracked, then each comes with its region and target, and moving one to done counts it', async () => {
    const all = (await call('get', `/pledges?chain=${p}-chain&year=2025`, 'admin')).body;
    expect(ids(all.items).sort()).toEqual([`${p}-other-pledge`, `${p}-pledge`]);
    expect(all.done).toBe(0);
    const mine = (await call('get', `/pledges?chain=${p}-chain`, 'park')).body.items;
    expect(mine).toEqual([
      expect.objectContaining({ id: `${p}-pledge`, target: '50亿元以上', targetYuan: 5_000_000_000, source: 'test' }),
    ]);
    expect((await call('patch', `/pledges/${p}-pledge`, 'other', { status: 'done' })).status).toBe(403);
    const moved = await call('patch', `/pledges/${p}-pledge`, 'park', { status: 'done', progress: '已投放52亿元' });
    expect(moved.body).toMatchObject({ status: 'done', progress: '已投放52亿元' });
    expect((await call('get', `/pledges?chain=${p}-chain`, 'admin')).body.done).toBe(1);
    const item = {
      id: `${p}-pledge-2`,
      title: '组建党员招商小分队',
      year: 2026,
      owner: '区商务局',
      regionId: `${p}-park`,
      chainId: `${p}-chain`,
    };
    const added = await call('post', '/pledges', 'park', item);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ status: 'open', chain: { id: `${p}-chain` }, region: { id: `${p}-park` } });
    expect((await call('post', '/pledges', 'other', { ...item, id: `${p}-pledge-3` })).status).toBe(403);
  });

  test('when the graph is exported, then meetings, decisions and pledges come back with their ties', async () => {
    const bundle = (await exportBundle(store)) as Record<string, Record<string, unknown>[]>;
    const meeting = bundle['jointMeetings']!.find((m) => m['id'] === `${p}-jm`)!;
    expect(meeting).toMatchObject({ chainId: `${p}-chain`, regionId: `${p}-park`, chiefId: `${p}-chief` });
    expect((meeting['agenda'] as unknown[]).length).toBeGreaterThan(1);
    expect(bundle['meetingDecisions']!.find((d) => d['id'] === `${p}-d1`)).toMatchObject({ meetingId: `${p}-jm` });
    expect(bundle['pledges']!.find((d) => d['id'] === `${p}-pledge`)).toMatchObject({ regionId: `${p}-park` });
  }, 60_000);

  test('when `redchain chief` is run for the park, then it prints the region with its chief, gaps, stalled problem, overdue request, coverage, the meeting’s decisions and the pledges', async () => {
    const lines: string[] = [];
    await chiefCommand({ store, out: (l) => lines.push(l), note: () => {} }, `${p}-chain`, {
      region: `${p}-park`,
      json: false,
    });
    const text = lines.join('\n');
    expect(lines).toContain('白银高新区  链长：李链长（副区长）');
    expect(text).toMatch(/招商图谱：缺失 \d+ · 薄弱 \d+ · 良好 \d+ · 强 \d+/u);
    expect(text).toContain('    - 隔膜涂覆工艺（');
    expect(lines).toContain('  在办诉求 1 件（超期 1）');
    expect(text).toMatch(/党建覆盖：链上企业 40 家，党组织覆盖 10 家（25%）/u);
    expect(lines).toContain('联席会议 1 次，待办决定 0 项');
    expect(lines).toContain('十件实事 2 项，已办结 1 项');
  }, 60_000);
});

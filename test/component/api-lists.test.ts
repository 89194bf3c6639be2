import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import { createApp } from '../../src/api/app';
import { exportBundle } from '../../src/ingest/export-bundle';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';
import { articlesApp } from '../helpers/articles-app';
import { listsCommand } from '../../src/cli/lists.command';
import { validBundle } from '../helpers/bundle-fixture';
import { listsBundle } from '../helpers/lists-fixture';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';

type Key = 'admin' | 'park' | 'elsewhere' | 'viewer';

/**
 * 3张清单 through /api/v1 on either store: a park's staff read the needs, resources and projects
 * lists of the park and chain, see a need's matched resources with the reasons, add and update
 * resources and projects, record a need met by a resource and read precision@k of the lists
 * matcher; hostile input is a 400 naming the field, another region's key a 403.
 */
describe.each([
  ['memory', () => MemoryGraphStore.open()],
  ['neo4j', () => Neo4jGraphStore.open(neo4jSettingsFromEnv())],
] as const)('the three lists (%s store)', (_name, open) => {
  const p = uniquePrefix('lists');
  let store: GraphStore & { close?: () => Promise<void> };
  let app: ReturnType<typeof createApp>;
  const keys = {} as Record<Key, string>;
  const auth = (key: Key) => ({ Authorization: `Bearer ${keys[key]}` });
  const get = (path: string, key: Key = 'park', query: Record<string, string> = {}) =>
    request(app).get(`/api/v1${path}`).query(query).set(auth(key));
  const post = (path: string, body: object, key: Key = 'park') =>
    request(app).post(`/api/v1${path}`).send(body).set(auth(key));
  const patch = (path: string, body: object, key: Key = 'park') =>
    request(app).patch(`/api/v1${path}`).send(body).set(auth(key));
  const ids = (items: { id: string }[]) => items.map((i) => i.id).filter((id) => id.startsWith(`${p}-`));

  beforeAll(async () => {
    store = await open();
    for (const bundle of [validBundle(p), listsBundle(p)])
      expect((await importBundle(store, bundle)).rejected).toEqual([]);
    const api = plainApiContext(store);
    const make = async (role: string, regionId: string | null) =>
      (await createApiKey(api.access, store, { role, regionId, name: `${p}-${role}-${regionId}` })).key;
    keys.admin = await make('admin', null);
    keys.park = await make('secretary', `${p}-park`);
    keys.elsewhere = await make('secretary', `${p}-elsewhere-r`);
    keys.viewer = await make('viewer', `${p}-park`);
    app = createApp({ api, protection: { perMinute: 1_000_000 } });
  }, 60_000);
  afterAll(async () => {
    await store.close?.();
  });

  test('when the park’s staff read its needs list, then requests, talent needs and the closed request are listed with their enterprise and chain, open first; another region’s key is refused the park', async () => {
    const res = await get('/lists/needs', 'park', { region: `${p}-park`, chain: `${p}-chain` });
    expect(res.status).toBe(200);
    const listed = ids(res.body.items);
    expect(listed).toEqual(expect.arrayContaining([`${p}-req-land`, `${p}-tn`, `${p}-req`, `${p}-req-old`]));
    expect(listed.indexOf(`${p}-req-old`)).toBe(listed.length - 1);
    expect(res.body.open).toBe(3);
    expect(res.body.items.find((n: { id: string }) => n.id === `${p}-tn`)).toMatchObject({
      source: 'TalentNeed',
      category: 'talent',
      open: true,
      enterprise: { id: `${p}-ent-2` },
      region: { id: `${p}-park`, name: '白银高新区' },
      chains: [{ id: `${p}-chain`, name: '锂电池' }],
    });
    const closed = await get('/lists/needs', 'park', { region: `${p}-park`, open: 'false' });
    expect(ids(closed.body.items)).toEqual([`${p}-req-old`]);
    expect((await get('/lists/needs', 'elsewhere', { region: `${p}-park` })).status).toBe(403);
    expect(ids((await get('/lists/needs', 'elsewhere')).body.items)).toEqual([]);
    const bad = await get('/lists/needs', 'park', { open: 'perhaps' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('open');
    expect((await get('/lists/needs', 'park', { chain: `${p}-no-chain` })).status).toBe(404);
  });

  test('when a need’s resources are asked, then the land resource comes first with its components and reasons, the approval service after it, and expired or faraway resources are not proposed', async () => {
    const res = await get(`/lists/needs/${p}-req-land/resources`);
    expect(res.status).toBe(200);
    const proposed = res.body.candidates.map((c: { resource: { id: string } }) => c.resource.id);
    expect(proposed.filter((id: string) => id.startsWith(`${p}-`))).toEqual([`${p}-res-land`, `${p}-res-approval`]);
    expect(res.body.candidates[0]).toMatchObject({
      rank: 1,
      components: { kind: 1, text: 1, chain: 1, region: 1 },
      resource: { department: { name: '自然资源和规划分局' }, region: { id: `${p}-park` } },
    });
    expect(res.body.candidates[0].reasons.zh).toEqual(
      expect.arrayContaining(['用地用房资源对口用地用房诉求', '需求提到用地、厂房', '同属锂电池产业链']),
    );
    expect(res.body.candidates[0].reasons.en).toContain('offered by 自然资源和规划分局');
    expect(res.body.candidates[1].components.kind).toBe(0.5);
    const talent = await get(`/lists/needs/${p}-tn/resources`, 'park', { source: 'TalentNeed' });
    expect(talent.body.candidates[0].resource.id).toBe(`${p}-res-training`);
    expect((await get(`/lists/needs/${p}-req-land/resources`, 'elsewhere')).status).toBe(403);
    expect((await get(`/lists/needs/${p}-none/resources`)).status).toBe(404);
    const limit = await get(`/lists/needs/${p}-req-land/resources`, 'park', { limit: '0' });
    expect(limit.status).toBe(400);
    expect(JSON.stringify(limit.body)).toContain('limit');
  });

  test('when the resources list of the park is read, then the park’s and the city’s resources are listed, not another region’s', async () => {
    const res = await get('/lists/resources', 'park', { region: `${p}-park` });
    expect(res.status).toBe(200);
    const listed = ids(res.body.items);
    expect(listed).toEqual(expect.arrayContaining([`${p}-res-land`, `${p}-res-training`, `${p}-res-interest`]));
    expect(listed).not.toContain(`${p}-res-far`);
    expect(res.body.items.find((r: { id: string }) => r.id === `${p}-res-training`)).toMatchObject({
      kind: 'training',
      capacity: 200,
      department: { id: `${p}-dept-hr`, name: '人社局' },
      region: { id: `${p}-city`, name: '白银市' },
    });
  });

  test('when the projects list is read and a project’s progress updated, then projects come soonest due first with the overdue one marked, and progress 100 marks it done', async () => {
    const res = await get('/lists/projects', 'park', { region: `${p}-park` });
    expect(res.status).toBe(200);
    expect(ids(res.body.items)).toEqual([`${p}-proj-plant`, `${p}-proj-ship`]);
    expect(res.body.items[0]).toMatchObject({ overdue: true, progress: 60 });
    expect(res.body.items[1]).toMatchObject({
      overdue: false,
      department: { name: '自然资源和规划分局' },
      owner: { name: '链长办主任' },
      milestones: [
        { title: '签约', done: true },
        { title: '开工', done: false },
        { title: '投产', done: false },
      ],
      investmentYuan: 2_000_000_000,
    });
    expect(res.body).toMatchObject({ overdue: 1, done: 0, meanProgress: 50 });
    const done = await patch(`/lists/projects/${p}-proj-plant`, { progress: 100 });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ progress: 100, status: 'done', name: '标准厂房建设' });
    const after = await get('/lists/projects', 'park', { region: `${p}-park` });
    expect(after.body).toMatchObject({ overdue: 0, done: 1, meanProgress: 70 });
    const over = await patch(`/lists/projects/${p}-proj-ship`, { progress: 150 });
    expect(over.status).toBe(400);
    expect(JSON.stringify(over.body)).toContain('progress');
    expect((await patch(`/lists/projects/${p}-proj-ship`, {})).status).toBe(400);
    expect((await patch(`/lists/projects/${p}-proj-ship`, { progress: 50 }, 'elsewhere')).status).toBe(403);
    expect((await patch(`/lists/projects/${p}-proj-ship`, { progress: 50 }, 'viewer')).status).toBe(403);
    expect((await patch(`/lists/projects/${p}-none`, { progress: 50 })).status).toBe(404);
  });

  test('when resources and projects are added, then the park’s staff add them in the park, a bad kind is a 400 naming the field, and another region’s key is refused', async () => {
    const resource = {
      id: `${p}-res-new`,
      name: '检测平台共享',
      kind: 'platform',
      keywords: ['检测'],
      departmentId: `${p}-dept-land`,
      chainIds: [`${p}-chain`],
    };
    expect((await post('/lists/resources', resource, 'elsewhere')).status).toBe(403);
    const created = await post('/lists/resources', resource);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'platform', keywords: ['检测'] });
    const badKind = await post('/lists/resources', { ...resource, id: `${p}-res-bad`, kind: 'magic' });
    expect(badKind.status).toBe(400);
    expect(JSON.stringify(badKind.body)).toContain('kind');
    // a region-limited key is not told which ids exist elsewhere: the admin is
    const noDept = await post(
      '/lists/resources',
      { ...resource, id: `${p}-res-bad`, departmentId: `${p}-none` },
      'admin',
    );
    expect(noDept.status).toBe(400);
    expect(JSON.stringify(noDept.body)).toContain('departmentId');
    const changed = await patch(`/lists/resources/${p}-res-new`, { validUntil: '2030-12-31' });
    expect(changed.body).toMatchObject({ validUntil: '2030-12-31', name: '检测平台共享' });
    const backwards = await patch(`/lists/resources/${p}-res-new`, { validFrom: '2031-01-01' });
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toContain('body.validUntil');
    const bornExpired = await post('/lists/resources', {
      ...resource,
      id: `${p}-res-backwards`,
      validFrom: '2026-06-01',
      validUntil: '2026-01-01',
    });
    expect(bornExpired.status).toBe(400);
    expect(JSON.stringify(bornExpired.body)).toContain('validUntil');
    const project = { id: `${p}-proj-new`, name: '产业链招商图谱', regionId: `${p}-park`, progress: 20 };
    expect((await post('/lists/projects', project, 'elsewhere')).status).toBe(403);
    const made = await post('/lists/projects', project);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'ongoing', progress: 20 });
  });

  test('when a need met by a resource is recorded, then the outcome keeps the resource’s rank, the lists show the match, and precision@k of the lists matcher follows', async () => {
    const met = {
      engine: 'lists',
      subjectId: `${p}-req-land`,
      candidateId: `${p}-res-land`,
      result: 'resource_matched',
      date: '2026-11-20',
    };
    expect((await post('/outcomes', met, 'elsewhere')).status).toBe(403);
    const res = await post('/outcomes', met);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ engine: 'lists', rank: 1, qualifier: 'Request', subjectId: `${p}-req-land` });
    const needs = await get('/lists/needs', 'park', { region: `${p}-park` });
    expect(needs.body.items.find((n: { id: string }) => n.id === `${p}-req-land`).matched).toBe(1);
    const stats = await get('/stats/outcomes', 'park');
    const lists = stats.body.engines.find((e: { engine: string }) => e.engine === 'lists');
    expect(lists).toMatchObject({ outcomes: 1, successes: 1, byResult: { resource_matched: 1 } });
    expect(lists.atK[0]).toMatchObject({ k: 1, precision: 1, hitRate: 1 });
    const wrong = await post('/outcomes', { ...met, engine: 'finance' });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain('resource_matched is a lists outcome');
    const noResource = await post('/outcomes', { ...met, candidateId: `${p}-none` });
    expect(noResource.status).toBe(400);
    expect(JSON.stringify(noResource.body)).toContain('body.candidateId');
  });

  test('when the graph is exported, then resources and projects come back with their department, region, chains and owner into a fresh store', async () => {
    const whole = (await exportBundle(store)) as Record<string, Record<string, unknown>[]>;
    const mine = (r: Record<string, unknown>) =>
      [r['id'], r['from'], r['a']].some((v) => String(v).startsWith(`${p}-`));
    const exported = Object.fromEntries(
      Object.entries(whole).map(([k, v]) => [k, Array.isArray(v) ? v.filter(mine) : v]),
    ) as Record<string, Record<string, unknown>[]>;
    expect(exported['serviceResources']!.find((r) => r['id'] === `${p}-res-land`)).toMatchObject({
      departmentId: `${p}-dept-land`,
      chainIds: [`${p}-chain`],
      keywords: ['用地', '厂房'],
    });
    expect(exported['actionProjects']!.find((r) => r['id'] === `${p}-proj-ship`)).toMatchObject({
      regionId: `${p}-park`,
      departmentId: `${p}-dept-land`,
      ownerId: `${p}-chief`,
      milestonesDone: 1,
    });
    const fresh = await MemoryGraphStore.open();
    expect((await importBundle(fresh, exported as never)).rejected).toEqual([]);
    expect(await fresh.countNodes('ServiceResource')).toBe(exported['serviceResources']!.length);
  });
});

/** 004's own figures: 镇江's nine strong-chain projects of ¥2bn and 高效办成一件事 zone, 白银's 83-item list. */
describe('the three lists on the articles’ dataset', () => {
  let app: Awaited<ReturnType<typeof articlesApp>>['app'];
  let raw: Awaited<ReturnType<typeof articlesApp>>['raw'];
  const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };
  beforeAll(async () => {
    ({ app, raw } = await articlesApp());
  });

  test('when 镇江高新区’s lists are read, then the nine strong-chain projects of ¥2bn are done, and the 高效办成一件事 zone is offered by the service centre, each with its source', async () => {
    const projects = await request(app).get('/api/v1/lists/projects').query({ region: 'region-zj-hitech' }).set(admin);
    expect(projects.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: '中船、哈电等强链配套项目（9个）',
          investmentYuan: 2_000_000_000,
          status: 'done',
          progress: 100,
          chains: [{ id: 'chain-marine-offshore', name: '高技术船舶海工装备' }],
          source: 'article:004_81b34e1ef5d81430',
        }),
      ]),
    );
    const resources = await request(app)
      .get('/api/v1/lists/resources')
      .query({ region: 'region-zj-hitech' })
      .set(admin);
    expect(resources.body.items.find((r: { id: string }) => r.id === 'res-zj-one-thing')).toMatchObject({
      kind: 'approval',
      department: { name: '镇江高新区企业发展服务中心' },
      source: 'article:004_81b34e1ef5d81430',
    });
    expect(resources.body.items.find((r: { id: string }) => r.id === 'res-zj-one-thing').description).toContain(
      '问题47项',
    );
  });

  test('when `redchain lists --region 白银高新区` is run, then the chain committee’s 83-item resource list and its helper squads are printed', async () => {
    const lines: string[] = [];
    await listsCommand(
      { store: raw, out: (l) => lines.push(l), note: () => {} },
      {
        region: 'region-by-hitech',
        limit: 3,
        json: false,
      },
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        '资源清单（3 项）',
        '  · 产业链联合党委资源共享清单（83项）（其他资源，白银高新区锂电池产业链联合党委，来源：article:004_81b34e1ef5d81430）',
        '  · 企业帮办服务小分队·技能培训（技能培训，白银高新区锂电池产业链联合党委，来源：article:004_81b34e1ef5d81430）',
      ]),
    );
  });
});

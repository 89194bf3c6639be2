import request from 'supertest';
import { findPartners } from '../../src/match/partners/find-partners';
import { projectScope } from '../../src/projection/project-scope';
import { neo4jApi, type ApiHarness } from '../helpers/api-harness';
import { valueOf } from '../helpers/until';

/**
 * Enterprises and their partner lists through /api/v1, the app in process on the real Neo4j
 * and Redis of the run: each route's success with the graph's state after it, and its errors.
 */
describe('/api/v1/enterprises', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await neo4jApi('api-ent');
  });
  afterAll(async () => {
    await h.close();
  });

  const newEnterprise = () => ({
    id: `${h.p}-new-1`,
    name: '白银新锂材料科技有限公司',
    regionId: `${h.p}-park`,
    segments: [`${h.p}-seg-material`],
    needsSegments: [`${h.p}-seg-raw`],
    products: ['磷酸铁锂正极材料'],
    scale: 'small',
  });

  test('when a secretary creates an enterprise, then it is in the graph with its region and segments, and the write is audited', async () => {
    const created = await request(h.app).post('/api/v1/enterprises').set(h.auth('secretary')).send(newEnterprise());
    expect(created.status).toBe(201);
    expect(created.headers['location']).toBe(`/api/v1/enterprises/${h.p}-new-1`);
    expect(created.body).toMatchObject({
      id: `${h.p}-new-1`,
      name: '白银新锂材料科技有限公司',
      regionId: `${h.p}-park`,
      segments: [`${h.p}-seg-material`],
      needsSegments: [`${h.p}-seg-raw`],
    });
    const node = await h.raw.getNode('Enterprise', `${h.p}-new-1`);
    expect(node!.props['products']).toEqual(['磷酸铁锂正极材料']);
    const located = await h.raw.follow({
      fromKind: 'Enterprise',
      ids: [`${h.p}-new-1`],
      type: 'LOCATED_IN',
      direction: 'out',
      toKind: 'Region',
    });
    expect(located.nodes.map((n) => n.id)).toEqual([`${h.p}-park`]);
    const audit = await h.api.access.listAudit({ limit: 10, targetId: `${h.p}-new-1` });
    expect(audit.items[0]).toMatchObject({ action: 'enterprise.create', role: 'secretary', before: null });
    expect((audit.items[0]!.after as { name: string }).name).toBe('白银新锂材料科技有限公司');
  });

  test('when its partners are asked, then the list computed by the worker is served, equal to the engine’s, saying when it was computed', async () => {
    const id = `${h.p}-new-1`;
    const answer = await valueOf(
      async () => {
        const res = await request(h.app)
          .get(`/api/v1/enterprises/${id}/partners`)
          .query({ direction: 'upstream' })
          .set(h.auth('viewer'));
        expect([200, 202]).toContain(res.status);
        return res.status === 200
          ? (res.body as { computedAt: string; candidates: { id: string; score: number }[] })
          : null;
      },
      30_000,
      'a stored upstream list',
    );
    expect(Date.parse(answer.computedAt)).not.toBeNaN();
    const engine = findPartners(await projectScope(h.raw, {}), { enterpriseId: id, direction: 'upstream' });
    expect(answer.candidates.map((c) => [c.id, c.score])).toEqual(
      engine.candidates.map((c) => [c.enterpriseId, c.score]),
    );
    expect(answer.candidates.length).toBeGreaterThan(0);
  });

  test('when the body is wrong, then 400 problem+json names each field and nothing is written', async () => {
    const res = await request(h.app)
      .post('/api/v1/enterprises')
      .set(h.auth('secretary'))
      .send({ id: `${h.p}-bad`, name: '', scale: 'enormous', segments: 'raw' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = (res.body as { errors: { field: string }[] }).errors.map((e) => e.field).sort();
    expect(fields).toEqual(['body.name', 'body.scale', 'body.segments']);
    expect(await h.raw.getNode('Enterprise', `${h.p}-bad`)).toBeNull();
  });

  test('when a new enterprise carries the name of one already in the graph, then 409 names it and nothing is written', async () => {
    const existing = await h.raw.getNode('Enterprise', `${h.p}-ent-3`);
    const res = await request(h.app)
      .post('/api/v1/enterprises')
      .set(h.auth('secretary'))
      .send({ ...newEnterprise(), id: `${h.p}-dup`, name: existing!.props['name'] });
    expect(res.status).toBe(409);
    expect((res.body as { detail: string }).detail).toContain(`${h.p}-ent-3`);
    expect(await h.raw.getNode('Enterprise', `${h.p}-dup`)).toBeNull();
  });

  test('when a replacement moves it to another segment, then the old segment tie is gone', async () => {
    const id = `${h.p}-new-1`;
    const { id: _id, ...rest } = newEnterprise();
    const res = await request(h.app)
      .put(`/api/v1/enterprises/${id}`)
      .set(h.auth('admin'))
      .send({ ...rest, segments: [`${h.p}-seg-part`] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ segments: [`${h.p}-seg-part`] });
    const segments = await h.raw.follow({
      fromKind: 'Enterprise',
      ids: [id],
      type: 'IN_SEGMENT',
      direction: 'out',
      toKind: 'Segment',
    });
    expect(segments.nodes.map((n) => n.id)).toEqual([`${h.p}-seg-part`]);
    const audit = await h.api.access.listAudit({ limit: 10, targetId: id });
    expect(audit.items[0]).toMatchObject({ action: 'enterprise.replace', role: 'admin' });
    expect((audit.items[0]!.before as { segments: string[] }).segments).toEqual([`${h.p}-seg-material`]);
  });

  test('when a region-scoped key replaces an enterprise without saying its region, then 400 names body.regionId and the enterprise stays where it was', async () => {
    const id = `${h.p}-ent-3`;
    const before = await request(h.app).get(`/api/v1/enterprises/${id}`).set(h.auth('secretaryInPark'));
    expect(before.body.regionId).toBe(`${h.p}-park`);
    const res = await request(h.app)
      .put(`/api/v1/enterprises/${id}`)
      .set(h.auth('secretaryInPark'))
      .send({ name: before.body.name });
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain('body.regionId');
    const after = await request(h.app).get(`/api/v1/enterprises/${id}`).set(h.auth('secretaryInPark'));
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
  });

  test('when enterprises are listed by region, then pages follow the cursor and a region-scoped key sees only its region', async () => {
    const first = await request(h.app)
      .get('/api/v1/enterprises')
      .query({ region: `${h.p}-park`, limit: 25 })
      .set(h.auth('viewer'));
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(25);
    const second = await request(h.app)
      .get('/api/v1/enterprises')
      .query({ region: `${h.p}-park`, limit: 25, cursor: first.body.nextCursor })
      .set(h.auth('viewer'));
    const ids = [...first.body.items, ...second.body.items].map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(41);
    expect(second.body.nextCursor).toBeNull();
    const elsewhere = await request(h.app)
      .get('/api/v1/enterprises')
      .query({ region: `${h.p}-park` })
      .set(h.auth('secretaryElsewhere'));
    expect(elsewhere.body.items).toEqual([]);
  });

  test('when a city is listed, then its parks’ enterprises come; when a park’s key lists without a region, then its first page is full of its own', async () => {
    const city = await request(h.app)
      .get('/api/v1/enterprises')
      .query({ region: `${h.p}-city`, limit: 25 })
      .set(h.auth('viewer'));
    expect(city.status).toBe(200);
    expect(city.body.items).toHaveLength(25);
    expect(city.body.items.every((e: { regionId: string }) => e.regionId === `${h.p}-park`)).toBe(true);
    // the shared database holds every other test's enterprises too, most of them before this
    // key's in id order: a page filtered after reading came back empty, its cursor naming theirs
    const own = await request(h.app).get('/api/v1/enterprises').query({ limit: 10 }).set(h.auth('secretaryInPark'));
    expect(own.body.items).toHaveLength(10);
    expect(own.body.items.every((e: { regionId: string }) => e.regionId === `${h.p}-park`)).toBe(true);
    const after = JSON.parse(Buffer.from(own.body.nextCursor as string, 'base64url').toString('utf8')) as {
      after: string;
    };
    expect(after.after.startsWith(`${h.p}-`)).toBe(true);
  });

  test('when a key is missing, unknown, of the wrong role or out of its region, then 401 / 403 and nothing is written', async () => {
    const id = `${h.p}-ent-2`;
    expect((await request(h.app).get(`/api/v1/enterprises/${id}`)).status).toBe(401);
    expect(
      (
        await request(h.app)
          .get(`/api/v1/enterprises/${id}`)
          .set({ Authorization: 'Bearer rk_aaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' })
      ).status,
    ).toBe(401);
    expect((await request(h.app).get(`/api/v1/enterprises/${id}`).set(h.auth('secretaryInPark'))).status).toBe(200);
    const outside = await request(h.app).get(`/api/v1/enterprises/${id}`).set(h.auth('secretaryElsewhere'));
    expect(outside.status).toBe(403);
    expect((outside.body as { detail: string }).detail).toContain("outside the key's region");
    const viewerDelete = await request(h.app).delete(`/api/v1/enterprises/${id}`).set(h.auth('viewer'));
    expect(viewerDelete.status).toBe(403);
    expect(await h.raw.getNode('Enterprise', id)).not.toBeNull();
  });

  test('when an enterprise is deleted, then it and its ties are gone and reading it is 404', async () => {
    const id = `${h.p}-new-1`;
    expect((await request(h.app).delete(`/api/v1/enterprises/${id}`).set(h.auth('secretary'))).status).toBe(204);
    expect(await h.raw.getNode('Enterprise', id)).toBeNull();
    const gone = await request(h.app).get(`/api/v1/enterprises/${id}`).set(h.auth('viewer'));
    expect(gone.status).toBe(404);
    expect(gone.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});

import request from 'supertest';
import { API_ROUTES } from '../../src/api/routes';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { neo4jApi, type ApiHarness } from '../helpers/api-harness';

/**
 * The answers of the problem, request, people, enterprise, organisation and team reads are exactly
 * what their routes declare (and /openapi.json publishes): each parses with its route's schema, and
 * parsing neither drops a field the answer has nor adds one it lacks.
 */
describe('/api/v1 answers and their declared schemas', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await neo4jApi('api-answers');
    await h.settled();
  }, 120_000);
  afterAll(async () => h.close());

  /** Reads a path of a route and checks the answer against the route's schema; the answer, for the next ids. */
  const check = async (pattern: string, path: string, key: 'admin' | 'viewer' = 'admin') => {
    const spec = API_ROUTES.find((r) => r.method === 'get' && r.path === pattern)!;
    const res = await request(h.app).get(`/api/v1${path}`).set(h.auth(key)).query({ limit: '5' });
    expect([200, 202]).toContain(res.status);
    const parsed = spec.response!.safeParse(res.body);
    if (!parsed.success) throw new Error(`${path}: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    expect(parsed.data).toEqual(res.body);
    return res.body;
  };

  test('when every read is called, then each answer is its route’s schema exactly', async () => {
    const p = (await check('/problems', '/problems')).items[0].id;
    await check('/problems/:id', `/problems/${p}`);
    await check('/problems/:id/history', `/problems/${p}/history`);
    await check('/problems/:id/consortium', `/problems/${p}/consortium`);
    await check('/assignment', '/assignment');
    const person = (await check('/people', '/people')).items[0].id;
    await check('/people', '/people', 'viewer');
    await check('/people/:id', `/people/${person}`, 'viewer');
    await check('/people/:id/problems', `/people/${person}/problems`);
    const t = (await check('/teams', '/teams')).items[0].id;
    await check('/teams/:id', `/teams/${t}`);
    await check('/teams', `/teams?problem=${p}`);
    const r = (await check('/requests', '/requests')).items[0].id;
    await check('/requests/:id', `/requests/${r}`);
    await check('/requests/:id/responders', `/requests/${r}/responders`);
    const e = (await check('/enterprises', '/enterprises')).items[0].id;
    await check('/enterprises/:id', `/enterprises/${e}`);
    const i = (await check('/institutions', '/institutions')).items[0].id;
    await check('/institutions/:id', `/institutions/${i}`);
    const po = (await check('/party-orgs', '/party-orgs')).items;
    for (const org of po) await check('/party-orgs/:id', `/party-orgs/${org.id}`);
    await check('/party-orgs/coverage', '/party-orgs/coverage');
  }, 120_000);

  /** Sends a write of a route and checks the answer against the route's schema, exactly. */
  const checkWrite = async (pattern: string, path: string, body: object) => {
    const spec = API_ROUTES.find((r) => r.method === 'post' && r.path === pattern)!;
    const res = await request(h.app).post(`/api/v1${path}`).set(h.auth('admin')).send(body);
    expect([200, 201]).toContain(res.status);
    const parsed = spec.response!.safeParse(res.body);
    if (!parsed.success) throw new Error(`${path}: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    expect(parsed.data).toEqual(res.body);
  };

  test('when a person is added and a team formed and changed, then each answer is its route’s schema exactly', async () => {
    const { p } = h;
    await checkWrite('/people', '/people', {
      id: `${p}-schema-person`,
      name: '模式专家',
      worksAt: [{ orgId: `${p}-uni`, position: '教授' }],
    });
    await checkWrite('/teams', '/teams', {
      id: `${p}-schema-team`,
      name: '模式团队',
      kind: 'consortium',
      problemId: `${p}-problem-2`,
      memberIds: [`${p}-schema-person`],
    });
    await checkWrite('/teams/:id/members', `/teams/${p}-schema-team/members`, { add: [`${p}-person-3`] });
  }, 60_000);

  test('when a member’s move is recorded and the mobile members are read, then each answer is its route’s schema exactly', async () => {
    const { p } = h;
    const member = { id: `${p}-schema-member`, name: '模式党员', partyMember: true, memberOf: [`${p}-po-top`] };
    expect((await importBundle(h.raw, { format: 'redchain-bundle/1', people: [member] })).rejected).toEqual([]);
    await checkWrite('/people/:id/moves', `/people/${p}-schema-member/moves`, {
      date: '2025-09-01',
      kind: 'outflow',
      toId: `${p}-po-uni`,
      note: '外出',
    });
    await check('/mobile-members', `/mobile-members?region=${p}-park`);
    await check('/mobile-members', `/mobile-members?region=${p}-park`, 'viewer');
    await check('/people/:id/moves', `/people/${p}-schema-member/moves`);
  }, 60_000);
});

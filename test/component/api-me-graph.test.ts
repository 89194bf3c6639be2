import request from 'supertest';
import { BOOTSTRAP_ADMIN_KEY, neo4jApi, type ApiHarness, type HarnessKey } from '../helpers/api-harness';

interface Neighbourhood {
  centre: { kind: string; id: string; name: string; props: Record<string, unknown> };
  nodes: { kind: string; id: string; name: string; props: Record<string, unknown> }[];
  relationships: { type: string; from: { kind: string; id: string }; to: { kind: string; id: string } }[];
  truncated: boolean;
  hidden: number;
  masked: string[];
}

/**
 * Who a key is (GET /me) and the graph explorer's neighbourhoods (GET /graph/neighbourhood),
 * through /api/v1 on the real Neo4j and Redis of the run.
 */
describe('/api/v1/me and /api/v1/graph/neighbourhood', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await neo4jApi('api-me-graph');
  });
  afterAll(async () => {
    await h.close();
  });

  const me = (key: HarnessKey) => request(h.app).get('/api/v1/me').set(h.auth(key));
  const around = async (key: HarnessKey, query: Record<string, string>) => {
    const res = await request(h.app).get('/api/v1/graph/neighbourhood').set(h.auth(key)).query(query);
    expect(res.status).toBe(200);
    return res.body as Neighbourhood;
  };
  const names = (n: Neighbourhood) => n.nodes.map((node) => `${node.kind}:${node.id}`);

  test('when a key asks who it is, then it gets its holder, role and region, and the operations and tackling steps its role may take', async () => {
    const viewer = await me('viewer');
    expect(viewer.status).toBe(200);
    expect(viewer.body).toMatchObject({ name: `${h.p} viewer`, role: 'viewer', region: null, problemSteps: {} });
    expect(viewer.body.keyId).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(viewer.body.operations).toEqual(expect.arrayContaining(['get /problems', 'get /graph/neighbourhood']));
    expect(viewer.body.operations).not.toContain('post /requests/:id/transitions');
    expect(viewer.body.operations).not.toContain('post /chains/:id/what-if');

    const park = await me('secretaryInPark');
    expect(park.body).toMatchObject({ role: 'secretary', region: { id: `${h.p}-park`, name: '白银高新区' } });
    expect(park.body.operations).toEqual(expect.arrayContaining(['post /requests', 'post /requests/:id/transitions']));
    expect(park.body.operations).not.toContain('post /recompute');
    expect(Object.keys(park.body.problemSteps).sort()).toEqual(['accepted', 'closed', 'published']);

    const university = await me('university');
    expect(university.body.problemSteps).toEqual({
      published: ['draft'],
      claimed: ['published'],
      in_progress: ['claimed'],
    });
    const bootstrap = await request(h.app)
      .get('/api/v1/me')
      .set({ Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` });
    expect(bootstrap.body).toMatchObject({ keyId: 'bootstrap-admin', role: 'admin', region: null });
    expect(bootstrap.body.operations).toContain('post /recompute');
  });

  test('when no key or a wrong one asks, then 401 problem+json', async () => {
    const none = await request(h.app).get('/api/v1/me');
    expect(none.status).toBe(401);
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await request(h.app).get('/api/v1/me').set({ Authorization: 'Bearer rk_nosuchkey000_x' })).status).toBe(
      401,
    );
  });

  test('when an institution is expanded, then its region, the people working there and the party organisation covering it come with each tie’s type and direction', async () => {
    const p = h.p;
    const uni = await around('secretary', { kind: 'Institution', id: `${p}-uni` });
    expect(uni.centre).toMatchObject({ kind: 'Institution', id: `${p}-uni`, name: `${p}大学` });
    expect(names(uni)).toEqual(
      expect.arrayContaining([
        `Region:${p}-city`,
        `PartyOrg:${p}-po-uni`,
        ...[0, 1, 2, 3, 4].map((i) => `Person:${p}-person-${i}`),
      ]),
    );
    expect(uni.relationships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'LOCATED_IN',
          from: { kind: 'Institution', id: `${p}-uni` },
          to: { kind: 'Region', id: `${p}-city` },
        }),
        expect.objectContaining({
          type: 'WORKS_AT',
          from: { kind: 'Person', id: `${p}-person-0` },
          to: { kind: 'Institution', id: `${p}-uni` },
        }),
        expect.objectContaining({ type: 'COVERS', from: { kind: 'PartyOrg', id: `${p}-po-uni` } }),
      ]),
    );
    expect(uni.truncated).toBe(false);
    const two = await around('secretary', { kind: 'Institution', id: `${p}-uni`, limit: '2' });
    expect(two.nodes).toHaveLength(2);
    expect(two.truncated).toBe(true);
  });

  test('when a viewer expands, then people’s party membership is masked and their MEMBER_OF ties left out; a secretary sees both', async () => {
    const p = h.p;
    const person = (n: Neighbourhood) => n.nodes.find((node) => node.id === `${p}-person-0`)!;
    const viewerUni = await around('viewer', { kind: 'Institution', id: `${p}-uni` });
    expect(person(viewerUni).props).toMatchObject({ partyMember: null, masked: ['partyMember'] });
    const secretaryUni = await around('secretary', { kind: 'Institution', id: `${p}-uni` });
    expect(person(secretaryUni).props['partyMember']).toBe(false);

    const viewer = await around('viewer', { kind: 'Person', id: `${p}-person-0` });
    expect(viewer.centre.props['partyMember']).toBeNull();
    expect(names(viewer)).toContain(`Institution:${p}-uni`);
    expect(names(viewer)).not.toContain(`PartyOrg:${p}-po-uni`);
    expect(viewer.relationships.map((r) => r.type)).not.toContain('MEMBER_OF');
    // the organisation is not counted as hidden either: a count of 1 for members only would tell them
    expect(viewer).toMatchObject({
      masked: [
        'MEMBER_OF',
        'SQUAD_MEMBER',
        'LEADS_SQUAD',
        'VISITED_WITH',
        'MANAGED_BY',
        'MOVE_OF',
        'MOVED_FROM',
        'MOVED_TO',
      ],
      hidden: 0,
    });
    const secretary = await around('secretary', { kind: 'Person', id: `${p}-person-0` });
    expect(names(secretary)).toContain(`PartyOrg:${p}-po-uni`);
    expect(secretary).toMatchObject({ masked: [], hidden: 0 });
  });

  test('when a region-scoped key expands, then an enterprise outside its region is refused, and enterprises outside it are left out of a neighbourhood', async () => {
    const p = h.p;
    const refused = await request(h.app)
      .get('/api/v1/graph/neighbourhood')
      .set(h.auth('secretaryElsewhere'))
      .query({ kind: 'Enterprise', id: `${p}-ent-2` });
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    const elsewhere = await around('secretaryElsewhere', { kind: 'Region', id: `${p}-park` });
    expect(elsewhere.nodes.filter((n) => n.kind === 'Enterprise')).toEqual([]);
    expect(elsewhere.hidden).toBe(40);
    expect(names(elsewhere)).toContain(`Region:${p}-city`);
    const inPark = await around('secretaryInPark', { kind: 'Region', id: `${p}-park` });
    expect(inPark.nodes.filter((n) => n.kind === 'Enterprise')).toHaveLength(40);
    expect(inPark.hidden).toBe(0);
  });

  test('when the node is not there or the query is wrong, then 404 or 400 problem+json naming the field', async () => {
    const missing = await request(h.app)
      .get('/api/v1/graph/neighbourhood')
      .set(h.auth('viewer'))
      .query({ kind: 'Institution', id: `${h.p}-nowhere` });
    expect(missing.status).toBe(404);
    const kind = await request(h.app)
      .get('/api/v1/graph/neighbourhood')
      .set(h.auth('viewer'))
      .query({ kind: 'Spaceship', id: 'x' });
    expect(kind.status).toBe(400);
    expect(kind.body.errors.map((e: { field: string }) => e.field)).toEqual(['query.kind']);
    const limit = await request(h.app)
      .get('/api/v1/graph/neighbourhood')
      .set(h.auth('viewer'))
      .query({ kind: 'Institution', id: `${h.p}-uni`, limit: '5000' });
    expect(limit.status).toBe(400);
    expect(limit.body.errors[0].field).toBe('query.limit');
  });
});

import request from 'supertest';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { neo4jApi, type ApiHarness, type HarnessKey } from '../helpers/api-harness';

interface ProblemItem {
  id: string;
  status: string;
  segmentIds: string[];
  chainIds: string[];
  postedBy: { kind: string; id: string; name: string } | null;
  regionId: string | null;
}

/**
 * The lists the web page's boards read, through /api/v1 on the real Neo4j and Redis of the run:
 * the tackling list by chain and by the poster's region, the teams that can claim a problem,
 * the service loop's requests with who raised and has them, and an enterprise's chains.
 */
describe('/api/v1 lists of the boards', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await neo4jApi('api-lists');
    // a second chain, with a problem the city's university posted about it
    const p = h.p;
    const report = await importBundle(h.api.store, {
      format: 'redchain-bundle/1',
      chains: [{ id: `${p}-chain-2`, name: '光电子信息' }],
      segments: [{ id: `${p}-seg-lidar`, chainId: `${p}-chain-2`, name: '激光雷达', stage: 'midstream' }],
      problems: [
        { id: `${p}-problem-lidar`, title: '激光雷达难题', postedBy: `${p}-uni`, segments: [`${p}-seg-lidar`] },
      ],
    });
    expect(report.rejected).toEqual([]);
  });
  afterAll(async () => {
    await h.close();
  });

  const problems = async (query: Record<string, string>, key: HarnessKey = 'viewer') => {
    const res = await request(h.app)
      .get('/api/v1/problems')
      .set(h.auth(key))
      .query({ limit: '1000', ...query });
    expect(res.status).toBe(200);
    return res.body as { items: ProblemItem[]; nextCursor: string | null };
  };
  const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id).sort();

  test('when problems are listed by chain, then only those about a segment of that chain come, each with its segments, chains, poster and region', async () => {
    const p = h.p;
    const first = await problems({ chain: `${p}-chain` });
    expect(ids(first)).toEqual([0, 1, 2, 3, 4].map((i) => `${p}-problem-${i}`));
    expect(first.items.find((item) => item.id === `${p}-problem-2`)).toMatchObject({
      segmentIds: [`${p}-seg-part`],
      chainIds: [`${p}-chain`],
      postedBy: { kind: 'Enterprise', id: `${p}-ent-2` },
      regionId: `${p}-park`,
    });
    const second = await problems({ chain: `${p}-chain-2` });
    expect(second.items).toEqual([
      expect.objectContaining({
        id: `${p}-problem-lidar`,
        title: '激光雷达难题',
        chainIds: [`${p}-chain-2`],
        postedBy: { kind: 'Institution', id: `${p}-uni`, name: `${p}大学` },
        regionId: `${p}-city`,
      }),
    ]);
    expect((await problems({ chain: `${p}-no-such-chain` })).items).toEqual([]);
  });

  test('when problems are listed by region, then those posted from the region and the regions below it come, and status narrows them', async () => {
    const p = h.p;
    const all = [0, 1, 2, 3, 4].map((i) => `${p}-problem-${i}`);
    expect(ids(await problems({ region: `${p}-park` }))).toEqual(all);
    // the university is in the city, the enterprises in the park below it
    expect(ids(await problems({ region: `${p}-city` }))).toEqual([...all, `${p}-problem-lidar`].sort());
    expect(ids(await problems({ region: `${p}-prov`, chain: `${p}-chain-2` }))).toEqual([`${p}-problem-lidar`]);
    expect((await problems({ region: `${p}-elsewhere` })).items).toEqual([]);
    await request(h.app)
      .post(`/api/v1/problems/${p}-problem-3/transitions`)
      .set(h.auth('admin'))
      .send({ to: 'closed' })
      .expect(200);
    expect(ids(await problems({ region: `${p}-park`, status: 'closed' }))).toEqual([`${p}-problem-3`]);
    expect(ids(await problems({ region: `${p}-park`, status: 'published' }))).not.toContain(`${p}-problem-3`);
  });

  test('when a filtered list is read in pages, then the pages follow the cursor, in id order, each problem once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await problems({ chain: `${h.p}-chain`, limit: '2', ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `${h.p}-problem-${i}`));
  });

  test('when a filter is malformed, then 400 problem+json names the field', async () => {
    const res = await request(h.app).get('/api/v1/problems').set(h.auth('viewer')).query({ chain: 'a b' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors[0].field).toBe('query.chain');
    const cursor = await request(h.app).get('/api/v1/problems').set(h.auth('viewer')).query({ cursor: 'nonsense' });
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors[0].field).toBe('cursor');
  });

  test('when teams are listed, then each says its kind, how many people it has and what it tackles, without naming them', async () => {
    const items: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    do {
      const res = await request(h.app)
        .get('/api/v1/teams')
        .set(h.auth('viewer'))
        .query({ limit: '100', ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      items.push(...(res.body.items as Record<string, unknown>[]));
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    const ours = items.find((team) => team['id'] === `${h.p}-team`);
    expect(ours).toMatchObject({
      name: '攻关联合体',
      kind: 'consortium',
      memberCount: 1,
      problemIds: [`${h.p}-problem-0`],
    });
    expect(JSON.stringify(ours)).not.toContain(`${h.p}-person-0`);
    const commando = await request(h.app).get('/api/v1/teams').set(h.auth('viewer')).query({ kind: 'commando' });
    expect((commando.body.items as { kind: string }[]).every((team) => team.kind === 'commando')).toBe(true);
    expect((commando.body.items as { id: string }[]).map((team) => team.id)).not.toContain(`${h.p}-team`);
  });

  test('when requests are listed, then each says who raised it, who has it and whether it is overdue; a key of another region sees none of the park’s', async () => {
    const list = async (key: HarnessKey) => {
      const res = await request(h.app).get('/api/v1/requests').set(h.auth(key)).query({ limit: '1000' });
      expect(res.status).toBe(200);
      return res.body.items as Record<string, unknown>[];
    };
    const ours = () => list('viewer').then((items) => items.find((r) => r['id'] === `${h.p}-req`));
    expect(await ours()).toMatchObject({
      raisedBy: `${h.p}-ent-3`,
      assignedTo: null,
      assignedToName: null,
      overdue: true,
    });
    await request(h.app)
      .post(`/api/v1/requests/${h.p}-req/transitions`)
      .set(h.auth('secretary'))
      .send({ to: 'dispatched', assignee: `${h.p}-person-9`, dueAt: '2099-01-01T00:00:00.000Z' })
      .expect(200);
    expect(await ours()).toMatchObject({ assignedTo: `${h.p}-person-9`, assignedToName: '专家9', overdue: false });
    const inPark = await list('secretaryInPark');
    expect(inPark.map((r) => r['id'])).toContain(`${h.p}-req`);
    expect(inPark.every((r) => String(r['raisedBy']).startsWith(`${h.p}-ent-`))).toBe(true);
    expect(await list('secretaryElsewhere')).toEqual([]);
  });

  test('when an enterprise is read, then it names the chains of its segments', async () => {
    const res = await request(h.app).get(`/api/v1/enterprises/${h.p}-ent-2`).set(h.auth('viewer'));
    expect(res.body).toMatchObject({ segments: [`${h.p}-seg-part`], chainIds: [`${h.p}-chain`] });
  });
});

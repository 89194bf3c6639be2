import request from 'supertest';
import { pendingProps, type StoredCandidate } from '../../src/use-cases/placement/pending-placement';
import { neo4jApi, type ApiHarness, type HarnessKey } from '../helpers/api-harness';

/**
 * 挂链审核 through the API on Neo4j: the harness's park enterprises (validBundle) left waiting in
 * the review queue as an import leaves them, and one enterprise of another region.
 */
describe('the 挂链 review queue API', () => {
  let h: ApiHarness;
  const seg = (name: string) => `${h.p}-seg-${name}`;
  const ent = (i: number) => `${h.p}-ent-${i}`;

  /** Puts an enterprise in the queue with these candidates, as the roster import does. */
  const waiting = async (id: string, candidates: StoredCandidate[]) => {
    const node = await h.raw.getNode('Enterprise', id);
    const { createdAt: _created, updatedAt: _updated, ...props } = node!.props;
    await h.raw.upsertNodes('Enterprise', [{ ...props, ...pendingProps(candidates, '2026-12-01T08:00:00.000Z') }]);
  };
  const queue = async (key: HarnessKey, query: Record<string, string> = {}) =>
    request(h.app).get('/api/v1/placements/review').set(h.auth(key)).query(query);
  const decide = (key: HarnessKey, body: unknown) =>
    request(h.app)
      .post('/api/v1/placements/decisions')
      .set(h.auth(key))
      .send(body as object);
  const ours = (items: { enterpriseId: string }[]) =>
    items.map((i) => i.enterpriseId).filter((id) => id.startsWith(`${h.p}-`));
  const segmentsOf = async (id: string) =>
    (
      await h.raw.follow({ fromKind: 'Enterprise', ids: [id], type: 'IN_SEGMENT', direction: 'out', toKind: 'Segment' })
    ).edges.map((e) => ({ segmentId: e.to.id, placedBy: e.props?.['placedBy'] }));

  beforeAll(async () => {
    h = await neo4jApi('api-placements');
    await waiting(ent(0), [
      { segmentId: seg('part'), confidence: 0.52, evidence: ['经营范围含「零部件」', '行业中类相同（384 电池制造）'] },
      { segmentId: seg('material'), confidence: 0.31, evidence: ['用词相近：「材料」'] },
    ]);
    await waiting(ent(1), [{ segmentId: seg('product'), confidence: 0.48, evidence: ['主营产品含「电池包」'] }]);
    await waiting(ent(2), [{ segmentId: seg('raw'), confidence: 0.4, evidence: ['名称含「矿业」'] }]);
    await waiting(ent(3), [{ segmentId: seg('recycle'), confidence: 0.45, evidence: ['经营范围含「回收」'] }]);
    await h.raw.upsertNodes('Enterprise', [
      {
        id: `${h.p}-far`,
        name: '别处园区测试企业',
        ...pendingProps([{ segmentId: seg('part'), confidence: 0.5, evidence: ['名称含「测试」'] }], '2026-12-01'),
      },
    ]);
    await h.raw.upsertRelationships([
      {
        type: 'LOCATED_IN',
        from: { kind: 'Enterprise', id: `${h.p}-far` },
        to: { kind: 'Region', id: `${h.p}-elsewhere` },
      },
    ]);
  }, 120_000);
  afterAll(async () => {
    await h.settled();
    await h.close();
  });

  test('when the park’s queue is read, then each waiting enterprise comes with its candidates best first, their chain, confidence and evidence', async () => {
    const res = await queue('admin', { regionId: `${h.p}-city`, chainId: `${h.p}-chain` });
    expect(res.status).toBe(200);
    const body = res.body as { items: Record<string, unknown>[]; nextCursor: string | null };
    expect(ours(body.items as { enterpriseId: string }[])).toEqual([0, 1, 2, 3].map(ent));
    expect(body.items[0]).toEqual({
      enterpriseId: ent(0),
      enterpriseName: expect.stringMatching(/有限公司$/u),
      regionId: `${h.p}-park`,
      importedAt: '2026-12-01T08:00:00.000Z',
      candidates: [
        {
          segmentId: seg('part'),
          segmentName: '环节2',
          chainId: `${h.p}-chain`,
          chainName: '锂电池',
          confidence: 0.52,
          evidence: ['经营范围含「零部件」', '行业中类相同（384 电池制造）'],
        },
        {
          segmentId: seg('material'),
          segmentName: '环节1',
          chainId: `${h.p}-chain`,
          chainName: '锂电池',
          confidence: 0.31,
          evidence: ['用词相近：「材料」'],
        },
      ],
    });
    const page = await queue('admin', { regionId: `${h.p}-park`, limit: '2' });
    expect(ours((page.body as { items: { enterpriseId: string }[] }).items)).toEqual([ent(0), ent(1)]);
    const next = await queue('admin', {
      regionId: `${h.p}-park`,
      limit: '2',
      cursor: (page.body as { nextCursor: string }).nextCursor,
    });
    expect(ours((next.body as { items: { enterpriseId: string }[] }).items)).toEqual([ent(2), ent(3)]);
  });

  test('when the best candidates of several are accepted at once, then each is placed IN_SEGMENT by a reviewer, leaves the queue, and the decision is audited', async () => {
    const res = await decide('secretaryInPark', {
      decisions: [
        { enterpriseId: ent(0), segmentIds: [seg('part')] },
        { enterpriseId: ent(1), segmentIds: [seg('product')] },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ decided: 2, placed: 2, unknown: [] });
    expect(await segmentsOf(ent(0))).toEqual([{ segmentId: seg('part'), placedBy: 'reviewer' }]);
    expect(await segmentsOf(ent(1))).toEqual([{ segmentId: seg('product'), placedBy: 'reviewer' }]);
    const after = await queue('admin', { regionId: `${h.p}-park` });
    expect(ours((after.body as { items: { enterpriseId: string }[] }).items)).toEqual([ent(2), ent(3)]);
    const trail = await request(h.app)
      .get('/api/v1/audit')
      .set(h.auth('admin'))
      .query({ target: ent(0) });
    expect((trail.body as { items: Record<string, unknown>[] }).items[0]).toMatchObject({
      action: 'placement.decide',
      role: 'secretary',
      target: { kind: 'Enterprise', id: ent(0) },
      after: { segmentIds: [seg('part')] },
    });
  });

  test('when none fits, then the enterprise leaves the queue with no segment', async () => {
    const res = await decide('admin', { decisions: [{ enterpriseId: ent(3), segmentIds: [] }] });
    expect(res.body).toEqual({ decided: 1, placed: 0, unknown: [] });
    expect(await segmentsOf(ent(3))).toEqual([]);
  });

  test('when a secretary of another region reads or decides the park’s queue, then it sees none of it, and its decisions on the park are answered as on ids that do not exist', async () => {
    const seen = await queue('secretaryElsewhere');
    expect(ours((seen.body as { items: { enterpriseId: string }[] }).items)).toEqual([`${h.p}-far`]);
    expect((await queue('secretaryElsewhere', { regionId: `${h.p}-park` })).status).toBe(403);
    const onPark = await decide('secretaryElsewhere', { decisions: [{ enterpriseId: ent(2), segmentIds: [] }] });
    const onNothing = await decide('secretaryElsewhere', {
      decisions: [{ enterpriseId: `${h.p}-nobody`, segmentIds: [] }],
    });
    expect([onPark.status, onNothing.status]).toEqual([200, 200]);
    expect(onPark.body).toEqual({ decided: 0, placed: 0, unknown: [ent(2)] });
    expect(onNothing.body).toEqual({ decided: 0, placed: 0, unknown: [`${h.p}-nobody`] });
    const park = await queue('secretaryInPark');
    expect(ours((park.body as { items: { enterpriseId: string }[] }).items)).toEqual([ent(2)]);
    for (const role of ['university', 'investment', 'viewer'] as const) {
      expect((await queue(role)).status).toBe(403);
      expect((await decide(role, { decisions: [{ enterpriseId: ent(2), segmentIds: [] }] })).status).toBe(403);
    }
  });

  test('when a body or query is malformed, then 400 names the field and nothing is decided', async () => {
    const fieldsOf = async (res: request.Response) => {
      expect(res.status).toBe(400);
      return (res.body as { errors: { field: string }[] }).errors.map((e) => e.field);
    };
    const decision = { enterpriseId: ent(2), segmentIds: [seg('raw')] };
    expect(await fieldsOf(await decide('admin', {}))).toEqual(['body.decisions']);
    expect(await fieldsOf(await decide('admin', { decisions: [] }))).toEqual(['body.decisions']);
    expect(await fieldsOf(await decide('admin', { decisions: Array(1001).fill(decision) }))).toEqual([
      'body.decisions',
    ]);
    expect(
      await fieldsOf(await decide('admin', { decisions: [{ ...decision, segmentIds: Array(21).fill(seg('raw')) }] })),
    ).toEqual(['body.decisions.0.segmentIds']);
    expect(await fieldsOf(await decide('admin', { decisions: [{ segmentIds: [] }] }))).toEqual([
      'body.decisions.0.enterpriseId',
    ]);
    expect(await fieldsOf(await decide('admin', { decisions: [decision, decision] }))).toEqual([
      'body.decisions.1.enterpriseId',
    ]);
    expect(await fieldsOf(await queue('admin', { limit: '201' }))).toEqual(['query.limit']);
    expect(await fieldsOf(await queue('admin', { limit: '0' }))).toEqual(['query.limit']);
    const still = await queue('admin', { regionId: `${h.p}-park` });
    expect(ours((still.body as { items: { enterpriseId: string }[] }).items)).toEqual([ent(2)]);
  });
});

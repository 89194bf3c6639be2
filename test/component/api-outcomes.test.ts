import request from 'supertest';
import { neo4jApi, type ApiHarness } from '../helpers/api-harness';
import { valueOf } from '../helpers/until';

interface Listed {
  runId: string;
  candidates: { id: string; kind: string; rank: number }[];
}

/**
 * Outcomes (成效) through /api/v1 on the real Neo4j and Redis: what a secretary records after a
 * supply-demand meeting is kept with where redchain ranked the partner, tied to both ends in the
 * graph, and GET /stats/outcomes turns the outcomes of a park into precision@k per engine.
 */
describe('/api/v1 outcomes', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await neo4jApi('api-outcomes');
  });
  afterAll(async () => {
    await h.close();
  });

  const stored = (path: string, query: Record<string, string>, pick: (body: never) => Listed) =>
    valueOf(
      async () => {
        const res = await request(h.app).get(path).query(query).set(h.auth('viewer'));
        return res.status === 200 ? pick(res.body as never) : null;
      },
      60_000,
      `a stored list at ${path}`,
    );

  test('when a secretary records the outcomes of proposed partners and experts, then each keeps its rank and run, is tied into the graph, and the park’s precision@k follows from them', async () => {
    const enterprise = `${h.p}-ent-2`;
    const problem = `${h.p}-problem-2`;
    const experts = await stored(`/api/v1/problems/${problem}/candidates`, {}, (b: { experts: Listed }) =>
      (b as { experts: Listed & { status: string } }).experts.status === 'ready' ? b.experts : (null as never),
    );
    await stored(`/api/v1/enterprises/${enterprise}/partners`, { direction: 'upstream' }, (b) => b);
    // a poll that came while the first job ran queued another: the list must not move under the test
    await h.settled();
    const upstream = await stored(`/api/v1/enterprises/${enterprise}/partners`, { direction: 'upstream' }, (b) => b);
    expect(upstream.candidates.length).toBeGreaterThanOrEqual(3);
    const [first, , third] = upstream.candidates;

    const post = (body: Record<string, unknown>, key: Parameters<ApiHarness['auth']>[0] = 'secretaryInPark') =>
      request(h.app).post('/api/v1/outcomes').set(h.auth(key)).send(body);
    const partners = { engine: 'partners', subjectId: enterprise, direction: 'upstream' };

    const contacted = await post({ ...partners, candidateId: first!.id, result: 'contacted', date: '2026-10-09' });
    expect(contacted.status).toBe(201);
    expect(contacted.body).toMatchObject({
      engine: 'partners',
      result: 'contacted',
      qualifier: 'upstream',
      rank: 1,
      runId: upstream.runId,
      subjectId: enterprise,
      candidateId: first!.id,
      recordedBy: expect.any(String),
    });
    expect(contacted.headers['location']).toBe(`/api/v1/outcomes/${contacted.body.id as string}`);
    const tiedTo = await h.raw.follow({
      fromKind: 'Outcome',
      ids: [contacted.body.id as string],
      type: 'OUTCOME_WITH',
      direction: 'out',
      toKind: 'Enterprise',
    });
    expect(tiedTo.nodes.map((n) => n.id)).toEqual([first!.id]);
    const audited = await h.api.access.listAudit({ limit: 5, targetId: contacted.body.id as string });
    expect(audited.items[0]).toMatchObject({ action: 'outcome.record', role: 'secretary' });

    expect(
      (await post({ ...partners, candidateId: first!.id, result: 'contract_signed', date: '2026-11-02' })).status,
    ).toBe(201);
    expect(
      (await post({ ...partners, candidateId: third!.id, result: 'declined', date: '2026-10-20' })).body.rank,
    ).toBe(third!.rank);
    // a partner found outside redchain's list: recorded, with no rank
    const outside = Array.from({ length: 40 }, (_, i) => `${h.p}-ent-${i}`).find(
      (id) => id !== enterprise && !upstream.candidates.some((c) => c.id === id),
    )!;
    const unproposed = await post({ ...partners, candidateId: outside, result: 'contract_signed', date: '2026-11-03' });
    expect(unproposed.status).toBe(201);
    expect(unproposed.body.rank).toBeUndefined();

    const solved = await post({
      engine: 'tackling',
      subjectId: problem,
      candidateId: experts.candidates[0]!.id,
      result: 'problem_solved',
      date: '2026-11-10',
    });
    expect(solved.body).toMatchObject({ qualifier: 'experts', rank: 1 });

    const stats = await request(h.app)
      .get('/api/v1/stats/outcomes')
      .query({ region: `${h.p}-park` })
      .set(h.auth('viewer'));
    expect(stats.status).toBe(200);
    const byEngine = Object.fromEntries(
      (stats.body.engines as { engine: string }[]).map((e) => [e.engine, e as Record<string, unknown>]),
    );
    expect(byEngine['partners']).toMatchObject({
      outcomes: 4,
      listsJudged: 1,
      matches: 3,
      successes: 2,
      successesNotProposed: 1,
    });
    expect((byEngine['partners']!['atK'] as unknown[])[0]).toEqual({
      k: 1,
      precision: 1,
      successesInTopK: 1,
      hitRate: 0.5,
    });
    // the problem was posted by an enterprise of the park: its outcome counts there
    expect((byEngine['tackling']!['atK'] as unknown[])[0]).toMatchObject({ k: 1, precision: 1 });

    // another region's figures do not include the park's outcomes
    const elsewhere = await request(h.app).get('/api/v1/stats/outcomes').set(h.auth('secretaryElsewhere'));
    expect(elsewhere.body.region).toBe(`${h.p}-elsewhere`);
    expect(elsewhere.body.engines.every((e: { outcomes: number }) => e.outcomes === 0)).toBe(true);

    const listed = await request(h.app)
      .get('/api/v1/outcomes')
      .query({ engine: 'tackling', result: 'problem_solved', limit: 1000 })
      .set(h.auth('viewer'));
    expect(listed.body.items.map((o: { id: string }) => o.id)).toContain(solved.body.id);
  });

  test('when an outcome is wrong, then 400 names the field, a viewer or a key of another region is refused, and nothing is written', async () => {
    const before = await h.raw.countNodes('Outcome');
    const post = (body: Record<string, unknown>, key: Parameters<ApiHarness['auth']>[0] = 'secretary') =>
      request(h.app).post('/api/v1/outcomes').set(h.auth(key)).send(body);
    const base = { engine: 'partners', subjectId: `${h.p}-ent-2`, candidateId: `${h.p}-ent-3`, date: '2026-11-01' };

    const noDirection = await post({ ...base, result: 'contacted' });
    expect(noDirection.status).toBe(400);
    expect(noDirection.body.errors).toEqual([
      { field: 'body.direction', reason: 'is required for a partners outcome' },
    ]);

    const badResult = await post({ ...base, direction: 'upstream', result: 'married' });
    expect(badResult.status).toBe(400);
    expect(badResult.body.errors[0].field).toBe('body.result');

    const unknownCandidate = await post({ ...base, direction: 'upstream', result: 'contacted', candidateId: 'nobody' });
    expect(unknownCandidate.status).toBe(400);
    expect(unknownCandidate.body.errors[0].field).toBe('body.candidateId');

    const noRegion = await post({ ...base, engine: 'leads', subjectId: `${h.p}-chain`, result: 'lead_attracted' });
    expect(noRegion.body.errors).toEqual([{ field: 'body.regionId', reason: 'is required for a leads outcome' }]);

    expect((await post({ ...base, direction: 'upstream', result: 'contacted' }, 'viewer')).status).toBe(403);
    expect((await post({ ...base, direction: 'upstream', result: 'contacted' }, 'secretaryElsewhere')).status).toBe(
      403,
    );
    expect(await h.raw.countNodes('Outcome')).toBe(before);
  });

  test('when a client retries an outcome with its own id, then the retry is refused with 409 and the outcome counts once', async () => {
    const post = (body: Record<string, unknown>, key: Parameters<ApiHarness['auth']>[0] = 'secretary') =>
      request(h.app).post('/api/v1/outcomes').set(h.auth(key)).send(body);
    const signed = {
      id: `${h.p}-retried-outcome`,
      engine: 'partners',
      subjectId: `${h.p}-ent-4`,
      candidateId: `${h.p}-ent-5`,
      direction: 'downstream',
      result: 'contract_signed',
      date: '2026-11-04',
    };
    const before = await h.raw.countNodes('Outcome');
    const first = await post(signed);
    expect(first.status).toBe(201);
    expect(first.body.id).toBe(signed.id);
    expect(first.headers['location']).toBe(`/api/v1/outcomes/${signed.id}`);

    const retry = await post(signed);
    expect(retry.status).toBe(409);
    expect(retry.body.detail).toContain(signed.id);
    // a key of another region learns nothing of the id: its scope is refused first
    expect((await post(signed, 'secretaryElsewhere')).status).toBe(403);
    expect(await h.raw.countNodes('Outcome')).toBe(before + 1);
    const audited = await h.api.access.listAudit({ limit: 5, targetId: signed.id });
    expect(audited.items.filter((a) => a.action === 'outcome.record')).toHaveLength(1);
  });
});

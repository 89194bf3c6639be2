import { readdirSync } from 'node:fs';
import request from 'supertest';
import { neo4jApi, type ApiHarness } from '../helpers/api-harness';
import { tradeTag } from '../helpers/bundle-fixture';
import { valueOf } from '../helpers/until';

/**
 * The tackling list, the service loop, jobs and keys through /api/v1, on the real Neo4j and
 * Redis of the run: each step's answer, the graph after it, who may take it, and its errors.
 */
describe('/api/v1 workflows', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await neo4jApi('api-flow');
  });
  afterAll(async () => {
    await h.close();
  });

  test('when a problem is posted, claimed by a team, worked and accepted, then each step is stored, refused out of order or by the wrong role, and its history says who did what', async () => {
    const id = `${h.p}-problem-new`;
    const posted = await request(h.app)
      .post('/api/v1/problems')
      .set(h.auth('university'))
      .send({
        id,
        title: '高镍正极材料循环寿命',
        skills: ['正极材料'],
        postedBy: `${h.p}-ent-4`,
        segments: [`${h.p}-seg-material`],
      });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ id, status: 'published' });

    const early = await request(h.app)
      .post(`/api/v1/problems/${id}/transitions`)
      .set(h.auth('admin'))
      .send({ to: 'accepted' });
    expect(early.status).toBe(409);
    expect(early.body.errors[0]).toEqual({ field: 'body.to', reason: 'not allowed from published' });

    const viewer = await request(h.app)
      .post(`/api/v1/problems/${id}/transitions`)
      .set(h.auth('viewer'))
      .send({ to: 'claimed', teamId: `${h.p}-team` });
    expect(viewer.status).toBe(403);

    const noTeam = await request(h.app)
      .post(`/api/v1/problems/${id}/transitions`)
      .set(h.auth('university'))
      .send({ to: 'claimed' });
    expect(noTeam.status).toBe(400);
    expect(noTeam.body.errors[0].field).toBe('body.teamId');

    const claimed = await request(h.app)
      .post(`/api/v1/problems/${id}/transitions`)
      .set(h.auth('university'))
      .send({ to: 'claimed', teamId: `${h.p}-team`, note: '揭榜' });
    expect(claimed.status).toBe(200);
    const tackles = await h.raw.follow({
      fromKind: 'Problem',
      ids: [id],
      type: 'TACKLES',
      direction: 'in',
      toKind: 'Team',
    });
    expect(tackles.nodes.map((n) => n.id)).toEqual([`${h.p}-team`]);
    for (const [to, key] of [
      ['in_progress', 'university'],
      ['accepted', 'secretary'],
      ['closed', 'admin'],
    ] as const) {
      const res = await request(h.app).post(`/api/v1/problems/${id}/transitions`).set(h.auth(key)).send({ to });
      expect(res.status).toBe(200);
    }
    expect((await h.raw.getNode('Problem', id))!.props['status']).toBe('closed');
    const history = await request(h.app).get(`/api/v1/problems/${id}/history`).set(h.auth('viewer'));
    expect(history.body.items.map((e: { action: string; role: string }) => `${e.action} ${e.role}`)).toEqual([
      'problem.closed admin',
      'problem.accepted secretary',
      'problem.in_progress university',
      'problem.claimed university',
      'problem.create university',
    ]);
    expect(history.body.items[3].note).toBe('揭榜');
  });

  test('when a problem’s candidates are asked, then experts and institutions are served from the stored run, with party membership masked for a viewer and shown to a secretary', async () => {
    const id = `${h.p}-problem-1`;
    const read = (key: 'viewer' | 'secretary') =>
      valueOf(
        async () => {
          const res = await request(h.app).get(`/api/v1/problems/${id}/candidates`).set(h.auth(key));
          return res.status === 200 && res.body.experts.status === 'ready' && res.body.institutions.status === 'ready'
            ? (res.body as {
                experts: { candidates: { kind: string; detail: { components: { partyMember: unknown } } }[] };
              })
            : null;
        },
        // the harness's import queued every list of its fixture ahead of this one: on a busy
        // two-core machine the worker can take over half a minute to reach it
        90_000,
        'stored candidate lists',
      );
    const viewer = await read('viewer');
    expect(viewer.experts.candidates.length).toBeGreaterThan(0);
    expect(
      viewer.experts.candidates.every((c) => c.kind === 'Person' && c.detail.components.partyMember === null),
    ).toBe(true);
    const secretary = await read('secretary');
    expect(secretary.experts.candidates.some((c) => typeof c.detail.components.partyMember === 'number')).toBe(true);
  }, 200_000);

  test('when a request is raised, dispatched, accepted, resolved and closed with feedback, then the loop is stored step by step and the responder is tied to it', async () => {
    const id = `${h.p}-req-new`;
    const raised = await request(h.app)
      .post('/api/v1/requests')
      .set(h.auth('secretaryInPark'))
      .send({
        id,
        kind: 'talent',
        title: '招聘电池工程师',
        raisedBy: `${h.p}-ent-5`,
        dueAt: '2030-01-01T00:00:00.000Z',
      });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({ status: 'raised', raisedBy: `${h.p}-ent-5`, overdue: false });
    const elsewhere = await request(h.app)
      .post(`/api/v1/requests/${id}/transitions`)
      .set(h.auth('secretaryElsewhere'))
      .send({ to: 'dispatched', assignee: `${h.p}-person-9` });
    expect(elsewhere.status).toBe(403);
    const dispatched = await request(h.app)
      .post(`/api/v1/requests/${id}/transitions`)
      .set(h.auth('secretaryInPark'))
      .send({ to: 'dispatched', assignee: `${h.p}-person-9` });
    expect(dispatched.body).toMatchObject({ status: 'dispatched', assignedTo: `${h.p}-person-9` });
    for (const to of ['accepted', 'resolved'] as const)
      expect(
        (await request(h.app).post(`/api/v1/requests/${id}/transitions`).set(h.auth('secretary')).send({ to })).status,
      ).toBe(200);
    const noRating = await request(h.app)
      .post(`/api/v1/requests/${id}/transitions`)
      .set(h.auth('secretary'))
      .send({ to: 'closed' });
    expect(noRating.status).toBe(400);
    const closed = await request(h.app)
      .post(`/api/v1/requests/${id}/transitions`)
      .set(h.auth('secretary'))
      .send({ to: 'closed', rating: 5, note: '很满意' });
    expect(closed.body).toMatchObject({ status: 'closed', feedbackRating: 5, feedbackNote: '很满意' });
    const stored = await h.raw.getNode('Request', id);
    expect(stored!.props).toMatchObject({ status: 'closed', feedbackRating: 5 });
  });

  test('when the fixture’s overdue request is read, then it says so, and its responders come from the stored run', async () => {
    const id = `${h.p}-req`;
    const read = await request(h.app).get(`/api/v1/requests/${id}`).set(h.auth('viewer'));
    expect(read.body).toMatchObject({ status: 'raised', overdue: true });
    const responders = await valueOf(
      async () => {
        const res = await request(h.app).get(`/api/v1/requests/${id}/responders`).set(h.auth('viewer'));
        return res.status === 200 ? (res.body as { computedAt: string; responders: unknown[] }) : null;
      },
      30_000,
      'stored responders',
    );
    expect(Date.parse(responders.computedAt)).not.toBeNaN();
    expect(Array.isArray(responders.responders)).toBe(true);
  });

  test('when a CSV is uploaded, then 202 gives a job whose events end with the import report, and its rows are in the graph', async () => {
    // a name of this run's own: the shared graph keeps earlier runs' companies, and a name already
    // there would be linked to that one rather than created
    const csv = `id,name,regionId,segments,products\n${h.p}-csv-1,${tradeTag(h.p)}锂电回收利用有限公司,${h.p}-park,${h.p}-seg-recycle,退役电池回收\n${h.p}-csv-2,,${h.p}-park,,\n`;
    const res = await request(h.app)
      .post('/api/v1/import')
      .query({ name: 'enterprises.csv' })
      .set(h.auth('secretary'))
      .set('content-type', 'text/csv')
      .send(csv);
    expect(res.status).toBe(202);
    const { jobId } = res.body as { jobId: string };
    expect(res.headers['location']).toBe(`/api/v1/jobs/${jobId}`);
    const events = await request(h.app).get(`/api/v1/jobs/${jobId}/events`).set(h.auth('secretary'));
    expect(events.headers['content-type']).toMatch(/text\/event-stream/);
    expect(events.text).toContain('event: done');
    // the report repeats what was sent: only the key that sent it (or an admin) reads it
    expect((await request(h.app).get(`/api/v1/jobs/${jobId}`).set(h.auth('viewer'))).status).toBe(404);
    const done = await request(h.app).get(`/api/v1/jobs/${jobId}`).set(h.auth('secretary'));
    expect(done.body).toMatchObject({ state: 'completed', progress: 100 });
    const report = done.body.result as { rejected: { line: number; field: string }[]; totals: { rejected: number } };
    expect(report.totals.rejected).toBe(1);
    expect(report.rejected[0]).toMatchObject({ line: 3, field: 'name' });
    expect(await h.raw.getNode('Enterprise', `${h.p}-csv-1`)).not.toBeNull();
    // the uploaded file is not kept once imported
    expect(readdirSync(h.api.uploadDir)).toEqual([]);
  });

  test('when an upload is not a file redchain reads, then 400 names the content type; an unknown job is 404', async () => {
    const res = await request(h.app)
      .post('/api/v1/import')
      .set(h.auth('secretary'))
      .set('content-type', 'text/plain')
      .send('hello');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('content-type');
    expect((await request(h.app).get('/api/v1/jobs/no-such-job').set(h.auth('viewer'))).status).toBe(404);
  });

  test('when an admin makes a key, then it works at once, is listed without its secret, and once revoked is refused', async () => {
    const made = await request(h.app)
      .post('/api/v1/keys')
      .set(h.auth('admin'))
      .send({ name: '园区招商专班', role: 'investment', region: `${h.p}-park` });
    expect(made.status).toBe(201);
    const { key, id } = made.body as { key: string; id: string };
    expect(key).toMatch(/^rk_/);
    const asKey = { Authorization: `Bearer ${key}` };
    expect((await request(h.app).get(`/api/v1/enterprises/${h.p}-ent-1`).set(asKey)).status).toBe(200);
    const listed = await request(h.app).get('/api/v1/keys').set(h.auth('admin'));
    expect(JSON.stringify(listed.body)).not.toContain(key.slice(16));
    expect(listed.body.items.find((k: { id: string }) => k.id === id)).toMatchObject({
      role: 'investment',
      regionId: `${h.p}-park`,
    });
    expect((await request(h.app).get('/api/v1/keys').set(asKey)).status).toBe(403);
    expect((await request(h.app).delete(`/api/v1/keys/${id}`).set(h.auth('admin'))).status).toBe(204);
    const refused = await request(h.app).get(`/api/v1/enterprises/${h.p}-ent-1`).set(asKey);
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toContain('revoked');
  });

  test('when the graph is exported, then JSON is a bundle an import reads, CSV one kind with its rows, XLSX a workbook', async () => {
    const json = await request(h.app).get('/api/v1/export').set(h.auth('admin'));
    expect(json.status).toBe(200);
    expect(json.headers['content-disposition']).toMatch(/^attachment; filename="?redchain-\d{4}-\d{2}-\d{2}\.json"?$/);
    expect(json.body.format).toBe('redchain-bundle/1');
    expect((json.body.enterprises as { id: string }[]).some((e) => e.id === `${h.p}-ent-1`)).toBe(true);
    const csv = await request(h.app)
      .get('/api/v1/export')
      .query({ format: 'csv', section: 'enterprises' })
      .set(h.auth('secretary'));
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain(`${h.p}-ent-1`);
    expect((await request(h.app).get('/api/v1/export').query({ format: 'csv' }).set(h.auth('admin'))).status).toBe(400);
    const xlsx = await request(h.app).get('/api/v1/export').query({ format: 'xlsx' }).set(h.auth('admin'));
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect((await request(h.app).get('/api/v1/export').set(h.auth('secretaryInPark'))).status).toBe(403);
  });

  test('when an enterprise is searched by part of its name, or a name is resolved, then it is found', async () => {
    const node = await h.raw.getNode('Enterprise', `${h.p}-ent-7`);
    const name = String(node!.props['name']);
    const found = await request(h.app)
      .get('/api/v1/search')
      .query({ q: name.slice(0, 6), kind: 'Enterprise' })
      .set(h.auth('viewer'));
    expect(found.status).toBe(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toContain(`${h.p}-ent-7`);
    const resolved = await request(h.app).get('/api/v1/resolve').query({ name }).set(h.auth('viewer'));
    expect(resolved.body).toMatchObject({ outcome: 'match', id: `${h.p}-ent-7` });
  });
});

import request from 'supertest';
import { neo4jApi, type ApiHarness } from '../helpers/api-harness';
import { valueOf } from '../helpers/until';

interface Inbox {
  total: number;
  items: { id: string; escalatedAt?: string; raisedByName: string | null; overdue: boolean }[];
}

/**
 * 督办: an open request whose due date passes is escalated by the SLA job, and the escalation
 * reaches the park's service staff as an inbox (GET /requests/escalated), on the real Neo4j and
 * Redis of the run, with the worker that escalates it.
 */
describe('/api/v1/requests/escalated', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await neo4jApi('api-inbox');
  });
  afterAll(async () => {
    await h.close();
  });

  const inbox = async (key: Parameters<ApiHarness['auth']>[0]) => {
    const res = await request(h.app).get('/api/v1/requests/escalated').set(h.auth(key));
    return { status: res.status, body: res.body as Inbox };
  };
  const mine = (body: Inbox, id: string) => body.items.find((item) => item.id === id);

  test('when a raised request comes due, then it is escalated and shows in the inbox of its region’s staff only, and leaves it when its due date moves or it is resolved', async () => {
    const id = `${h.p}-req-late`;
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const raised = await request(h.app)
      .post('/api/v1/requests')
      .set(h.auth('secretaryInPark'))
      .send({
        id,
        kind: 'financing',
        title: '流动资金贷款逾期未办',
        raisedBy: `${h.p}-ent-6`,
        raisedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
        dueAt: hourAgo,
      });
    expect(raised.status).toBe(201);

    // the SLA job runs in the worker: the request is escalated once it has run
    const seen = await valueOf(
      async () => {
        const { body } = await inbox('secretaryInPark');
        return mine(body, id) ?? null;
      },
      30_000,
      'the escalation in the park secretary’s inbox',
    );
    expect(seen).toMatchObject({ id, overdue: true });
    expect(Date.parse(seen.escalatedAt!)).toBeGreaterThanOrEqual(Date.parse(hourAgo));
    expect((await h.raw.getNode('Request', id))!.props['escalations']).toBe(1);

    const admin = await inbox('admin');
    expect(mine(admin.body, id)).toBeDefined();
    expect(admin.body.total).toBeGreaterThanOrEqual(admin.body.items.length);
    // another region's secretary is not told: the request is not theirs, nor counted
    const elsewhere = await inbox('secretaryElsewhere');
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body).toEqual({ total: 0, items: [] });
    // the inbox is for those who run the service loop
    expect((await inbox('viewer')).status).toBe(403);
    expect((await inbox('investment')).status).toBe(403);

    // dispatched with a new due date a week on: no longer escalated for the date it has now
    const later = await request(h.app)
      .post(`/api/v1/requests/${id}/transitions`)
      .set(h.auth('secretaryInPark'))
      .send({
        to: 'dispatched',
        assignee: `${h.p}-person-9`,
        dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      });
    expect(later.status).toBe(200);
    expect(mine((await inbox('secretaryInPark')).body, id)).toBeUndefined();
  });

  test('when an overdue request was written past the change reports (a seed, a restart that lost the delayed jobs), then the sweep a start or full recompute queues escalates it', async () => {
    const id = `${h.p}-req-seeded-late`;
    const dueAt = new Date(Date.now() - 86_400_000).toISOString();
    await h.raw.upsertNodes('Request', [
      {
        id,
        kind: 'approval',
        title: '环评审批逾期',
        status: 'raised',
        raisedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
        dueAt,
      },
    ]);
    await h.raw.upsertRelationships([
      { type: 'RAISED_BY', from: { kind: 'Request', id }, to: { kind: 'Enterprise', id: `${h.p}-ent-7` } },
    ]);
    // nothing queued its escalation: the raw store reports no change
    expect(mine((await inbox('secretaryInPark')).body, id)).toBeUndefined();
    const sweep = async () => {
      const [jobId] = await h.api.jobs.add([{ name: 'sla.sweep', payload: { upcoming: false } }]);
      return valueOf(
        async () => ((await h.api.jobs.status(jobId!))?.state === 'completed' ? true : null),
        30_000,
        'the sweep done',
      );
    };

    await sweep();
    const seen = await valueOf(
      async () => mine((await inbox('secretaryInPark')).body, id) ?? null,
      30_000,
      'the swept escalation in the park secretary’s inbox',
    );
    expect(seen).toMatchObject({ id, overdue: true });
    expect((await h.raw.getNode('Request', id))!.props['escalations']).toBe(1);
  });

  test('when an escalated request is resolved, then it leaves the inbox', async () => {
    const id = `${h.p}-req-late-2`;
    await request(h.app)
      .post('/api/v1/requests')
      .set(h.auth('secretary'))
      .send({
        id,
        kind: 'approval',
        title: '环评审批超期',
        raisedBy: `${h.p}-ent-7`,
        raisedAt: new Date(Date.now() - 86_400_000).toISOString(),
        dueAt: new Date(Date.now() - 60_000).toISOString(),
      })
      .expect(201);
    await valueOf(async () => mine((await inbox('secretary')).body, id) ?? null, 30_000, 'the escalation');
    for (const [to, extra] of [
      ['dispatched', { assignee: `${h.p}-person-9` }],
      ['accepted', {}],
      ['resolved', {}],
    ] as const)
      await request(h.app)
        .post(`/api/v1/requests/${id}/transitions`)
        .set(h.auth('secretary'))
        .send({ to, ...extra })
        .expect(200);
    expect(mine((await inbox('secretary')).body, id)).toBeUndefined();
  });
});

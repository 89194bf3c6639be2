import request from 'supertest';
import { neo4jApi, type ApiHarness } from '../helpers/api-harness';

/**
 * A responder (here the fixture's 党建指导员, person-9) with a key of their own: they see the
 * requests dispatched to them and move those themselves (接单, 办结); staff keep dispatch, due
 * dates and closing. On the real Neo4j and Redis of the run.
 */
describe('a responder’s own key', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await neo4jApi('api-responder');
  });
  afterAll(async () => {
    await h.close();
  });

  const raise = async (id: string, assignee: string | null) => {
    await request(h.app)
      .post('/api/v1/requests')
      .set(h.auth('secretary'))
      .send({ id, kind: 'policy', title: `研发费用加计扣除咨询 ${id.slice(-1)}`, raisedBy: `${h.p}-ent-1` })
      .expect(201);
    if (assignee)
      await request(h.app)
        .post(`/api/v1/requests/${id}/transitions`)
        .set(h.auth('secretary'))
        .send({ to: 'dispatched', assignee })
        .expect(200);
  };
  const move = (id: string, body: Record<string, unknown>) =>
    request(h.app).post(`/api/v1/requests/${id}/transitions`).set(h.auth('responder')).send(body);

  test('when a request is dispatched to the responder, then their list holds it alone, they accept and resolve it, and closing stays with the staff', async () => {
    const mine = `${h.p}-req-mine`;
    const theirs = `${h.p}-req-theirs`;
    await raise(mine, `${h.p}-person-9`);
    await raise(theirs, `${h.p}-person-8`);

    const me = await request(h.app).get('/api/v1/me').set(h.auth('responder'));
    expect(me.body).toMatchObject({
      role: 'responder',
      personId: `${h.p}-person-9`,
      requestSteps: { accepted: ['dispatched'], resolved: ['accepted'] },
    });
    const listed = await request(h.app).get('/api/v1/requests?limit=1000').set(h.auth('responder'));
    const ids = (listed.body.items as { id: string }[]).map((r) => r.id);
    expect(ids).toContain(mine);
    expect(ids).not.toContain(theirs);
    expect((listed.body.items as { assignedTo: string }[]).every((r) => r.assignedTo === `${h.p}-person-9`)).toBe(true);

    expect((await move(mine, { to: 'accepted', note: '已联系企业' })).body).toMatchObject({ status: 'accepted' });
    expect((await move(mine, { to: 'resolved' })).body).toMatchObject({ status: 'resolved' });
    const close = await move(mine, { to: 'closed', rating: 5 });
    expect(close.status).toBe(403);
    // the audit trail says the responder's key took the steps
    const history = await request(h.app).get(`/api/v1/audit?target=${mine}`).set(h.auth('admin'));
    expect((history.body.items as { action: string; role: string }[]).map((e) => `${e.action} ${e.role}`)).toEqual(
      expect.arrayContaining(['request.accepted responder', 'request.resolved responder']),
    );
  });

  test('when the responder probes, then another’s request, dispatching, and moving a due date are refused, and nothing changes', async () => {
    const theirs = `${h.p}-req-other`;
    const mine = `${h.p}-req-late`;
    await raise(theirs, `${h.p}-person-8`);
    await raise(mine, `${h.p}-person-9`);
    const other = await move(theirs, { to: 'accepted' });
    expect(other.status).toBe(403);
    expect(other.body.detail).toContain('not dispatched to this responder');
    expect((await move(mine, { to: 'dispatched', assignee: `${h.p}-person-9` })).status).toBe(403);
    const later = await move(mine, { to: 'accepted', dueAt: '2031-01-01T00:00:00.000Z' });
    expect(later.status).toBe(403);
    expect(later.body.errors).toEqual([{ field: 'body.dueAt', reason: 'park staff move due dates' }]);
    expect((await h.raw.getNode('Request', theirs))!.props['status']).toBe('dispatched');
    expect((await h.raw.getNode('Request', mine))!.props).toMatchObject({ status: 'dispatched' });
    expect((await h.raw.getNode('Request', mine))!.props['dueAt']).toBeUndefined();
    // the staff's inbox is not theirs
    expect((await request(h.app).get('/api/v1/requests/escalated').set(h.auth('responder'))).status).toBe(403);
  });

  test('when keys are made, then a responder key needs a person that exists, and only a responder key names one', async () => {
    const make = (body: Record<string, unknown>) => request(h.app).post('/api/v1/keys').set(h.auth('admin')).send(body);
    const none = await make({ name: '指导员', role: 'responder' });
    expect(none.status).toBe(400);
    expect(none.body.errors[0]).toMatchObject({ field: 'person' });
    const unknown = await make({ name: '指导员', role: 'responder', person: `${h.p}-nobody` });
    expect(unknown.body.errors[0]).toEqual({ field: 'person', reason: `no person '${h.p}-nobody'` });
    const wrongRole = await make({ name: '书记', role: 'secretary', person: `${h.p}-person-9` });
    expect(wrongRole.body.errors[0]).toEqual({ field: 'person', reason: 'is for responder keys only' });
    const made = await make({ name: '指导员', role: 'responder', person: `${h.p}-person-9` });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ role: 'responder', personId: `${h.p}-person-9` });
  });
});

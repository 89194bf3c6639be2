import type { Express } from 'express';
import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import type { RankedResponders } from '../../src/domain/answers';
import type { AccessStore } from '../../src/store/access-store';
import type { GraphStore } from '../../src/store/graph-store';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { BOOTSTRAP_ADMIN_KEY, neo4jApi } from '../helpers/api-harness';
import { articlesApp } from '../helpers/articles-app';
import { until } from '../helpers/until';

type Headers = { Authorization: string };
const bearer = (key: string): Headers => ({ Authorization: `Bearer ${key}` });

/**
 * 部门接单 and 吹哨报到 on the store under test: two departments of the world's park (应急, 消防), an
 * official serving one of its enterprises as 企业秘书, a key acting for each department, the park's
 * secretary and a secretary of another region.
 */
interface DepartmentWorld {
  app: Express;
  store: GraphStore;
  park: string;
  p: string;
  enterprise: string;
  keys: { admin: Headers; secretary: Headers; elsewhere: Headers; safety: Headers; fire: Headers };
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** The departments, the 企业秘书 and the keys, written into either store. */
async function addDepartments(
  store: GraphStore,
  access: AccessStore,
  p: string,
  park: string,
  enterprise: string,
  elsewhere: string,
): Promise<Pick<DepartmentWorld['keys'], 'safety' | 'fire'>> {
  const report = await importBundle(store, {
    format: 'redchain-bundle/1',
    enterprises: [{ id: `${p}-ent-far`, name: '外地测试企业有限公司', regionId: elsewhere }],
    departments: [
      { id: `${p}-dept-safety`, name: '测试应急管理局', remit: ['safety'], topics: ['隐患', '危化品'], regionId: park },
      { id: `${p}-dept-fire`, name: '测试消防救援大队', remit: ['safety'], topics: ['消防'], regionId: park },
      { id: `${p}-dept-housing`, name: '测试住建局', remit: ['land'], topics: ['厂房'], regionId: park },
    ],
    people: [
      {
        id: `${p}-secretary-official`,
        name: '企业秘书王某',
        title: '经发局干部',
        worksAt: [{ orgId: `${p}-dept-housing`, position: '企业秘书' }],
        secretaryOf: [enterprise],
      },
    ],
  });
  if (report.rejected.length > 0) throw new Error(JSON.stringify(report.rejected[0]));
  const key = async (departmentId: string) =>
    bearer((await createApiKey(access, store, { role: 'responder', departmentId, name: departmentId })).key);
  return { safety: await key(`${p}-dept-safety`), fire: await key(`${p}-dept-fire`) };
}

async function articlesWorld(): Promise<DepartmentWorld> {
  const { app, raw, queue, access } = await articlesApp();
  const secretary = async (regionId: string) =>
    bearer((await createApiKey(access, raw, { role: 'secretary', regionId, name: regionId })).key);
  const enterprise = 'ent-sanhuan-steering';
  return {
    app,
    store: raw,
    park: 'region-xn-hitech',
    p: 'dept-mem',
    enterprise,
    keys: {
      admin: bearer(BOOTSTRAP_ADMIN_KEY),
      secretary: await secretary('region-xn-hitech'),
      elsewhere: await secretary('region-jz-edz'),
      ...(await addDepartments(raw, access, 'dept-mem', 'region-xn-hitech', enterprise, 'region-jz-edz')),
    },
    settled: () => queue.idle(),
    close: () => queue.close(),
  };
}

async function neo4jWorld(): Promise<DepartmentWorld> {
  const h = await neo4jApi('api-departments');
  const enterprise = `${h.p}-ent-1`;
  return {
    app: h.app,
    store: h.raw,
    park: `${h.p}-park`,
    p: h.p,
    enterprise,
    keys: {
      admin: h.auth('admin'),
      secretary: h.auth('secretaryInPark'),
      elsewhere: h.auth('secretaryElsewhere'),
      ...(await addDepartments(h.raw, h.api.access, h.p, `${h.p}-park`, enterprise, `${h.p}-elsewhere`)),
    },
    settled: () => h.settled(),
    close: () => h.close(),
  };
}

describe.each([
  ['embedded memory store (articles)', articlesWorld],
  ['Neo4j', neo4jWorld],
])('departments take orders (部门接单, 吹哨报到): %s', (_name, makeWorld) => {
  let w: DepartmentWorld;
  beforeAll(async () => {
    w = await makeWorld();
  }, 120_000);
  afterAll(async () => w?.close());

  const raise = async (id: string, title: string) => {
    const res = await request(w.app)
      .post('/api/v1/requests')
      .set(w.keys.secretary)
      .send({ id, kind: 'safety', title, raisedBy: w.enterprise });
    expect(res.status).toBe(201);
  };
  const whistle = (id: string, key: Headers, departments: string[]) =>
    request(w.app).post(`/api/v1/requests/${id}/whistle`).set(key).send({ departments, note: '联合体检' });
  const step = (id: string, department: string, key: Headers, body: object) =>
    request(w.app).post(`/api/v1/requests/${id}/departments/${department}`).set(key).send(body);

  test('when the secretary blows the whistle on a request, then each department reports in its own queue, and the request resolves only once both have', async () => {
    const id = `${w.p}-req-whistle`;
    const [safety, fire] = [`${w.p}-dept-safety`, `${w.p}-dept-fire`];
    await raise(id, '危化品仓库消防隐患排查');
    const blown = await whistle(id, w.keys.secretary, [safety, fire]);
    expect(blown.status).toBe(200);
    expect(blown.body).toMatchObject({ status: 'dispatched', whistle: { called: 2, reported: 0, complete: false } });
    expect((blown.body.departments as { status: string }[]).map((c) => c.status)).toEqual(['called', 'called']);

    // the 应急 key's queue holds the request; it accepts and reports for itself
    const queue = await request(w.app).get('/api/v1/requests?limit=1000').set(w.keys.safety);
    expect((queue.body.items as { id: string }[]).map((r) => r.id)).toContain(id);
    expect((await step(id, safety, w.keys.safety, { to: 'accepted' })).status).toBe(200);
    const reported = await step(id, safety, w.keys.safety, { to: 'reported', note: '已到场排查 3 处隐患' });
    expect(reported.body.whistle).toMatchObject({
      called: 2,
      reported: 1,
      complete: false,
      waitingFor: ['测试消防救援大队'],
    });

    const early = await request(w.app)
      .post(`/api/v1/requests/${id}/transitions`)
      .set(w.keys.secretary)
      .send({ to: 'accepted' });
    expect(early.status).toBe(200);
    const refused = await request(w.app)
      .post(`/api/v1/requests/${id}/transitions`)
      .set(w.keys.secretary)
      .send({ to: 'resolved' });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('测试消防救援大队');

    await step(id, fire, w.keys.fire, { to: 'reported', note: '消防通道已整改' });
    const closedPart = await step(id, fire, w.keys.fire, { to: 'closed' });
    expect(closedPart.body.whistle).toMatchObject({ complete: true, waitingFor: [] });
    expect(
      (await request(w.app).post(`/api/v1/requests/${id}/transitions`).set(w.keys.secretary).send({ to: 'resolved' }))
        .body.status,
    ).toBe('resolved');
    const history = await request(w.app).get(`/api/v1/audit?target=${id}`).set(w.keys.admin);
    expect((history.body.items as { action: string }[]).map((e) => e.action)).toEqual(
      expect.arrayContaining(['request.whistle', 'request.department.reported', 'request.department.closed']),
    );
  });

  test('when a department key probes, then another department’s part, the request itself and a request not sent to it are refused, and a department’s load counts what it carries', async () => {
    const id = `${w.p}-req-probe`;
    const other = `${w.p}-req-not-sent`;
    const [safety, fire] = [`${w.p}-dept-safety`, `${w.p}-dept-fire`];
    await raise(id, '消防验收');
    await raise(other, '危化品许可');
    await whistle(id, w.keys.secretary, [fire]);
    expect((await step(id, fire, w.keys.safety, { to: 'reported' })).status).toBe(403);
    expect((await step(id, safety, w.keys.safety, { to: 'reported' })).status).toBe(404);
    expect((await step(id, fire, w.keys.fire, { to: 'closed' })).status).toBe(409);
    const moved = await request(w.app)
      .post(`/api/v1/requests/${id}/transitions`)
      .set(w.keys.fire)
      .send({ to: 'accepted' });
    expect(moved.status).toBe(403);
    const queue = await request(w.app).get('/api/v1/requests?limit=1000').set(w.keys.fire);
    const ids = (queue.body.items as { id: string }[]).map((r) => r.id);
    expect(ids).toContain(id);
    expect(ids).not.toContain(other);
    expect((await whistle(other, w.keys.fire, [fire])).status).toBe(403);
    expect((await whistle(other, w.keys.elsewhere, [fire])).status).toBe(403);
    const unknown = await whistle(other, w.keys.secretary, [`${w.p}-nowhere`]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'body.departments[0]' });

    const read = await request(w.app).get(`/api/v1/departments/${fire}`).set(w.keys.secretary);
    expect(read.body).toMatchObject({ name: '测试消防救援大队', remit: ['safety'], load: { current: 1, max: 20 } });
    const listed = await request(w.app).get('/api/v1/departments').set(w.keys.secretary);
    expect((listed.body.items as { id: string }[]).map((d) => d.id)).toEqual(expect.arrayContaining([safety, fire]));
    const foreign = await request(w.app).get('/api/v1/departments').set(w.keys.elsewhere);
    expect((foreign.body.items as { id: string }[]).map((d) => d.id)).not.toContain(fire);
    expect((await request(w.app).get(`/api/v1/departments/${fire}`).set(w.keys.elsewhere)).status).toBe(403);
  });

  test('when the park’s key imports a 企业秘书 serving an enterprise of another region, then that row is refused naming secretaryOf', async () => {
    const official = (id: string, serves: string) => ({
      id: `${w.p}-${id}`,
      name: '企业秘书',
      worksAt: [{ orgId: `${w.p}-dept-housing` }],
      secretaryOf: [serves],
    });
    const report = await importBundle(
      w.store,
      {
        format: 'redchain-bundle/1',
        people: [official('sec-near', w.enterprise), official('sec-far', `${w.p}-ent-far`)],
      },
      { caller: { role: 'secretary', regionId: w.park } },
    );
    expect(report.rejected.map((r) => [r.position, r.field])).toEqual([['people[1]', 'secretaryOf[0]']]);
    expect(await w.store.getNode('Person', `${w.p}-sec-near`)).not.toBeNull();
  });

  test('when a whistled request passes its due date with a department not reported, then the 督办 inbox holds it naming that department', async () => {
    const id = `${w.p}-req-late`;
    const day = 86_400_000;
    const res = await request(w.app)
      .post('/api/v1/requests')
      .set(w.keys.secretary)
      .send({
        id,
        kind: 'safety',
        title: '消防通道整改逾期',
        raisedBy: w.enterprise,
        raisedAt: new Date(Date.now() - 3 * day).toISOString(),
        dueAt: new Date(Date.now() - day).toISOString(),
      });
    expect(res.status).toBe(201);
    await whistle(id, w.keys.secretary, [`${w.p}-dept-safety`, `${w.p}-dept-fire`]);
    await step(id, `${w.p}-dept-safety`, w.keys.safety, { to: 'reported' });
    let item: { id: string; whistle: { waitingFor: string[] } | null } | undefined;
    await until(
      async () => {
        const inbox = await request(w.app).get('/api/v1/requests/escalated').set(w.keys.secretary);
        item = (inbox.body.items as NonNullable<typeof item>[]).find((r) => r.id === id);
        return item !== undefined;
      },
      60_000,
      'the request escalated',
    );
    expect(item!.whistle!.waitingFor).toEqual(['测试消防救援大队']);
  });

  test('when a safety request’s responders are read, then the 企业秘书 leads the people and the safety departments lead the departments, with reasons', async () => {
    const id = `${w.p}-req-rank`;
    await raise(id, '危化品储存隐患整改指导');
    await w.settled();
    let ranked = {} as RankedResponders & { status: string };
    await until(
      async () => {
        const res = await request(w.app).get(`/api/v1/requests/${id}/responders`).set(w.keys.secretary);
        ranked = res.body as typeof ranked;
        return ranked.status === 'ready';
      },
      60_000,
      'the responders',
    );
    // the enterprise's 企业秘书 (the official, and whoever else serves it) come before everyone else
    const first = ranked.responders.filter((r) => r.reasons.zh.includes('该企业的企业秘书（首位响应人）'));
    expect(first.map((r) => r.personId)).toContain(`${w.p}-secretary-official`);
    expect(ranked.responders.slice(0, first.length)).toEqual(first);
    const departments = ranked.departments.map((d) => d.departmentId);
    // the park's safety departments by remit (the articles' park has its own 应急 too), never 住建
    expect(departments).toContain(`${w.p}-dept-safety`);
    expect(departments).not.toContain(`${w.p}-dept-housing`);
    expect(ranked.departments[0]!.reasons.zh).toEqual(
      expect.arrayContaining(['职责涵盖安全生产', '诉求涉及「隐患、危化品」']),
    );
  });
});

describe('001’s joint inspection in the articles’ dataset', () => {
  test('when the joint inspection is read, then 应急 and 消防 both reported on 340 enterprises, quoted from 001, and the export keeps it', async () => {
    const { app, queue } = await articlesApp();
    const admin = bearer(BOOTSTRAP_ADMIN_KEY);
    try {
      const read = await request(app).get('/api/v1/requests/req-xn-joint-safety-inspection').set(admin);
      expect(read.body).toMatchObject({
        kind: 'safety',
        regionName: '咸宁高新区',
        enterprisesReached: 340,
        source: 'article:001_058a0d2497feb709',
        whistle: { called: 2, reported: 2, complete: true },
      });
      expect(read.body.description).toContain('深入340家园区企业全覆盖');
      expect((read.body.departments as { departmentName: string }[]).map((d) => d.departmentName).sort()).toEqual(
        ['咸宁高新区应急部门', '咸宁高新区消防部门'].sort(),
      );
      const exported = await request(app).get('/api/v1/export').set(admin);
      const inspection = (exported.body.requests as { id: string }[]).find(
        (r) => r.id === 'req-xn-joint-safety-inspection',
      );
      expect(inspection).toMatchObject({ regionId: 'region-xn-hitech', enterprisesReached: 340 });
      expect((exported.body.departments as { id: string }[]).length).toBeGreaterThanOrEqual(9);
    } finally {
      await queue.close();
    }
  });
});

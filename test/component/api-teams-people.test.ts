import type { Express } from 'express';
import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import { BOOTSTRAP_ADMIN_KEY, neo4jApi } from '../helpers/api-harness';
import { articlesApp } from '../helpers/articles-app';

type Headers = { Authorization: string };
const bearer = (key: string): Headers => ({ Authorization: `Bearer ${key}` });

/**
 * Where a region-scoped secretary forms teams, on the store under test: its region's employer and
 * problem, a person and an employer of another region, and the key of another region.
 */
interface TeamWorld {
  app: Express;
  keys: { admin: Headers; scoped: Headers; otherRegion: Headers; viewer: Headers };
  own: { employer: string; problem: string; prefix: string };
  foreign: { employer: string; person: string };
  close(): Promise<void>;
}

async function articlesWorld(): Promise<TeamWorld> {
  const { app, raw, queue, access } = await articlesApp();
  const key = async (role: string, regionId: string | null) =>
    bearer((await createApiKey(access, raw, { role, regionId, name: `${role} ${regionId ?? ''}` })).key);
  return {
    app,
    keys: {
      admin: bearer(BOOTSTRAP_ADMIN_KEY),
      scoped: await key('secretary', 'region-zhenjiang'),
      otherRegion: await key('secretary', 'region-jz-edz'),
      viewer: await key('viewer', null),
    },
    own: { employer: 'inst-just', problem: 'prob-dual-fuel-engine', prefix: 'zj' },
    foreign: { employer: 'ent-feilihua', person: 'person-sun-fei' },
    close: () => queue.close(),
  };
}

async function neo4jWorld(): Promise<TeamWorld> {
  const h = await neo4jApi('api-teams');
  return {
    app: h.app,
    keys: {
      admin: h.auth('admin'),
      scoped: h.auth('secretaryInPark'),
      otherRegion: h.auth('secretaryElsewhere'),
      viewer: h.auth('viewer'),
    },
    own: { employer: `${h.p}-ent-3`, problem: `${h.p}-problem-1`, prefix: h.p },
    // the fixture's university lies in the city, above the park: outside the park's key
    foreign: { employer: `${h.p}-uni`, person: `${h.p}-person-0` },
    close: () => h.close(),
  };
}

describe.each([
  ['embedded memory store (articles)', articlesWorld],
  ['Neo4j', neo4jWorld],
])('POST /people, /teams and /teams/:id/members: %s', (_name, makeWorld) => {
  let w: TeamWorld;
  const post = (path: string, key: Headers, body: object) => request(w.app).post(`/api/v1${path}`).set(key).send(body);
  const person = (n: number) => `${w.own.prefix}-new-expert-${n}`;
  const team = () => `${w.own.prefix}-new-team`;

  beforeAll(async () => {
    w = await makeWorld();
  }, 120_000);
  afterAll(async () => w?.close());

  test('when the region’s secretary adds two experts at an employer of its region, then both are created where they work and readable', async () => {
    for (const n of [1, 2]) {
      const res = await post('/people', w.keys.scoped, {
        id: person(n),
        name: `新专家${n}`,
        title: '高级工程师',
        skills: ['船舶动力'],
        partyMember: true,
        worksAt: [{ orgId: w.own.employer, position: '研究员' }],
      });
      expect(res.status).toBe(201);
      expect(res.headers['location']).toBe(`/api/v1/people/${person(n)}`);
      expect(res.body).toMatchObject({ id: person(n), name: `新专家${n}`, skills: ['船舶动力'] });
    }
    const read = await request(w.app)
      .get(`/api/v1/people/${person(1)}`)
      .set(w.keys.viewer);
    expect(read.status).toBe(200);
    expect(read.body.name).toBe('新专家1');
    // a viewer may not see party membership (PIPL)
    expect(read.body.partyMember).toBeNull();
  });

  test('when the region’s secretary adds a person working elsewhere or nowhere, then 403 and 400 name the field', async () => {
    const elsewhere = await post('/people', w.keys.scoped, {
      id: `${w.own.prefix}-probe-1`,
      name: '越界专家',
      worksAt: [{ orgId: w.foreign.employer }],
    });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.detail).toContain('worksAt[0].orgId');
    const nowhere = await post('/people', w.keys.scoped, { id: `${w.own.prefix}-probe-2`, name: '无处专家' });
    expect(nowhere.status).toBe(400);
    expect(JSON.stringify(nowhere.body)).toContain('body.worksAt');
  });

  test('when the secretary forms a team from its experts for its problem, then it is listed among the problem’s teams with its people counted and audited', async () => {
    const res = await post('/teams', w.keys.scoped, {
      id: team(),
      name: '船舶动力攻关团队',
      kind: 'consortium',
      problemId: w.own.problem,
      memberIds: [person(1), person(2)],
      leaderId: person(1),
    });
    expect(res.status).toBe(201);
    expect(res.headers['location']).toBe(`/api/v1/teams/${team()}`);
    expect(res.body).toMatchObject({ id: team(), memberCount: 2, problemIds: [w.own.problem] });
    const listed = await request(w.app).get('/api/v1/teams').query({ problem: w.own.problem }).set(w.keys.viewer);
    expect(listed.body.items.map((t: { id: string }) => t.id)).toContain(team());
    const audit = await request(w.app).get('/api/v1/audit').query({ target: team() }).set(w.keys.admin);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('team.create');
  });

  test('when a team is formed across regions, by a viewer, or of unknown people, then it is refused naming what is wrong', async () => {
    const base = { id: `${w.own.prefix}-probe-team`, name: '探测团队', kind: 'commando' };
    const otherKey = await post('/teams', w.keys.otherRegion, {
      ...base,
      problemId: w.own.problem,
      memberIds: [person(1)],
    });
    expect(otherKey.status).toBe(403);
    expect(otherKey.body.detail).toContain('problemId');
    const foreignPerson = await post('/teams', w.keys.scoped, { ...base, memberIds: [person(1), w.foreign.person] });
    expect(foreignPerson.status).toBe(403);
    expect(foreignPerson.body.detail).toContain('memberIds[1]');
    const viewer = await post('/teams', w.keys.viewer, { ...base, memberIds: [person(1)] });
    expect(viewer.status).toBe(403);
    const unknown = await post('/teams', w.keys.admin, { ...base, memberIds: [person(1), 'no-such-person'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('body.memberIds[1]');
    const noProblem = await post('/teams', w.keys.admin, {
      ...base,
      problemId: 'no-such-problem',
      memberIds: [person(1)],
    });
    expect(noProblem.status).toBe(400);
    expect(noProblem.body.detail).toContain('body.problemId');
    const leader = await post('/teams', w.keys.admin, { ...base, memberIds: [person(1)], leaderId: person(2) });
    expect(leader.status).toBe(400);
    expect(leader.body.detail).toContain('body.leaderId');
    expect((await request(w.app).get(`/api/v1/teams/${base.id}`).set(w.keys.admin)).status).toBe(404);
  });

  test('when the secretary removes and adds people, then the team counts them; another region’s key, unknown teams and people are refused', async () => {
    const removed = await post(`/teams/${team()}/members`, w.keys.scoped, { remove: [person(2)] });
    expect(removed.status).toBe(200);
    expect(removed.body.memberCount).toBe(1);
    const added = await post(`/teams/${team()}/members`, w.keys.scoped, { add: [person(2)] });
    expect(added.body.memberCount).toBe(2);
    const otherKey = await post(`/teams/${team()}/members`, w.keys.otherRegion, { remove: [person(2)] });
    expect(otherKey.status).toBe(403);
    const foreignPerson = await post(`/teams/${team()}/members`, w.keys.scoped, { add: [w.foreign.person] });
    expect(foreignPerson.status).toBe(403);
    expect(foreignPerson.body.detail).toContain('add[0]');
    const unknownTeam = await post('/teams/no-such-team/members', w.keys.admin, { add: [person(1)] });
    expect(unknownTeam.status).toBe(404);
    expect(unknownTeam.body.detail).toContain('no-such-team');
    const unknownPerson = await post(`/teams/${team()}/members`, w.keys.admin, { add: ['no-such-person'] });
    expect(unknownPerson.status).toBe(400);
    expect(unknownPerson.body.detail).toContain('body.add[0]');
    const nothing = await post(`/teams/${team()}/members`, w.keys.admin, {});
    expect(nothing.status).toBe(400);
    expect((await request(w.app).get(`/api/v1/teams/${team()}`).set(w.keys.viewer)).body.memberCount).toBe(2);
  });
});

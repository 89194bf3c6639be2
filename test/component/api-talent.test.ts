import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import { BOOTSTRAP_ADMIN_KEY, neo4jApi, type ApiHarness } from '../helpers/api-harness';
import { articlesApp, type ArticlesApp } from '../helpers/articles-app';

interface Candidate {
  person: { id: string };
  rank: number;
  score: number;
  components: Record<string, number>;
  reasons: { zh: string[]; en: string[] };
}

/**
 * Talent (人才) through /api/v1: a chain secretary posts a need, reads the chain's scarce-talent
 * catalogue, the need's candidates with reasons and the job fair plan, and records the hire, which
 * fills the need and counts in the talent matcher's precision@k. On Neo4j (the harness's park)
 * and on the memory store of the embedded default (the articles' own 18-day technical manager).
 */
describe('/api/v1 talent on Neo4j', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await neo4jApi('api-talent');
  });
  afterAll(async () => {
    await h.close();
  });

  test('when a park secretary posts a need, then it is stored with its enterprise, lists in the chain’s catalogue, and its candidates leave out the enterprise’s own staff', async () => {
    const posted = await request(h.app)
      .post('/api/v1/talent-needs')
      .set(h.auth('secretaryInPark'))
      .send({
        id: `${h.p}-tn-7`,
        title: '测试技师',
        skills: ['技能7'],
        enterpriseId: `${h.p}-ent-7`,
        postedAt: '2025-05-01',
      });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ status: 'open', enterpriseId: `${h.p}-ent-7`, postedAt: '2025-05-01' });
    const read = await request(h.app).get(`/api/v1/talent-needs/${h.p}-tn-7`).set(h.auth('viewer'));
    expect(read.body).toMatchObject({ title: '测试技师', count: 1, level: 'engineer' });

    const catalogue = await request(h.app)
      .get(`/api/v1/chains/${h.p}-chain/talent`)
      .query({ region: `${h.p}-park` })
      .set(h.auth('secretaryInPark'));
    expect(catalogue.status).toBe(200);
    expect(catalogue.body).toMatchObject({ openNeeds: 3, headcount: 4 });
    expect(catalogue.body.entries[0]).toMatchObject({ role: '正极材料工程师', headcount: 2 });

    const candidates = await request(h.app).get(`/api/v1/talent-needs/${h.p}-tn-7/candidates`).set(h.auth('admin'));
    expect(candidates.status).toBe(200);
    expect((candidates.body.candidates as Candidate[]).map((c) => c.person.id)).not.toContain(`${h.p}-person-7`);
  });

  test('when a viewer reads a need’s candidates, then they are ranked with their parts and reasons, and party membership is never said', async () => {
    const res = await request(h.app).get(`/api/v1/talent-needs/${h.p}-tn-1/candidates`).set(h.auth('viewer'));
    expect(res.status).toBe(200);
    const list = res.body.candidates as Candidate[];
    expect(list[0]).toMatchObject({ person: { id: `${h.p}-person-3` }, rank: 1 });
    expect(Object.keys(list[0]!.components).sort()).toEqual(['place', 'recommendation', 'skills', 'works']);
    expect(list[0]!.reasons.zh).toContain('技能匹配：正极材料、技能3');
    expect(list.flatMap((c) => [...c.reasons.zh, ...c.reasons.en]).join()).not.toMatch(/党员|MEMBER_OF/);
    const elsewhere = await request(h.app)
      .get(`/api/v1/talent-needs/${h.p}-tn-1/candidates`)
      .set(h.auth('secretaryElsewhere'));
    expect(elsewhere.status).toBe(403);
  });

  test('when the hire is recorded, then the need is filled with its days to fill and the talent matcher’s precision@1 counts it', async () => {
    const top = (await request(h.app).get(`/api/v1/talent-needs/${h.p}-tn-1/candidates`).set(h.auth('secretaryInPark')))
      .body.candidates[0] as Candidate;
    const post = (body: Record<string, unknown>) =>
      request(h.app).post('/api/v1/outcomes').set(h.auth('secretaryInPark')).send(body);
    const hire = { engine: 'talent', subjectId: `${h.p}-tn-1`, candidateId: top.person.id, result: 'talent_hired' };
    const early = await post({ ...hire, date: '2025-02-01' });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].field).toBe('body.date');
    const hired = await post({ ...hire, date: '2025-03-19' });
    expect(hired.status).toBe(201);
    expect(hired.body).toMatchObject({ engine: 'talent', result: 'talent_hired', rank: 1, daysToFill: 18 });
    const need = await request(h.app).get(`/api/v1/talent-needs/${h.p}-tn-1`).set(h.auth('viewer'));
    expect(need.body).toMatchObject({ status: 'filled', filledAt: '2025-03-19', enterpriseId: `${h.p}-ent-2` });
    const stats = await request(h.app)
      .get('/api/v1/stats/outcomes')
      .query({ region: `${h.p}-park` })
      .set(h.auth('viewer'));
    const talent = (
      stats.body.engines as { engine: string; successes: number; atK: { k: number; precision: number }[] }[]
    ).find((e) => e.engine === 'talent')!;
    expect(talent.successes).toBe(1);
    expect(talent.atK.find((a) => a.k === 1)!.precision).toBe(1);
  });

  test('when a need is posted with a bad count or for an enterprise of another region, then 400 naming the field, or 403', async () => {
    const bad = await request(h.app)
      .post('/api/v1/talent-needs')
      .set(h.auth('secretaryInPark'))
      .send({ id: `${h.p}-tn-bad`, title: '焊工', count: 0, enterpriseId: `${h.p}-ent-4` });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('body.count');
    const other = await request(h.app)
      .post('/api/v1/talent-needs')
      .set(h.auth('secretaryElsewhere'))
      .send({ id: `${h.p}-tn-other`, title: '焊工', enterpriseId: `${h.p}-ent-4` });
    expect(other.status).toBe(403);
  });

  test('when a job fair is planned for the chain, then each open need’s booth seats candidates, none twice beyond the bound', async () => {
    const res = await request(h.app)
      .get(`/api/v1/chains/${h.p}-chain/job-fair`)
      .query({ region: `${h.p}-park`, perPerson: 1 })
      .set(h.auth('secretaryInPark'));
    expect(res.status).toBe(200);
    const seated = (res.body.booths as { needs: { interviews: { person: { id: string } }[] }[] }[]).flatMap((b) =>
      b.needs.flatMap((n) => n.interviews.map((i) => i.person.id)),
    );
    expect(seated.length).toBeGreaterThan(0);
    expect(new Set(seated).size).toBe(seated.length);
    expect(res.body.interviews).toBe(seated.length);
  });
});

describe('/api/v1 talent on the memory store (the articles’ dataset)', () => {
  let a: ArticlesApp;
  const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };
  beforeAll(async () => {
    a = await articlesApp();
  });
  afterAll(async () => {
    await a.queue.close();
  });

  test('when the optoelectronics chain’s catalogue of the offshore park is read, then 000’s technical manager is there, filled in 18 days, with its source', async () => {
    const res = await request(a.app)
      .get('/api/v1/chains/chain-optoelectronics/talent')
      .query({ region: 'region-xn-offshore-park' })
      .set(admin);
    expect(res.status).toBe(200);
    expect(res.body.filled).toEqual({ needs: 1, medianDaysToFill: 18 });
    expect(res.body.needs[0]).toMatchObject({
      id: 'tn-kdjz-tech-manager',
      title: '技术经理',
      status: 'filled',
      daysOpen: 18,
      enterprise: { name: '科大集智技术湖北有限公司' },
      source: 'article:000_b4e2dba9849af17a',
    });
    const hires = await request(a.app).get('/api/v1/outcomes').query({ engine: 'talent' }).set(admin);
    expect(hires.body.items).toEqual([
      expect.objectContaining({ result: 'talent_hired', daysToFill: 18, subjectId: 'tn-kdjz-tech-manager' }),
    ]);
  });

  test('when a need is posted on the memory store, then the person who knows the skill leads its candidates and a viewer reads it in the catalogue', async () => {
    const viewer = (await createApiKey(a.access, a.raw, { role: 'viewer', name: 'talent viewer' })).key;
    const posted = await request(a.app)
      .post('/api/v1/talent-needs')
      .set(admin)
      .send({
        id: 'tn-test-lidar',
        title: '石英玻璃工艺工程师',
        skills: ['石英玻璃'],
        enterpriseId: 'ent-kdjz',
        chainIds: ['chain-optoelectronics'],
        postedAt: '2025-11-01',
      });
    expect(posted.status).toBe(201);
    expect(posted.body.chainIds).toEqual(['chain-optoelectronics']);
    const candidates = await request(a.app).get('/api/v1/talent-needs/tn-test-lidar/candidates').set(admin);
    expect(candidates.status).toBe(200);
    // 002's 孙绯 (菲利华) knows 石英玻璃: the one person of the articles who does
    expect(candidates.body.candidates[0]).toMatchObject({ person: { id: 'person-sun-fei' }, rank: 1 });
    expect(candidates.body.candidates[0].reasons.zh).toContain('技能匹配：石英玻璃');
    const catalogue = await request(a.app)
      .get('/api/v1/chains/chain-optoelectronics/talent')
      .set({ Authorization: `Bearer ${viewer}` });
    expect(catalogue.body.entries.map((e: { role: string }) => e.role)).toContain('石英玻璃工艺工程师');
  });
});

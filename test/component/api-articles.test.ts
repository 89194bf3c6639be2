import request from 'supertest';
import { FileAccessStore } from '../../src/access/file-access-store';
import { RegionScopes } from '../../src/access/region-scope';
import { createApp } from '../../src/api/app';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { ChangeReportingStore } from '../../src/jobs/change-reporting-store';
import { changeHandler } from '../../src/jobs/change-handler';
import { MemoryChangeLog } from '../../src/jobs/change-log';
import { InlineJobQueue } from '../../src/jobs/inline-job-queue';
import { LiveProjection } from '../../src/projection/live-projection';
import { InProcessGraphQueries } from '../../src/api/graph-queries/graph-queries';
import { createLogger } from '../../src/shared/logger';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { BOOTSTRAP_ADMIN_KEY } from '../helpers/api-harness';

/**
 * The embedded default (`npm start`): the whole API on the articles' dataset, memory store and
 * jobs in process. The articles' own cases, asked the way the README's users ask them.
 */
describe('the API on the articles’ dataset (embedded default)', () => {
  const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };
  let queue: InlineJobQueue;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    const raw = await MemoryGraphStore.open();
    await seedArticles(raw);
    const logger = createLogger('silent');
    const changes = new MemoryChangeLog();
    queue = new InlineJobQueue(raw, logger, changes);
    const store = new ChangeReportingStore(raw, changeHandler(changes, queue, { debounceMs: 20 }));
    app = createApp({
      api: {
        store,
        access: FileAccessStore.open(null),
        scopes: new RegionScopes(store),
        jobs: queue,
        graph: new InProcessGraphQueries(new LiveProjection(raw, changes, logger)),
        logger,
        uploadDir: '.',
      },
      adminKey: BOOTSTRAP_ADMIN_KEY,
    });
    const recompute = await request(app).post('/api/v1/recompute').set(admin);
    expect(recompute.status).toBe(202);
    await queue.idle();
    expect((await request(app).get(`/api/v1/jobs/${recompute.body.jobId}`).set(admin)).body.state).toBe('completed');
  });
  afterAll(async () => {
    await queue.close();
  });

  test('when a secretary searches 镇江船厂 by its short name, then the shipyard is found, and its upstream partners start with 中船动力 with the organisational path', async () => {
    const found = await request(app).get('/api/v1/search').query({ q: '镇江船厂', kind: 'Enterprise' }).set(admin);
    expect(found.body.items[0]).toMatchObject({ id: 'ent-zj-shipyard', kind: 'Enterprise' });
    const partners = await request(app)
      .get('/api/v1/enterprises/ent-zj-shipyard/partners')
      .query({ direction: 'upstream', limit: 5 })
      .set(admin);
    expect(partners.status).toBe(200);
    expect(partners.body.status).toBe('ready');
    expect(partners.body.candidates[0]).toMatchObject({ id: 'ent-cssc-power', name: '中船动力（集团）有限公司' });
    expect((partners.body.candidates[0].detail.orgPath as unknown[]).length).toBeGreaterThan(0);
  });

  test('when the lidar problem’s candidates are asked, then 湖北江城实验室 and 华中科技大学 are its top institutions', async () => {
    const res = await request(app).get('/api/v1/problems/prob-lidar/candidates').set(admin);
    expect(res.status).toBe(200);
    const top = (res.body.institutions.candidates as { name: string }[]).slice(0, 2).map((c) => c.name);
    expect(top.sort()).toEqual(['华中科技大学', '湖北江城实验室'].sort());
    // no expert in the articles' graph has lidar skills: the proposal says so rather than inventing a team
    const consortium = await request(app).get('/api/v1/problems/prob-lidar/consortium').set(admin);
    expect(consortium.body).toMatchObject({ members: [], uncovered: ['激光雷达', '光电芯片', '光学设计'] });
  });

  test('when 白银高新区’s lithium map is read, then 正极材料 and 钛白粉 rest on 东方钛业 alone', async () => {
    const map = await request(app)
      .get('/api/v1/chains/chain-lithium-battery/map')
      .query({ region: 'region-by-hitech' })
      .set(admin);
    expect(map.status).toBe(200);
    const segments = map.body.map.segments as { segmentId: string; singlePointOfFailure?: { producerName: string } }[];
    expect(
      segments.filter((s) => s.singlePointOfFailure).map((s) => [s.segmentId, s.singlePointOfFailure!.producerName]),
    ).toEqual([
      // raw material first: the titanium by-product feeds the cathode material
      ['seg-li-titanium-byproduct', '甘肃东方钛业有限公司'],
      ['seg-li-cathode', '甘肃东方钛业有限公司'],
    ]);
  });

  test('when 白银’s new-materials leads are read, then a what-if of the top one says which gap it closes', async () => {
    const leads = await request(app)
      .get('/api/v1/chains/chain-new-materials/leads')
      .query({ region: 'region-baiyin', limit: 3 })
      .set(admin);
    expect(leads.status).toBe(200);
    expect(leads.body.leads).toHaveLength(3);
    const top = leads.body.leads[0].enterpriseId as string;
    const whatIf = await request(app)
      .post('/api/v1/chains/chain-new-materials/what-if')
      .set(admin)
      .send({ region: 'region-baiyin', leadIds: [top] });
    expect(whatIf.status).toBe(200);
    expect(whatIf.body.added).toEqual([top]);
    expect(whatIf.body.closed).toHaveLength(1);
  });

  test('when leadership opens the coverage and the dashboard, then every chain has its figures', async () => {
    const coverage = await request(app).get('/api/v1/party-orgs/coverage').set(admin);
    const ship = (coverage.body.chains as { chainId: string }[]).find((c) => c.chainId === 'chain-marine-offshore');
    // 镇江: the shipyard and 中船动力, both covered by the park's chain committee, which is paired
    expect(ship).toMatchObject({ enterprises: 2, covered: 2, coverage: 1, pairings: 1 });
    const stats = await request(app).get('/api/v1/stats').set(admin);
    expect(stats.body.counts.Enterprise).toBeGreaterThan(10);
    const problems = Object.values(stats.body.problems as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(problems).toBe(stats.body.counts.Problem);
    expect(stats.body.problems).toMatchObject({ accepted: 4, in_progress: 1 });
  });

  test('when the API document is read, then it is OpenAPI 3.1 naming every route, and /docs serves the interactive page', async () => {
    const doc = await request(app).get('/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/enterprises/{id}/partners',
        '/api/v1/problems/{id}/candidates',
        '/api/v1/chains/{id}/map',
      ]),
    );
    const partners = doc.body.paths['/api/v1/enterprises/{id}/partners'].get;
    expect(partners.parameters.map((p: { name: string }) => p.name)).toEqual(['id', 'direction', 'limit']);
    const docs = await request(app).get('/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger-ui');
  });
});

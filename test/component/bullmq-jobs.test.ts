import { Queue, QueueEvents } from 'bullmq';
import IORedis from 'ioredis';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { BullJobQueue } from '../../src/jobs/bullmq-job-queue';
import { startWorkers } from '../../src/jobs/bullmq-workers';
import { ChangeReportingStore } from '../../src/jobs/change-reporting-store';
import { changeHandler } from '../../src/jobs/change-handler';
import { QUEUE_NAMES } from '../../src/jobs/job-definitions';
import { RedisChangeLog } from '../../src/jobs/redis-change-log';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { findPartners } from '../../src/match/partners/find-partners';
import { storedReasons } from '../../src/match/stored-reasons';
import { projectScope } from '../../src/projection/project-scope';
import { createLogger } from '../../src/shared/logger';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { validBundle } from '../helpers/bundle-fixture';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';
import { valueOf } from '../helpers/until';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';

/**
 * The whole job path on BullMQ, against the real Redis and Neo4j of the test run: an edit
 * through the store's write path → jobs on Redis → a worker → a fresh result in Neo4j. Each run
 * uses queues of its own (a Redis key prefix), removed at the end.
 */
describe('recomputes on BullMQ (real Redis, real Neo4j)', () => {
  const p = uniquePrefix('jobs');
  const prefix = `test-${p}`;
  let raw: Neo4jGraphStore;
  let store: ChangeReportingStore;
  let queue: BullJobQueue;
  let connection: IORedis;
  let workers: ReturnType<typeof startWorkers>;
  let events: QueueEvents;
  let eventsConnection: IORedis;

  beforeAll(async () => {
    raw = await Neo4jGraphStore.open(neo4jSettingsFromEnv());
    const report = await importBundle(raw, validBundle(p));
    expect(report.rejected).toEqual([]);
    connection = new IORedis(process.env['REDIS_URL']!, { maxRetriesPerRequest: null });
    queue = new BullJobQueue(connection, prefix);
    const changes = new RedisChangeLog(connection, prefix);
    store = new ChangeReportingStore(raw, changeHandler(changes, queue, { debounceMs: 200 }));
    workers = startWorkers({
      connection,
      store: raw,
      queue,
      changes,
      concurrency: 1,
      logger: createLogger('silent'),
      prefix,
    });
    // connections handed to BullMQ are not closed by it: each is quit below
    eventsConnection = connection.duplicate();
    events = new QueueEvents(QUEUE_NAMES.recompute, { connection: eventsConnection, prefix });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await workers.close();
    await events.close();
    await eventsConnection.quit();
    await queue.queue('recompute').obliterate({ force: true });
    await connection.del(`${prefix}:changes`);
    await queue.close();
    await connection.quit();
    await raw.close();
  });

  const upstreamOf = (id: string) => raw.readCandidates('PARTNER_CANDIDATE', { kind: 'Enterprise', id }, 'upstream');

  test('when an enterprise is edited through the store, then a worker recomputes its lists and the fresh ones are readable', async () => {
    const id = `${p}-ent-6`;
    expect(await upstreamOf(id)).toBeNull();
    const node = await raw.getNode('Enterprise', id);
    await store.upsertNodes('Enterprise', [{ ...node!.props, description: '改为生产磷酸铁锂正极' }]);
    const stored = await valueOf(() => upstreamOf(id), 30_000, 'the recomputed list');
    const now = findPartners(await projectScope(raw, {}), { enterpriseId: id, direction: 'upstream' });
    expect(stored.candidates.map((c) => [c.to.id, c.score])).toEqual(
      now.candidates.map((c) => [c.enterpriseId, c.score]),
    );
    expect(stored.candidates.length).toBeGreaterThan(0);
    // the reasons a read renders from the stored facts are the engine's
    expect(storedReasons('PARTNER_CANDIDATE', 'upstream', stored.candidates[0]!.detail)).toEqual(
      now.candidates[0]!.reasons,
    );
  });

  test('when the enterprise is edited again, then the worker’s kept projection is patched and the list follows the edit', async () => {
    const id = `${p}-ent-6`;
    const first = await valueOf(() => upstreamOf(id), 30_000, 'the first list');
    // it now needs what ent-15 makes: the text fit moves ent-15 up its list (third to second)
    const node = await raw.getNode('Enterprise', id);
    await store.upsertNodes('Enterprise', [{ ...node!.props, needs: ['产品15'] }]);
    const fresh = await valueOf(
      async () => {
        const list = await upstreamOf(id);
        return list && list.computedAt > first.computedAt ? list : null;
      },
      30_000,
      'a list computed after the second edit',
    );
    const now = findPartners(await projectScope(raw, {}), { enterpriseId: id, direction: 'upstream' });
    expect(fresh.candidates.map((c) => [c.to.id, c.score])).toEqual(
      now.candidates.map((c) => [c.enterpriseId, c.score]),
    );
    const place = (list: typeof first) => list.candidates.findIndex((c) => c.to.id === `${p}-ent-15`);
    expect(place(fresh)).toBeGreaterThanOrEqual(0);
    expect(place(fresh)).toBeLessThan(place(first));
  });

  test('when the same recompute is queued 100 times, then one job waits, and it runs at most twice', async () => {
    const id = `${p}-ent-11`;
    const bull = queue.queue('recompute');
    for (let i = 0; i < 100; i++)
      await queue.add([{ name: 'partners.enterprise', payload: { enterpriseId: id }, delayMs: 300 }]);
    const waiting = (await bull.getJobs(['delayed', 'waiting', 'active'])).filter((j) => j.data.enterpriseId === id);
    expect(waiting).toHaveLength(1);
    await valueOf(() => upstreamOf(id), 30_000, 'the recomputed list');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ran = (await bull.getJobs(['completed'])).filter(
      (j) => j.name === 'partners.enterprise' && j.data.enterpriseId === id,
    );
    expect(ran.length).toBeGreaterThanOrEqual(1);
    expect(ran.length).toBeLessThanOrEqual(2);
  });

  test('when an admin opens /admin/queues, then Bull Board shows (and without a key it refuses) the recompute queue and its finished jobs', async () => {
    const app = createApp({
      api: plainApiContext(raw, queue),
      adminKey: BOOTSTRAP_ADMIN_KEY,
      queues: [queue.queue('recompute')],
    });
    expect((await request(app).get('/admin/queues')).status).toBe(401);
    const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };
    const page = await request(app).get('/admin/queues').set(admin);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root">');
    const api = await request(app)
      .get('/admin/queues/api/queues')
      .set(admin)
      .query({ activeQueue: 'redchain-recompute', status: 'completed' });
    expect(api.status).toBe(200);
    const shown = (api.body as { queues: { name: string; counts: Record<string, number> }[] }).queues;
    expect(shown.map((q) => q.name)).toEqual(['redchain-recompute']);
    expect(shown[0]!.counts['completed']).toBeGreaterThan(0);
  });

  test('when the full recompute is scheduled, then BullMQ holds one scheduler with the pattern, replaced when scheduled again', async () => {
    await queue.schedule({ name: 'recompute.full', payload: {} }, '0 3 * * *');
    await queue.schedule({ name: 'recompute.full', payload: {} }, '30 2 * * *');
    const schedulers = await queue.queue('recompute').getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.pattern])).toEqual([['recompute.full', '30 2 * * *']]);
    await queue.queue('recompute').removeJobScheduler('recompute.full');
  });

  test('when a job arrives with a bad payload, then it fails at once, without retries, naming the field, and stays visible', async () => {
    const direct = new Queue(QUEUE_NAMES.recompute, { connection, prefix });
    const job = await direct.add('partners.enterprise', { enterpriseId: '' }, { attempts: 5, removeOnFail: false });
    await expect(job.waitUntilFinished(events, 15_000)).rejects.toThrow(
      'partners.enterprise: enterpriseId must not be empty',
    );
    const failed = await direct.getJob(job.id!);
    expect(failed!.attemptsMade).toBe(1);
    expect(await failed!.getState()).toBe('failed');
    await direct.close();
  });
});

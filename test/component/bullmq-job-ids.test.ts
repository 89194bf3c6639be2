import IORedis from 'ioredis';
import { BullJobQueue } from '../../src/jobs/bullmq-job-queue';
import { uniquePrefix } from '../helpers/fixtures';

/** Job ids on BullMQ (real Redis, a queue prefix of this test's own, removed at the end). */
describe('job ids on BullMQ', () => {
  const prefix = `test-${uniquePrefix('job-ids')}`;
  let connection: IORedis;
  let queue: BullJobQueue;
  beforeAll(() => {
    connection = new IORedis(process.env['REDIS_URL']!, { maxRetriesPerRequest: null });
    queue = new BullJobQueue(connection, prefix);
  });
  afterAll(async () => {
    await queue.queue('recompute').obliterate({ force: true });
    await queue.close();
    await connection.quit();
  });

  test('when jobs are queued, then their ids are random UUIDs, not a counter, and a duplicate gets the waiting job’s id', async () => {
    const day = 24 * 3_600_000;
    const [a, b, again] = await queue.add([
      { name: 'sla.escalate', payload: { requestId: 'r-1' }, delayMs: day },
      { name: 'sla.escalate', payload: { requestId: 'r-2' }, delayMs: day },
      { name: 'sla.escalate', payload: { requestId: 'r-1' }, delayMs: day },
    ]);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).toMatch(/^[0-9a-f-]{36}$/);
    expect(b).not.toBe(a);
    expect(again).toBe(a);
    expect((await queue.status(a!))!.state).toBe('delayed');
    expect(await queue.status('1')).toBeNull();
  });
});

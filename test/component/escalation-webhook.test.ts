import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChangeReportingStore } from '../../src/jobs/change-reporting-store';
import { changeHandler } from '../../src/jobs/change-handler';
import { MemoryChangeLog } from '../../src/jobs/change-log';
import { webhookNotifier } from '../../src/jobs/escalation-notifier';
import { InlineJobQueue } from '../../src/jobs/inline-job-queue';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { createLogger } from '../../src/shared/logger';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

const SECRET = 'park-duty-phone-relay-secret';

interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * 督办 reaching someone outside the page: an escalation is posted to the park's webhook (a real
 * HTTP server here), signed, once per escalation, and retried until the receiver takes it.
 */
describe('the escalation webhook', () => {
  let server: Server;
  let url: string;
  const deliveries: Delivery[] = [];
  /** How many of the next deliveries the receiver answers 503 (down for maintenance). */
  let refuse = 0;
  let raw: MemoryGraphStore;
  let queue: InlineJobQueue;
  let store: ChangeReportingStore;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        if (refuse > 0) {
          refuse -= 1;
          res.writeHead(503).end();
          return;
        }
        deliveries.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/escalations`;
    raw = await MemoryGraphStore.open();
    await seedArticles(raw);
    const changes = new MemoryChangeLog();
    queue = new InlineJobQueue(raw, createLogger('silent'), changes, webhookNotifier(url, SECRET));
    store = new ChangeReportingStore(raw, changeHandler(changes, queue, { debounceMs: 20 }));
  });
  afterAll(async () => {
    await queue.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const overdue = async (id: string) => {
    const request = await raw.getNode('Request', id);
    await store.upsertNodes('Request', [
      { ...request!.props, status: 'raised', dueAt: new Date(Date.now() - 60_000).toISOString(), escalations: 0 },
    ]);
    await queue.idle();
  };
  const deliveredFor = (id: string) =>
    deliveries.filter((d) => (JSON.parse(d.body) as { request: { id: string } }).request.id === id);

  test('when an open request passes its due date, then the webhook receives one signed escalation naming it, and a repeat of the job sends nothing more', async () => {
    await overdue('req-kdjz-tech-manager');
    const [delivery, ...more] = deliveredFor('req-kdjz-tech-manager');
    expect(more).toEqual([]);
    const event = JSON.parse(delivery!.body) as { event: string; request: Record<string, unknown> };
    expect(event).toMatchObject({
      event: 'request.escalated',
      request: { id: 'req-kdjz-tech-manager', status: 'raised', escalations: 1 },
    });
    const stored = (await raw.getNode('Request', 'req-kdjz-tech-manager'))!.props;
    expect(event.request['escalatedAt']).toBe(stored['escalatedAt']);
    expect(stored['escalationNotifiedAt']).toBe(stored['escalatedAt']);
    // the receiver can tell the body came from this deployment, and that nothing in it was changed
    const expected = `sha256=${createHmac('sha256', SECRET).update(delivery!.body).digest('hex')}`;
    expect(delivery!.headers['x-redchain-signature']).toBe(expected);
    expect(delivery!.headers['x-redchain-event']).toBe('request.escalated');

    await queue.add([{ name: 'sla.escalate', payload: { requestId: 'req-kdjz-tech-manager' } }]);
    await queue.idle();
    expect(deliveredFor('req-kdjz-tech-manager')).toHaveLength(1);
  });

  test('when the receiver is down for the first two tries, then the job retries, the escalation is delivered once, and it is counted once', async () => {
    refuse = 2;
    await overdue('req-qianyuan-scenarios');
    expect(refuse).toBe(0);
    expect(deliveredFor('req-qianyuan-scenarios')).toHaveLength(1);
    const stored = (await raw.getNode('Request', 'req-qianyuan-scenarios'))!.props;
    expect(stored['escalations']).toBe(1);
    expect(stored['escalationNotifiedAt']).toBe(stored['escalatedAt']);
  });
});

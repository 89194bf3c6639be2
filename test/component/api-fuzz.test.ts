import http from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import { createApp } from '../../src/api/app';
import { API_ROUTES } from '../../src/api/routes';
import type { RouteSpec } from '../../src/api/routing/route';
import { listen } from '../../src/api/server';
import { NODE_KINDS } from '../../src/domain';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import type { InlineJobQueue } from '../../src/jobs/inline-job-queue';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { neo4jApi, plainApiContext, type ApiHarness } from '../helpers/api-harness';
import { tradeTag } from '../helpers/bundle-fixture';

/** Strings that have broken query builders elsewhere: Cypher and JSON injection, control characters, size. */
const NASTY = [
  "x'}) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  '`Enterprise`) DELETE n //',
  '{{label}}',
  '$id',
  '../../etc/passwd',
  '%00',
  '\u0000\u0001',
  '🙂'.repeat(50),
  'a'.repeat(5000),
  '-1',
  '1e309',
  'null',
  '__proto__',
];

/**
 * Names far enough apart that name resolution takes none of them for another. Each also carries a
 * Latin tag of its own id: the contract suite stores Cypher-looking names in the same database
 * (恶意'}) DETACH DELETE n //), and without the tag the fuzzy matcher held these for review as
 * alike to those whenever that suite had run first. (成都锂电回收 was likewise too near the
 * workflow test's 白银锂电回收利用有限公司, which was then held for review in its turn.)
 */
const PLACES = ['白银注入材料', '镇江船舶配套', '武汉光电芯片', '荆州白色家电', '咸宁海上风电', '成都航空锻件'];

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...NASTY));
const queryValue = fc.oneof(text, fc.integer().map(String), fc.array(text, { maxLength: 3 }));

/**
 * Malformed input to every route, as an admin (so every route's validation and handler are
 * reached), on the real Neo4j and Redis of the run: whatever comes in, the answer is never a 5xx,
 * an error is always problem+json saying what is wrong, and the process goes on answering.
 */
describe('fuzzing every route', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await neo4jApi('api-fuzz');
  });
  afterAll(async () => {
    await h.close();
  });

  test('when thousands of malformed ids, queries and bodies arrive, then no answer is a 5xx and every error is problem+json', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const spec of API_ROUTES) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(text, { minLength: 3, maxLength: 3 }),
          fc.dictionary(
            fc.oneof(fc.constantFrom('limit', 'cursor', 'region', 'direction', 'q', 'name', 'status', 'kind'), text),
            queryValue,
            {
              maxKeys: 4,
            },
          ),
          fc.oneof(fc.jsonValue(), fc.constantFrom(...NASTY)),
          async (ids, query, body) => {
            let n = 0;
            const path = spec.path.replace(/:[A-Za-z]+/g, () => encodeURIComponent(ids[n++] || 'x'));
            const req = request(h.app)[spec.method](`/api/v1${path}`).set(h.auth('admin')).query(query);
            // any JSON value, or text that is not JSON at all, as the body
            const raw = typeof body === 'string' && NASTY.includes(body) ? body : JSON.stringify(body);
            const res = await (spec.method === 'get' || spec.method === 'delete'
              ? req
              : req.set('content-type', 'application/json').send(raw));
            sent++;
            const problem = res.status >= 400;
            if (
              res.status >= 500 ||
              (problem && !/application\/problem\+json/.test(String(res.headers['content-type'])))
            )
              failures.push(
                `${spec.method} ${path} → ${res.status} ${String(res.headers['content-type'])} ${res.text.slice(0, 200)}`,
              );
            if (problem && typeof (res.body as { detail?: unknown }).detail !== 'string')
              failures.push(`${spec.method} ${path} → ${res.status} without a detail`);
          },
        ),
        { numRuns: 40, seed: 20261125 },
      );
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(40 * API_ROUTES.length);
    expect((await request(h.app).get('/healthz')).status).toBe(200);
  }, 600_000);

  test('when names and descriptions are Cypher-injection strings, then they are stored and read back as plain text, and nothing else is touched', async () => {
    const before = await h.raw.countNodes('Enterprise');
    for (const [i, nasty] of NASTY.slice(0, 6).entries()) {
      const id = `${h.p}-inject-${i}`;
      const res = await request(h.app)
        .post('/api/v1/enterprises')
        .set(h.auth('admin'))
        .send({ id, name: `${PLACES[i]}${tradeTag(id)}${nasty}`, description: nasty, regionId: `${h.p}-park` });
      expect(res.status).toBe(201);
      const stored = await h.raw.getNode('Enterprise', id);
      expect(stored!.props['description']).toBe(nasty);
      expect(String(stored!.props['name'])).toContain(nasty.trim());
    }
    expect(await h.raw.countNodes('Enterprise')).toBe(before + 6);
  });
});

/** Percent-encoding that does not decode (truncated, overlong, lone bytes), put in paths and queries as it is. */
const BAD_PERCENT = [
  '%',
  '%E0%A4%A',
  '%FF',
  '%C0%AF',
  '%%',
  '%2',
  '%u0041',
  '%ED%A0%80',
  '%F8%88%80%80%80',
  '..%2F..%2F',
  '%00',
];

/** Content types a client may send, right, odd or wrong. */
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=iso-8859-1',
  'application/json; charset=utf-16',
  'application/merge-patch+json',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'a/b/c',
  ';;;',
];

/** Headers beyond the key: large, malformed or misleading. */
const ODD_HEADERS: Array<Record<string, string>> = [
  {},
  { 'x-filler': 'x'.repeat(8_000) },
  { accept: 'application/xml;q=abc, */*;q=-1' },
  { 'accept-encoding': 'gzip;q=foo, br;;' },
  { 'content-encoding': 'gzip' },
  { 'content-encoding': 'x-unknown' },
  { range: 'bytes=9-1' },
  { 'if-modified-since': 'yesterday' },
  { 'x-request-id': '../../<script>' },
  { 'x-forwarded-for': 'not-an-address, ::ffff:999.1.1.1' },
  { origin: 'https://evil.example' },
  { 'accept-language': 'zh-CN;q=2,,,' },
];

/** Who calls: every role, a key limited to a region, no key, an invented key, and keys in odd spellings. */
const CALLERS = [
  'admin',
  'secretary',
  'university',
  'investment',
  'viewer',
  'inRegion',
  'none',
  'invented',
  'spaced',
  'garbled',
] as const;
type Caller = (typeof CALLERS)[number];

/** Paths outside /api/v1: probes, documents, the page, unknown ones. */
const OTHER_PATHS = [
  '/',
  '/healthz',
  '/readyz',
  '/metrics',
  '/openapi.json',
  '/docs/',
  '/assets/nothing.js',
  '/index.html.map',
  '/api/v1',
  '/api/v1/nothing/here',
  '/admin/queues',
  '/%E0%A4%A',
  '/api/v1/%FF',
];

type Target = { method: RouteSpec['method']; path: string; spec: RouteSpec | null };
const TARGETS: Target[] = [
  ...API_ROUTES.map((spec) => ({ method: spec.method, path: `/api/v1${spec.path}`, spec })),
  ...OTHER_PATHS.flatMap((p) => (['get', 'post'] as const).map((method) => ({ method, path: p, spec: null }))),
];

/** Names of a route's query parameters, from its zod object. */
function queryKeys(spec: RouteSpec | null): string[] {
  const shape = (spec?.query as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** One hostile request, as fast-check draws it: the parts that vary, the target chosen round-robin. */
function requestParts(ids: string[]) {
  const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...NASTY), fc.constantFrom(...ids));
  // a path or query value as it goes on the wire: encoded text, or bad percent-encoding as it is
  const wire = fc.oneof(
    { weight: 3, arbitrary: text.map((t) => encodeURIComponent(t || 'x')) },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_PERCENT) },
  );
  const body = fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null') },
    {
      weight: 3,
      arbitrary: fc
        .dictionary(
          fc.constantFrom(
            'id',
            'name',
            'regionId',
            'kind',
            'from',
            'to',
            'enterpriseId',
            'problemId',
            'role',
            'status',
            'note',
            'enterprises',
            'format',
          ),
          fc.oneof(text, fc.integer(), fc.jsonValue({ maxDepth: 2 })),
          { maxKeys: 5 },
        )
        .map((o) => JSON.stringify(o)),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'DEEP_ARRAY',
        'DEEP_OBJECT',
        'LARGE',
        '',
        '{"a":',
        'a,b\n1,2',
        '\u0000\u0001',
        ...NASTY,
      ),
    },
  );
  return fc.record({
    params: fc.array(wire, { minLength: 3, maxLength: 3 }),
    query: fc.array(fc.tuple(fc.oneof(fc.constant(''), fc.string({ maxLength: 8 })), wire), { maxLength: 4 }),
    body,
    type: fc.constantFrom(...CONTENT_TYPES),
    headers: fc.constantFrom(...ODD_HEADERS),
    caller: fc.constantFrom(...CALLERS),
  });
}

/** The body as sent: the markers stand for bodies too large to draw. */
function bodyOf(drawn: string): string {
  if (drawn === 'DEEP_ARRAY') return `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  if (drawn === 'DEEP_OBJECT') return `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
  if (drawn === 'LARGE') return JSON.stringify({ items: Array.from({ length: 20_000 }, (_, i) => `item-${i}`) });
  return drawn;
}

/**
 * The whole HTTP edge, fuzzed: at least 10,000 requests spread round-robin over every route of
 * API_ROUTES and the paths outside it, each with fast-check-drawn path parameters (bad
 * percent-encoding among them), query strings, bodies (deep nesting, wrong JSON types, not JSON),
 * content types, odd or large headers, and a caller of every role, none, or a bad key. In
 * process on the memory store with the articles' dataset, over one keep-alive connection pool.
 * It prints how many answers were 5xx and fails on any, naming the request that caused it.
 */
describe('fuzzing the whole HTTP edge', () => {
  const REQUESTS = 10_000;
  let base: string;
  let close: () => Promise<void>;
  let queue: InlineJobQueue;
  const ids: string[] = [];
  const keys = {} as Record<Caller, string | null>;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const uploadDir = mkdtempSync(path.join(os.tmpdir(), 'redchain-fuzz-uploads-'));

  beforeAll(async () => {
    const store = await MemoryGraphStore.open();
    await seedArticles(store);
    const api = { ...plainApiContext(store), uploadDir };
    queue = api.jobs as InlineJobQueue;
    for (const kind of NODE_KINDS) ids.push(...(await store.listNodes(kind, { limit: 3 })).items.map((n) => n.id));
    for (const role of ['admin', 'secretary', 'university', 'investment', 'viewer'] as const)
      keys[role] = (await createApiKey(api.access, store, { role, name: `fuzz ${role}` })).key;
    const region = (await store.listNodes('Region', { limit: 1 })).items[0]!.id;
    keys.inRegion = (
      await createApiKey(api.access, store, { role: 'secretary', regionId: region, name: 'fuzz region' })
    ).key;
    keys.none = null;
    keys.invented = 'rk_AAAAAAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB';
    keys.spaced = ` \t ${keys.viewer}`;
    keys.garbled = 'Bearer rk_%FF_<script>';
    // a page of its own, so `/` is served (without a build it is 503 saying how to make one)
    writeFileSync(path.join(uploadDir, 'index.html'), '<!doctype html><title>redchain</title>');
    const app = createApp({
      api,
      webDir: uploadDir,
      protection: { perMinute: 1_000_000, authFailuresPerMinute: 1_000_000 },
    });
    const server = await listen(app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    close = async () => {
      // an event stream could hold a connection open
      server.server.closeAllConnections();
      await server.close();
    };
  }, 120_000);

  afterAll(async () => {
    agent.destroy();
    await close?.();
    await queue?.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  test(`when ${REQUESTS.toLocaleString('en')} hostile requests reach every route and path with keys of every role, then none is answered 5xx and every error is problem+json`, async () => {
    const drawn = fc.sample(requestParts(ids), { numRuns: REQUESTS, seed: 20261202 });
    const serverErrors: string[] = [];
    const notProblems: string[] = [];
    const byStatus = new Map<number, number>();
    let next = 0;
    const send = async (i: number) => {
      const parts = drawn[i]!;
      const target = TARGETS[i % TARGETS.length]!;
      let n = 0;
      const pathname = target.path.replace(/:[A-Za-z]+/g, () => parts.params[n++]!);
      const names = [...queryKeys(target.spec), ''];
      const query = parts.query.map(
        ([name, value], j) => `${encodeURIComponent(name || names[j % names.length]!)}=${value}`,
      );
      const url = `${pathname}${query.length > 0 ? `?${query.join('&')}` : ''}`;
      let req = request(base)[target.method](url).agent(agent).timeout({ response: 30_000, deadline: 60_000 });
      req = req.set(parts.headers);
      const key = keys[parts.caller];
      if (parts.caller === 'garbled') req = req.set('Authorization', key!);
      else if (parts.caller === 'spaced') req = req.set('Authorization', `Bearer${key}`);
      else if (key) req = req.set(i % 2 === 0 ? { Authorization: `Bearer ${key}` } : { 'X-API-Key': key });
      const sendsBody = target.method !== 'get';
      const body = bodyOf(parts.body);
      const described = `${target.method.toUpperCase()} ${url.slice(0, 300)} as ${parts.caller}${sendsBody ? ` (${parts.type}, ${body.length} bytes: ${body.slice(0, 80)})` : ''} ${JSON.stringify(parts.headers).slice(0, 80)}`;
      let res: request.Response;
      try {
        res = await (sendsBody ? req.set('content-type', parts.type).send(body) : req);
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (!status) throw new Error(`${described}: ${(error as Error).message}`, { cause: error });
        res = (error as { response: request.Response }).response;
      }
      byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
      if (res.status >= 500) serverErrors.push(`${res.status} ← ${described}: ${res.text.slice(0, 160)}`);
      else if (res.status >= 400 && !/application\/problem\+json/.test(String(res.headers['content-type'])))
        notProblems.push(`${res.status} ${String(res.headers['content-type'])} ← ${described}`);
    };
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < REQUESTS) await send(next++);
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    const statuses = [...byStatus.entries()].sort(([a], [b]) => a - b).map(([s, c]) => `${s}×${c}`);
    console.log(
      `edge fuzz: ${REQUESTS} requests over ${TARGETS.length} routes and paths in ${seconds.toFixed(1)} s; ${serverErrors.length} × 5xx; statuses ${statuses.join(' ')}`,
    );
    expect(serverErrors.slice(0, 20)).toEqual([]);
    expect(notProblems.slice(0, 20)).toEqual([]);
    expect([...byStatus.values()].reduce((a, b) => a + b, 0)).toBe(REQUESTS);
    expect((await request(base).get('/healthz')).status).toBe(200);
  }, 300_000);
});

import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { listen } from '../../src/api/server';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';
import { ensureWebBuild } from '../helpers/web-build';

const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };

/**
 * Sends the head of a request announcing `length` bytes and only its first 64 KB, then waits
 * for an answer: one that arrives proves the server answered without reading the body (it could
 * not have: the rest is never sent). Null when none came within `waitMs`.
 */
function answerWhileSending(
  port: number,
  { path: target, type, length }: { path: string; type: string; length: number },
  waitMs = 20_000,
): Promise<{ status: number; type: string; body: string } | null> {
  return new Promise((resolve) => {
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: target,
      headers: { 'content-type': type, 'content-length': String(length) },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve(null);
    }, waitMs);
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body });
      });
    });
    // the server may close the connection once it has answered
    req.on('error', () => undefined);
    req.write(Buffer.alloc(64 * 1024, type === 'application/json' ? '[' : 'a'));
  });
}

/** Hostile paths, headers and bodies at the HTTP edge (issue 15, Abuse and Leaks): each answered 4xx problem+json. */
describe('hostile input at the edge', () => {
  let app: ReturnType<typeof createApp>;
  let store: MemoryGraphStore;
  beforeAll(async () => {
    store = await MemoryGraphStore.open();
    app = createApp({
      api: plainApiContext(store),
      adminKey: BOOTSTRAP_ADMIN_KEY,
      protection: { perMinute: 1_000_000, authFailuresPerMinute: 1_000_000 },
    });
  });

  test('when a 10 MB JSON body or a 50 MB upload comes without a key, then 401 arrives while the client is still sending', async () => {
    const http0 = await listen(app, 0, '127.0.0.1');
    try {
      const json = await answerWhileSending(http0.port, {
        path: '/api/v1/enterprises',
        type: 'application/json',
        length: 10_000_000,
      });
      expect(json?.status).toBe(401);
      expect(json?.type).toMatch(/application\/problem\+json/);
      const upload = await answerWhileSending(http0.port, {
        path: '/api/v1/import?name=a.csv',
        type: 'text/csv',
        length: 50_000_000,
      });
      expect(upload?.status).toBe(401);
      expect(JSON.parse(upload!.body).detail).toContain('API key');
    } finally {
      http0.server.closeAllConnections();
      await http0.close();
    }
  }, 60_000);

  test('when the headers are larger than Node takes (16 KB), then 431 problem+json, not a bare status line', async () => {
    const http0 = await listen(app, 0, '127.0.0.1');
    try {
      const res = await request(`http://127.0.0.1:${http0.port}`)
        .get('/api/v1/regions')
        .set(admin)
        .set('x-filler', 'x'.repeat(20_000))
        .ok(() => true);
      expect(res.status).toBe(431);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.detail).toContain('larger than 16 KB');
    } finally {
      await http0.close();
    }
  });

  test.each(['/api/v1/enterprises/%E0%A4%A', '/api/v1/people/%FF', '/api/v1/chains/%E0%A4%A/map'])(
    'when a path parameter is not valid percent-encoding (%s), then 400 problem+json naming the path',
    async (target) => {
      const res = await request(app).get(target).set(admin);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.detail).toMatch(/^path is not valid percent-encoding/);
    },
  );

  test('when JSON is nested 100,000 deep, then 400 problem+json naming the nesting limit (import dry run and any JSON route)', async () => {
    const deepArray = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const deepObject = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    for (const [target, body] of [
      ['/api/v1/import?dryRun=true', deepArray],
      ['/api/v1/import?dryRun=true', deepObject],
      ['/api/v1/enterprises', deepObject],
      ['/api/v1/requests', deepArray],
    ] as const) {
      const res = await request(app).post(target).set(admin).set('content-type', 'application/json').send(body);
      expect({ target, status: res.status }).toEqual({ target, status: 400 });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.detail).toContain('nested deeper than 32 levels');
    }
    // strings holding brackets are not nesting
    const brackets = await request(app)
      .post('/api/v1/enterprises')
      .set(admin)
      .send({ id: 'e-brackets', name: '[[[[{{{{'.repeat(20), regionId: 'nowhere' });
    expect(brackets.body.detail ?? '').not.toContain('nested');
  });

  test('when a JSON route gets another content type, then 400 naming the content type', async () => {
    for (const type of [
      'text/plain',
      'application/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await request(app).post('/api/v1/enterprises').set(admin).set('content-type', type).send('id=x');
      expect({ type, status: res.status }).toEqual({ type, status: 400 });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.detail).toContain('content-type must be application/json');
    }
    const latin1 = await request(app)
      .post('/api/v1/enterprises')
      .set(admin)
      .set('content-type', 'application/json; charset=iso-8859-1')
      .send('{}');
    expect([400, 415]).toContain(latin1.status);
    expect(latin1.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  test('when a JSON body is an array, a string, a number, true or null, then 400 saying the body must be a JSON object', async () => {
    for (const [body, kind] of [
      ['[]', 'an array'],
      ['[1,2]', 'an array'],
      ['"x"', 'a string'],
      ['null', 'null'],
      [' \n null', 'null'],
      ['42', 'a number'],
      ['-1', 'a number'],
      ['true', 'true'],
    ]) {
      const res = await request(app)
        .post('/api/v1/enterprises')
        .set(admin)
        .set('content-type', 'application/json')
        .send(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect({ body, detail: res.body.detail }).toEqual({
        body,
        detail: `body must be a JSON object ({…}), not ${kind}`,
      });
    }
  });

  test('when a JSON body is not valid UTF-8, then 400 naming it and nothing is written', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"id":"hx-inv","name":"'),
      Buffer.from([0xc0, 0xaf, 0xff, 0xfe]),
      Buffer.from('"}'),
    ]);
    const res = await request(app)
      .post('/api/v1/enterprises')
      .set(admin)
      .set('content-type', 'application/json')
      // the bytes as they are, not a JSON rendering of the Buffer (superagent's types say string; it sends either)
      .serialize((raw: Buffer) => raw as unknown as string)
      .send(bytes);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([
      { field: 'body', reason: 'is not valid UTF-8: JSON must be sent as UTF-8 (RFC 8259)' },
    ]);
    expect(await store.getNode('Enterprise', 'hx-inv')).toBeNull();
  });

  test('when a number is too large for a double (1e400, parsed as Infinity), then 400 says it must be a finite number', async () => {
    const res = await request(app)
      .post('/api/v1/enterprises')
      .set(admin)
      .set('content-type', 'application/json')
      .send('{"id":"hx-lat","name":"测试有限公司lat","lat":1e400}');
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual({
      field: 'body.lat',
      reason: 'must be a finite number (got Infinity: a number too large to hold)',
    });
    expect(await store.getNode('Enterprise', 'hx-lat')).toBeNull();
  });

  test('when any string of a JSON body, or a key, holds a lone surrogate, then 400 names where and nothing is written', async () => {
    const reason = 'must not contain U+DC00 (half of a UTF-16 surrogate pair, which is not a character)';
    const inField = await request(app)
      .post('/api/v1/people')
      .set(admin)
      .send({ id: 'hx-phone', name: '李四', phone: '138\udc00' });
    expect(inField.status).toBe(400);
    expect(inField.body.errors).toEqual([{ field: 'body.phone', reason }]);
    const inKey = await request(app)
      .post('/api/v1/people')
      .set(admin)
      .send({ id: 'hx-key', name: '李四', extra: { 'k\udc00': 1 } });
    expect(inKey.status).toBe(400);
    expect(inKey.body.errors).toEqual([{ field: 'body.extra', reason: `has a key that ${reason}` }]);
    for (const id of ['hx-phone', 'hx-key']) expect(await store.getNode('Person', id)).toBeNull();
  });

  test('when any API answer is sent (200, 401, 404 or 400), then it carries Cache-Control: no-store and no ETag', async () => {
    const answers = [
      await request(app).get('/api/v1/regions').set(admin),
      await request(app).get('/api/v1/regions'),
      await request(app).get('/api/v1/people/nobody').set(admin),
      await request(app).get('/api/v1/people/%FF').set(admin),
    ];
    expect(answers.map((res) => res.status)).toEqual([200, 401, 404, 400]);
    for (const res of answers) expect(res.headers['cache-control']).toBe('no-store');
    // an answer no client keeps is never revalidated: no hash of it is computed
    for (const res of answers) expect(res.headers['etag']).toBeUndefined();
  });
});

describe('the web page', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-web-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>redchain</title>');
    writeFileSync(
      path.join(dir, 'assets', 'index-abc123.js'),
      'console.log(1)\n//# sourceMappingURL=index-abc123.js.map',
    );
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["../src/web/main.tsx"]}');
    writeFileSync(path.join(dir, 'stray.css.map'), '{"version":3}');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('when the page is built as `npm start` builds it, then no source map is written', () => {
    const built = ensureWebBuild();
    const maps = readdirSync(built, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.map'));
    expect(readdirSync(path.join(built, 'assets')).length).toBeGreaterThan(0);
    expect(maps).toEqual([]);
  }, 180_000);

  test('when a source map is asked for, then 404, while the page and its scripts are served', async () => {
    const app = createApp({ api: plainApiContext(await MemoryGraphStore.open()), webDir: dir });
    expect((await request(app).get('/assets/index-abc123.js')).status).toBe(200);
    expect((await request(app).get('/')).status).toBe(200);
    for (const map of ['/assets/index-abc123.js.map', '/stray.css.map']) {
      const res = await request(app).get(map);
      expect({ map, status: res.status }).toEqual({ map, status: 404 });
      expect(res.text).not.toContain('sources');
    }
  });
});

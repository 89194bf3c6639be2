import type { AddressInfo } from 'node:net';
import express from 'express';
import { expressServer } from '../../src/api/express-server';

/**
 * The API's HTTP server makes requests and responses with the app's own prototypes, so Express's
 * per-request prototype swap (which keeps a request's garbage alive into the old generation, see
 * express-server.ts) changes nothing, and everything Express adds to them still works.
 */
describe('expressServer', () => {
  const app = express();
  app.use(express.json());
  app.get('/hello/:name', (req, res) => {
    res.locals['greeting'] = 'hello';
    res
      .set('X-App', req.app === app ? 'same' : 'other')
      .json({ text: `${res.locals['greeting']} ${req.params['name']}` });
  });
  app.post('/echo', (req, res) => res.status(201).json({ body: req.body as unknown, query: req.query }));
  const server = expressServer(app);
  /** The prototypes each request and response had before Express saw them. */
  const seen: { request: object | null; response: object | null }[] = [];
  server.prependListener('request', (request, response) =>
    seen.push({
      request: Object.getPrototypeOf(request) as object,
      response: Object.getPrototypeOf(response) as object,
    }),
  );
  let base = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('makes each request and response with the app’s prototypes before Express handles them', async () => {
    seen.length = 0;
    await fetch(`${base}/hello/world`);
    await fetch(`${base}/hello/again`);
    expect(seen).toHaveLength(2);
    for (const { request, response } of seen) {
      expect(request).toBe(app.request);
      expect(response).toBe(app.response);
    }
  });

  it('answers as Express does: params, locals, req.app, headers, JSON bodies, status and query', async () => {
    const hello = await fetch(`${base}/hello/%E5%85%9A%E5%BB%BA`);
    expect(hello.status).toBe(200);
    expect(hello.headers.get('x-app')).toBe('same');
    expect(await hello.json()).toEqual({ text: 'hello 党建' });
    const echo = await fetch(`${base}/echo?chain=ic`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enterprise: 'e1' }),
    });
    expect(echo.status).toBe(201);
    expect(await echo.json()).toEqual({ body: { enterprise: 'e1' }, query: { chain: 'ic' } });
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
  });

  it('answers requests in flight together each with its own answer', async () => {
    const answers = await Promise.all(
      ['a', 'b', 'c', 'd'].map(
        async (name) => ((await (await fetch(`${base}/hello/${name}`)).json()) as { text: string }).text,
      ),
    );
    expect(answers).toEqual(['hello a', 'hello b', 'hello c', 'hello d']);
  });
});

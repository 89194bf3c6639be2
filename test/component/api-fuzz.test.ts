import fc from 'fast-check';
import request from 'supertest';
import { API_ROUTES } from '../../src/api/routes';
import { neo4jApi, type ApiHarness } from '../helpers/api-harness';
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

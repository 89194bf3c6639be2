import request from 'supertest';
import { neo4jApi, type ApiHarness } from '../helpers/api-harness';

interface Fit {
  problemId: string;
  score: number;
  reasons: { zh: string[]; en: string[] };
}

/**
 * GET /people/:id/problems pages through an expert's whole ranking, on the real Neo4j and Redis
 * of the run (the database is shared, so the ranking holds other tests' problems too: the test
 * checks the walk, and that its own five problems are in it).
 */
describe('/api/v1/people/:id/problems through the whole ranking', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await neo4jApi('api-expert-problems');
  }, 120_000);
  afterAll(async () => {
    await h.close();
  });

  const page = (query: Record<string, string>) =>
    request(h.app).get(`/api/v1/people/${h.p}-person-0/problems`).query(query).set(h.auth('viewer'));

  test('when pages are followed by their cursor, then the whole ranking comes, best first, each problem once', async () => {
    const seen: Fit[] = [];
    let cursor: string | null = null;
    let first: Fit[] | null = null;
    for (let pages = 0; pages < 1000; pages++) {
      const res = await page({ limit: '2', ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      first ??= res.body.items as Fit[];
      seen.push(...(res.body.items as Fit[]));
      cursor = res.body.nextCursor as string | null;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    const ids = seen.map((f) => f.problemId);
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.score).toBeLessThanOrEqual(seen[i - 1]!.score);
    // down to the weakest, each problem says why it is on the expert's list
    expect(seen.filter((f) => f.reasons.zh.length === 0 || f.reasons.en.length === 0)).toEqual([]);
    // its own university posted none of the five: all fit (正极材料), wherever they rank
    expect(ids).toEqual(expect.arrayContaining([0, 1, 2, 3, 4].map((i) => `${h.p}-problem-${i}`)));
    const head = await page({ limit: '2' });
    expect(head.body.items).toEqual(first);
  });

  test('when the cursor is not one the API gave, then 400 names the cursor', async () => {
    const res = await page({ cursor: 'bm90LWEtY3Vyc29y' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/u);
    expect(JSON.stringify(res.body)).toMatch(/cursor/u);
  });
});

import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import { createApp } from '../../src/api/app';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { partnerSet, tacklingSets } from '../../src/jobs/result-sets';
import { findPartners } from '../../src/match/partners/find-partners';
import { tacklingIndexOf } from '../../src/match/tackling/tackling-index';
import { projectScope } from '../../src/projection/project-scope';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { plainApiContext } from '../helpers/api-harness';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';
import { overtakeBundle, overtakeName } from '../helpers/overtake-fixture';

interface Listed {
  candidates: { id: string; name: string | null; reasons: string[]; reasonsEn: string[] }[];
}

/**
 * What a user reads through the API once the lists are stored, on either store: a two-step
 * partner above a direct one says why, and an institution near the poster but unrelated to the
 * problem is not proposed.
 */
describe.each([
  ['memory', () => MemoryGraphStore.open()],
  ['neo4j', () => Neo4jGraphStore.open(neo4jSettingsFromEnv())],
] as const)('reasons that account for the order, read through the API (%s store)', (_name, open) => {
  const p = `${uniquePrefix('honest-reasons')}-`;
  let store: GraphStore & { close?: () => Promise<void> };
  let app: ReturnType<typeof createApp>;
  let auth: { Authorization: string };
  beforeAll(async () => {
    store = await open();
    const bundle = overtakeBundle(p);
    // one root over both provinces: the projection is of this test's own regions (the database is shared)
    bundle.regions = [
      { id: `${p}root`, name: '全国', level: 'country' },
      ...bundle.regions!.map((r) => (r.parentId ? r : { ...r, parentId: `${p}root` })),
    ];
    // beside the chain, a problem posted by the cell maker, a university that researches copper
    // foil, and one in the same park that shares only the title's 高精度
    bundle.institutions = [
      {
        id: `${p}u-foil`,
        name: overtakeName(p, '咸宁铜箔研究院'),
        kind: 'institute',
        regionId: `${p}r-gs`,
        description: '锂电铜箔与电解铜箔工艺研究',
      },
      {
        id: `${p}u-near`,
        name: overtakeName(p, '咸宁机电学院'),
        kind: 'university',
        regionId: `${p}r-park`,
        description: '高精度机床与数控加工',
      },
    ];
    bundle.problems = [
      {
        id: `${p}prob`,
        title: '高精度锂电铜箔减薄',
        skills: ['锂电铜箔'],
        teamSize: 1,
        postedBy: `${p}cell`,
        segments: [`${p}s-copper`],
      },
    ];
    const report = await importBundle(store, bundle);
    expect(report.rejected).toEqual([]);
    const api = plainApiContext(store);
    auth = { Authorization: `Bearer ${(await createApiKey(api.access, store, { role: 'viewer', name: p })).key}` };
    app = createApp({ api, protection: { perMinute: 1_000_000 } });
    const graph = await projectScope(store, { regionId: `${p}root` });
    await store.writeCandidateRun({
      runId: `${p}run`,
      computedAt: new Date().toISOString(),
      sets: [
        partnerSet(findPartners(graph, { enterpriseId: `${p}cell`, direction: 'upstream' }), graph),
        ...tacklingSets(tacklingIndexOf(graph).rank(`${p}prob`), graph),
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await store.close?.();
  });

  test('when the cell maker’s upstream list is read, then the copper-foil maker ranked above the direct anode maker says why, in zh and en', async () => {
    const res = await request(app)
      .get(`/api/v1/enterprises/${p}cell/partners`)
      .query({ direction: 'upstream' })
      .set(auth);
    expect(res.status).toBe(200);
    const [copper, direct] = (res.body as Listed).candidates;
    expect([copper!.id, direct!.id]).toEqual([`${p}copper`, `${p}direct`]);
    const passed = overtakeName(p, '陇原负极材料有限公司');
    expect(copper!.reasons.at(-1)).toMatch(
      new RegExp(`^虽隔一环节，仍排在直接配套的「${passed}」之前，因为.*地理邻近度`, 'u'),
    );
    expect(copper!.reasonsEn.at(-1)).toMatch(
      new RegExp(`^ranked above 「${passed}」, a direct fit, despite the extra step: `, 'u'),
    );
  });

  test('when the problem’s candidates are read, then only the institution whose research fits is proposed, not the one merely in the poster’s park', async () => {
    const res = await request(app).get(`/api/v1/problems/${p}prob/candidates`).set(auth);
    expect(res.status).toBe(200);
    const institutions = (res.body as { institutions: Listed }).institutions.candidates;
    // the projection holds every institution of the shared database: look at this test's two
    const ids = institutions.map((i) => i.id);
    expect(ids).toContain(`${p}u-foil`);
    expect(ids).not.toContain(`${p}u-near`);
    for (const institution of institutions) expect(institution.reasons).toContain('研究方向与难题相关');
  });
});

import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import { createApp } from '../../src/api/app';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { partnerSet } from '../../src/jobs/result-sets';
import { findPartners } from '../../src/match/partners/find-partners';
import { projectScope } from '../../src/projection/project-scope';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { plainApiContext } from '../helpers/api-harness';
import { validBundle } from '../helpers/bundle-fixture';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';

interface Marked {
  id: string;
  name: string | null;
  synthetic?: boolean;
}

/**
 * A generated record says so (`synthetic: true`) wherever it is answered — stored, read, in
 * candidate lists and search hits — and a real one carries no mark, on either store.
 */
describe.each([
  ['memory', () => MemoryGraphStore.open()],
  ['neo4j', () => Neo4jGraphStore.open(neo4jSettingsFromEnv())],
] as const)('synthetic records (%s store)', (_name, open) => {
  const p = uniquePrefix('synthetic');
  // every odd enterprise is generated, the even ones real
  const generated = (id: string) => Number(id.split('-ent-')[1]) % 2 === 1;
  let store: GraphStore & { close?: () => Promise<void> };
  let app: ReturnType<typeof createApp>;
  let auth: { Authorization: string };
  let names: Map<string, string>;
  beforeAll(async () => {
    store = await open();
    const bundle = validBundle(p);
    bundle.enterprises = bundle.enterprises!.map((e) => (generated(e.id) ? { ...e, synthetic: true } : e));
    names = new Map(bundle.enterprises.map((e) => [e.id, e.name]));
    const report = await importBundle(store, bundle);
    expect(report.rejected).toEqual([]);
    const api = plainApiContext(store);
    auth = { Authorization: `Bearer ${(await createApiKey(api.access, store, { role: 'admin', name: p })).key}` };
    app = createApp({ api, protection: { perMinute: 1_000_000 } });
  }, 60_000);
  afterAll(async () => {
    await store.close?.();
  });

  test('when a generated and a real enterprise are read, then only the generated one is marked', async () => {
    const fake = await request(app).get(`/api/v1/enterprises/${p}-ent-1`).set(auth);
    const real = await request(app).get(`/api/v1/enterprises/${p}-ent-2`).set(auth);
    expect([fake.status, real.status]).toEqual([200, 200]);
    expect(fake.body).toMatchObject({ id: `${p}-ent-1`, synthetic: true });
    expect(real.body).not.toHaveProperty('synthetic');
  });

  test('when a partner list is read, then exactly its generated candidates are marked synthetic', async () => {
    const graph = await projectScope(store, { regionId: `${p}-prov` });
    const results = [0, 3].map((i) => findPartners(graph, { enterpriseId: `${p}-ent-${i}`, direction: 'upstream' }));
    await store.writeCandidateRun({
      runId: `${p}-run`,
      computedAt: new Date().toISOString(),
      sets: results.map((r) => partnerSet(r, graph)),
    });
    const seen: boolean[] = [];
    for (const result of results) {
      const res = await request(app)
        .get(`/api/v1/enterprises/${result.enterprise.id}/partners`)
        .query({ direction: 'upstream', limit: 100 })
        .set(auth);
      expect(res.status).toBe(200);
      for (const c of (res.body as { candidates: Marked[] }).candidates) {
        expect({ id: c.id, synthetic: c.synthetic ?? false }).toEqual({ id: c.id, synthetic: generated(c.id) });
        seen.push(generated(c.id));
      }
    }
    // both kinds were among the candidates: the check above said something about each
    expect(new Set(seen)).toEqual(new Set([true, false]));
  });

  test('when an enterprise is searched by name, then a generated hit is marked and a real one is not', async () => {
    for (const id of [`${p}-ent-5`, `${p}-ent-6`]) {
      const res = await request(app)
        .get('/api/v1/search')
        .query({ q: names.get(id), kind: 'Enterprise' })
        .set(auth);
      expect(res.status).toBe(200);
      const hit = (res.body as { items: Marked[] }).items.find((h) => h.id === id);
      expect(hit).toBeDefined();
      expect(hit!.synthetic ?? false).toBe(generated(id));
    }
  });
});

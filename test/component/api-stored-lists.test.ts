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
import { storedCandidateLists } from '../../src/use-cases/candidates/stored-candidate-lists';
import { plainApiContext } from '../helpers/api-harness';
import { validBundle } from '../helpers/bundle-fixture';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';

interface Answered {
  status: string;
  candidates: {
    id: string;
    name: string | null;
    rank: number;
    score: number;
    reasons: string[];
    reasonsEn: string[];
  }[];
}

/**
 * Lists are stored without their sentences (facts only) and their reasons rendered when read: what
 * the API answers for a stored list must be the engine's list exactly — candidates, order, scores
 * and reasons in Chinese and English — on either store.
 */
describe.each([
  ['memory', () => MemoryGraphStore.open()],
  ['neo4j', () => Neo4jGraphStore.open(neo4jSettingsFromEnv())],
] as const)('a stored list read through the API (%s store)', (_name, open) => {
  const p = uniquePrefix('stored-lists');
  let store: GraphStore & { close?: () => Promise<void> };
  let app: ReturnType<typeof createApp>;
  let auth: { Authorization: string };
  let api: ReturnType<typeof plainApiContext>;
  beforeAll(async () => {
    store = await open();
    const bundle = validBundle(p);
    // places and qualifications, so that distances and standing are among the reasons too
    bundle.enterprises = bundle.enterprises!.map((e, i) => ({
      ...e,
      ...(i % 3 === 0 ? { lat: 36.5 + i / 1000, lng: 104.1 + i / 1000 } : {}),
      ...(i % 4 === 0 ? { tags: ['chain_master', 'high_tech'] as const } : {}),
    }));
    const report = await importBundle(store, bundle);
    expect(report.rejected).toEqual([]);
    api = plainApiContext(store);
    auth = { Authorization: `Bearer ${(await createApiKey(api.access, store, { role: 'admin', name: p })).key}` };
    app = createApp({ api, protection: { perMinute: 1_000_000 } });
  }, 60_000);
  afterAll(async () => {
    await store.close?.();
  });

  const asAnswered = (list: { id: string; name: string; score: number; reasons: { zh: string[]; en: string[] } }[]) =>
    list.map((c, i) => ({
      id: c.id,
      name: c.name,
      rank: i + 1,
      score: c.score,
      reasons: c.reasons.zh,
      reasonsEn: c.reasons.en,
    }));
  const answered = (body: Answered) =>
    body.candidates.map(({ id, name, rank, score, reasons, reasonsEn }) => ({
      id,
      name,
      rank,
      score,
      reasons,
      reasonsEn,
    }));

  test('when partner lists are stored, then each read back equals the engine’s list, reasons in zh and en', async () => {
    const graph = await projectScope(store, { regionId: `${p}-prov` });
    const engine = [0, 1, 3, 7, 12, 21, 38].flatMap((i) =>
      (['upstream', 'downstream'] as const).map((direction) =>
        findPartners(graph, { enterpriseId: `${p}-ent-${i}`, direction }),
      ),
    );
    await store.writeCandidateRun({
      runId: `${p}-run`,
      computedAt: new Date().toISOString(),
      sets: engine.map((r) => partnerSet(r, graph)),
    });
    const said = new Set<string>();
    for (const result of engine) {
      const res = await request(app)
        .get(`/api/v1/enterprises/${result.enterprise.id}/partners`)
        .query({ direction: result.direction, limit: 100 })
        .set(auth);
      expect(res.status).toBe(200);
      expect((res.body as Answered).status).toBe('ready');
      const expected = asAnswered(result.candidates.map((c) => ({ ...c, id: c.enterpriseId })));
      expect(answered(res.body as Answered)).toEqual(expected);
      for (const c of result.candidates) for (const reason of c.reasons.en) said.add(reason.split(/[ :]/)[0]!);
    }
    // the lists said more than the segment: words, places, standing and paths went through the store
    expect([...said]).toEqual(expect.arrayContaining(['products', 'about', 'both', 'chain', 'party-organisation']));
  });

  test('when tackling lists are stored, then experts and institutions read back equal the engine’s, reasons in zh and en', async () => {
    const graph = await projectScope(store, { regionId: `${p}-prov` });
    const index = tacklingIndexOf(graph);
    const results = [0, 1, 2, 3, 4].map((i) => index.rank(`${p}-problem-${i}`));
    await store.writeCandidateRun({
      runId: `${p}-tackle`,
      computedAt: new Date().toISOString(),
      sets: results.flatMap((r) => tacklingSets(r, graph)),
    });
    let experts = 0;
    for (const result of results) {
      const res = await request(app)
        .get(`/api/v1/problems/${result.problem.id}/candidates`)
        .query({ limit: 100 })
        .set(auth);
      expect(res.status).toBe(200);
      const body = res.body as { experts: Answered; institutions: Answered };
      expect(answered(body.experts)).toEqual(asAnswered(result.experts.map((e) => ({ ...e, id: e.personId }))));
      expect(answered(body.institutions)).toEqual(
        asAnswered(result.institutions.map((e) => ({ ...e, id: e.institutionId }))),
      );
      experts += result.experts.length;
    }
    expect(experts).toBeGreaterThan(0);
  });

  test('when one stored list is read by an admin, then a viewer, then after a new run, then each read answers its role and the latest run', async () => {
    const graph = await projectScope(store, { regionId: `${p}-prov` });
    const result = tacklingIndexOf(graph).rank(`${p}-problem-0`);
    expect(result.experts.length).toBeGreaterThan(0);
    const viewer = {
      Authorization: `Bearer ${(await createApiKey(api.access, store, { role: 'viewer', name: `${p}-v` })).key}`,
    };
    const read = async (who: { Authorization: string }) => {
      const res = await request(app).get(`/api/v1/problems/${p}-problem-0/candidates`).query({ limit: 10 }).set(who);
      expect(res.status).toBe(200);
      return (res.body as { experts: { runId: string; candidates: { detail: { masked?: string[] } }[] } }).experts;
    };
    const write = (runId: string, scale: number) =>
      store.writeCandidateRun({
        runId,
        computedAt: new Date().toISOString(),
        sets: tacklingSets(
          { ...result, experts: result.experts.map((e) => ({ ...e, score: e.score * scale })) },
          graph,
        ),
      });
    await write(`${p}-roles-1`, 1);
    const [admin, seen] = [await read(auth), await read(viewer)];
    // the admin's answer, remembered first, is not what the viewer gets: membership hidden from the viewer only
    expect(admin.candidates.every((c) => c.detail.masked === undefined)).toBe(true);
    expect(seen.candidates.every((c) => c.detail.masked?.includes('components.partyMember'))).toBe(true);
    await write(`${p}-roles-2`, 0.5);
    const after = await read(viewer);
    expect(after.runId).toBe(`${p}-roles-2`);
    expect((after as unknown as { candidates: { score: number }[] }).candidates[0]!.score).toBeCloseTo(
      result.experts[0]!.score * 0.5,
    );
  });

  test('when a candidate is deleted after its list was read, then the next read of the list leaves it out, ranks closed up', async () => {
    const graph = await projectScope(store, { regionId: `${p}-prov` });
    const result = [2, 4, 5, 6, 8, 9, 10, 11]
      .map((i) => findPartners(graph, { enterpriseId: `${p}-ent-${i}`, direction: 'downstream' }))
      .find((r) => r.candidates.length >= 3)!;
    expect(result).toBeDefined();
    await store.writeCandidateRun({
      runId: `${p}-drop`,
      computedAt: new Date().toISOString(),
      sets: [partnerSet(result, graph)],
    });
    const read = async () => {
      const res = await request(app)
        .get(`/api/v1/enterprises/${result.enterprise.id}/partners`)
        .query({ direction: 'downstream', limit: 100 })
        .set(auth);
      expect(res.status).toBe(200);
      return (res.body as Answered).candidates.map((c) => [c.id, c.rank]);
    };
    const ids = result.candidates.map((c) => c.enterpriseId);
    // read first, so that whatever this process remembers of the list is the list with the candidate
    expect(await read()).toEqual(ids.map((id, i) => [id, i + 1]));
    expect((await request(app).delete(`/api/v1/enterprises/${ids[0]}`).set(auth)).status).toBe(204);
    expect(await read()).toEqual(ids.slice(1).map((id, i) => [id, i + 1]));
  });

  test('when a stored list is sent as the text remembered for its run, then the text is the answer itself, for each role and length', async () => {
    const graph = await projectScope(store, { regionId: `${p}-prov` });
    const result = tacklingIndexOf(graph).rank(`${p}-problem-1`);
    expect(result.experts.length).toBeGreaterThan(2);
    await store.writeCandidateRun({
      runId: `${p}-text`,
      computedAt: new Date().toISOString(),
      sets: tacklingSets(result, graph),
    });
    const keys = {
      admin: auth,
      viewer: {
        Authorization: `Bearer ${(await createApiKey(api.access, store, { role: 'viewer', name: `${p}-t` })).key}`,
      },
    };
    for (const role of ['admin', 'viewer'] as const)
      for (const limit of [2, 10, 2]) {
        const res = await request(app)
          .get(`/api/v1/problems/${p}-problem-1/candidates`)
          .query({ limit })
          .set(keys[role]);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
        // the answer as the use case builds it for this caller, serialised now: the remembered text must be it
        const { lists } = await storedCandidateLists(
          { ...api, caller: { keyId: role, name: role, role, regionId: null } },
          {
            type: 'TACKLE_CANDIDATE',
            from: { kind: 'Problem', id: `${p}-problem-1` },
            qualifiers: ['experts', 'institutions'],
            limit,
            compute: { name: 'tackling.problem', payload: { problemId: `${p}-problem-1` } },
            scoped: false,
          },
        );
        expect(res.text).toBe(JSON.stringify({ experts: lists.experts, institutions: lists.institutions }));
        expect((res.body as { experts: Answered }).experts.candidates).toHaveLength(
          Math.min(limit, result.experts.length),
        );
      }
  });
});

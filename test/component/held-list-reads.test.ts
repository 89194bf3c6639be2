import { spawn } from 'node:child_process';
import IORedis from 'ioredis';
import { freePort } from '../../scripts/local-stack';
import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import { createApp } from '../../src/api/app';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { partnerSet } from '../../src/jobs/result-sets';
import { findPartners, type PartnerResult } from '../../src/match/partners/find-partners';
import { projectScope } from '../../src/projection/project-scope';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { RedisStoreEpoch } from '../../src/store/redis-store-epoch';
import { plainApiContext } from '../helpers/api-harness';
import { validBundle } from '../helpers/bundle-fixture';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';
import { until } from '../helpers/until';

/** One API process as a deployment runs it: its own Neo4j store and its own connection to the shared epoch. */
interface ApiProcess {
  store: Neo4jGraphStore;
  app: ReturnType<typeof createApp>;
  admin: { Authorization: string };
  secretaryInPark: { Authorization: string };
  warnings: string[];
}

/** Opens the process's store, then makes its keys: the park they name must already be in the graph. */
async function apiProcess(prefix: string, p: string, redisUrl = process.env['REDIS_URL']!): Promise<ApiProcess> {
  const warnings: string[] = [];
  const epoch = await RedisStoreEpoch.connect(redisUrl, prefix, (message) => warnings.push(message));
  const store = await Neo4jGraphStore.open(neo4jSettingsFromEnv(), { epoch });
  try {
    const api = plainApiContext(store);
    const bearer = async (role: 'admin' | 'secretary', regionId: string | null) =>
      `Bearer ${(await createApiKey(api.access, store, { role, regionId, name: `${p} ${role}` })).key}`;
    return {
      store,
      app: createApp({ api, protection: { perMinute: 1_000_000 } }),
      admin: { Authorization: await bearer('admin', null) },
      secretaryInPark: { Authorization: await bearer('secretary', `${p}-park`) },
      warnings,
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * Every API process holds the node reads it made (a node's region and its lists) and answers them
 * again without Neo4j while the store's epoch in Redis stands; any write through redchain, in any
 * process, moves the epoch on before it is answered. These are two API processes over one Neo4j
 * and one Redis, as a park runs them: what one process answers after another process's write.
 */
describe('lists held by one API process while another writes', () => {
  const p = uniquePrefix('held');
  const prefix = `test-${p}`;
  const bundle = validBundle(p);
  let one: ApiProcess;
  let other: ApiProcess;
  let results: PartnerResult[];

  const partnersOf = (via: ApiProcess, id: string, who = via.admin) =>
    request(via.app).get(`/api/v1/enterprises/${id}/partners`).query({ direction: 'downstream', limit: 50 }).set(who);
  const idsIn = (res: request.Response) =>
    (res.body as { candidates: { id: string; rank: number }[] }).candidates.map((c) => [c.id, c.rank]);
  const runOf = (res: request.Response) => (res.body as { runId: string }).runId;
  /** A run of the downstream lists of the enterprises in `results`, as a worker writes it. */
  const writeRun = async (runId: string) =>
    other.store.writeCandidateRun({
      runId,
      computedAt: new Date().toISOString(),
      sets: results.map((r) => partnerSet(r, graphForRuns)),
    });
  let graphForRuns: Awaited<ReturnType<typeof projectScope>>;

  beforeAll(async () => {
    const importer = await Neo4jGraphStore.open(neo4jSettingsFromEnv());
    try {
      expect((await importBundle(importer, bundle)).rejected).toEqual([]);
    } finally {
      await importer.close();
    }
    one = await apiProcess(prefix, p);
    other = await apiProcess(prefix, p);
    await other.store.upsertNodes('Region', [{ id: `${p}-elsewhere`, name: '别处园区', level: 'park' }]);
    graphForRuns = await projectScope(other.store, { regionId: `${p}-prov` });
    results = Array.from({ length: 40 }, (_, i) =>
      findPartners(graphForRuns, { enterpriseId: `${p}-ent-${i}`, direction: 'downstream' }),
    ).filter((r) => r.candidates.length >= 3);
    expect(results.length).toBeGreaterThanOrEqual(7);
    await writeRun(`${p}-run-1`);
  }, 60_000);

  afterAll(async () => {
    await one?.store.close();
    await other?.store.close();
    const redis = new IORedis(process.env['REDIS_URL']!);
    await redis.del(`${prefix}:store-epoch`);
    await redis.quit();
  });

  /** Moves an enterprise to the other park in Neo4j by hand, as an operator in Neo4j Browser would: no epoch moves. */
  const moveByHand = (via: ApiProcess, id: string) =>
    via.store.connection.write((tx) =>
      tx.rows(
        'MATCH (e:Enterprise {id: $id})-[r:LOCATED_IN]->() DELETE r WITH DISTINCT e MATCH (g:Region {id: $to}) CREATE (e)-[:LOCATED_IN]->(g)',
        { id, to: `${p}-elsewhere` },
      ),
    );

  test('when a list is read again with no write anywhere since, then the held answer is given; after a write anywhere, Neo4j is asked', async () => {
    const id = results[0]!.enterprise.id;
    const first = await partnersOf(one, id, one.secretaryInPark);
    expect(first.status).toBe(200);
    expect(runOf(first)).toBe(`${p}-run-1`);
    // a change by hand passes by redchain's writes: this process goes on answering what it read,
    // for at most HOLD_MS (epoch-held-reads.ts)
    await moveByHand(other, id);
    const held = await partnersOf(one, id, one.secretaryInPark);
    expect(held.status).toBe(200);
    expect(held.text).toBe(first.text);
    // any write through redchain, in any process, moves the epoch on: the next read asks Neo4j
    await other.store.upsertNodes('Region', [{ id: `${p}-another`, name: '另一园区', level: 'park' }]);
    expect((await partnersOf(one, id, one.secretaryInPark)).status).toBe(403);
  });

  test('when another process deletes a candidate, then this process leaves it out at once, ranks closed up', async () => {
    const result = results[1]!;
    const ids = result.candidates.map((c) => c.enterpriseId);
    // one the other tests do not read
    const gone = ids.find((id) => !results.slice(0, 7).some((r) => r.enterprise.id === id))!;
    expect(idsIn(await partnersOf(one, result.enterprise.id))).toEqual(ids.map((id, i) => [id, i + 1]));
    expect((await request(other.app).delete(`/api/v1/enterprises/${gone}`).set(other.admin)).status).toBe(204);
    const left = ids.filter((id) => id !== gone);
    expect(idsIn(await partnersOf(one, result.enterprise.id))).toEqual(left.map((id, i) => [id, i + 1]));
  });

  test('when a worker stores a new run, then this process answers the new run at once', async () => {
    const id = results[2]!.enterprise.id;
    expect(runOf(await partnersOf(one, id))).toBe(`${p}-run-1`);
    await writeRun(`${p}-run-2`);
    expect(runOf(await partnersOf(one, id))).toBe(`${p}-run-2`);
  });

  test('when another process moves an enterprise out of a region, then a key of that region is refused its lists at once', async () => {
    const id = results[3]!.enterprise.id;
    expect((await partnersOf(one, id, one.secretaryInPark)).status).toBe(200);
    const { id: _id, ...enterprise } = bundle.enterprises!.find((e) => e.id === id)!;
    const moved = await request(other.app)
      .put(`/api/v1/enterprises/${id}`)
      .set(other.admin)
      .send({ ...enterprise, regionId: `${p}-elsewhere` });
    expect(moved.status).toBe(200);
    expect((await partnersOf(one, id, one.secretaryInPark)).status).toBe(403);
    expect((await partnersOf(one, id)).status).toBe(200);
  });

  test('when Redis comes back empty, then nothing held before is answered again', async () => {
    const id = results[4]!.enterprise.id;
    expect((await partnersOf(one, id, one.secretaryInPark)).status).toBe(200);
    await moveByHand(other, id);
    const redis = new IORedis(process.env['REDIS_URL']!);
    await redis.del(`${prefix}:store-epoch`);
    await redis.quit();
    expect((await partnersOf(one, id, one.secretaryInPark)).status).toBe(403);
  });

  test('when Redis comes back with an older token (from its log, or a replica), then nothing held before is answered again', async () => {
    const id = results[6]!.enterprise.id;
    const redis = new IORedis(process.env['REDIS_URL']!);
    try {
      const before = await redis.get(`${prefix}:store-epoch`);
      expect((await partnersOf(one, id, one.secretaryInPark)).status).toBe(200);
      await moveByHand(other, id);
      // the move was answered with a new token; the Redis that comes back has the one from before it,
      // and, restarted, has dropped every connection
      await other.store.upsertNodes('Region', [{ id: `${p}-restart`, name: '重启园区', level: 'park' }]);
      await redis.set(`${prefix}:store-epoch`, before!);
      const clients = String(await redis.client('LIST')).split('\n');
      const epochClients = clients.filter((line) => line.includes(`name=redchain-store-epoch:${prefix}`));
      expect(epochClients.length).toBeGreaterThanOrEqual(2);
      const idOf = (line: string) => /\bid=(\d+)/.exec(line)![1]!;
      const killed = epochClients.map(idOf);
      for (const id of killed) await redis.client('KILL', 'ID', id);
      const epochClientsNow = async () =>
        String(await redis.client('LIST'))
          .split('\n')
          .filter((line) => line.includes(`name=redchain-store-epoch:${prefix}`) && !killed.includes(idOf(line)));
      // read only once both processes are connected again: a read while away would ask Neo4j anyway
      await until(
        async () => (await epochClientsNow()).length >= epochClients.length,
        10_000,
        'the epoch to reconnect',
      );
      expect((await partnersOf(one, id, one.secretaryInPark)).status).toBe(403);
    } finally {
      await redis.quit();
    }
  });

  test('when Redis stops answering without closing (stalled), then list reads and writes are still answered', async () => {
    // a Redis of this test's own, to stop with SIGSTOP: its connections stay open, nothing answers
    const port = await freePort();
    const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', ''], {
      stdio: 'ignore',
    });
    const stalled = await apiProcess(prefix, p, `redis://127.0.0.1:${port}`).catch(async (error: unknown) => {
      server.kill('SIGKILL');
      throw error;
    });
    try {
      const id = results[0]!.enterprise.id;
      expect((await partnersOf(stalled, id)).status).toBe(200);
      server.kill('SIGSTOP');
      const inTime = async <T>(answer: Promise<T>): Promise<T | 'no answer'> => {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'no answer'>((resolve) => (timer = setTimeout(() => resolve('no answer'), 10_000)));
        try {
          return await Promise.race([answer, late]);
        } finally {
          clearTimeout(timer);
        }
      };
      const read = await inTime(partnersOf(stalled, id));
      expect(read === 'no answer' ? read : read.status).toBe(200);
      const write = await inTime(
        stalled.store.upsertNodes('Region', [{ id: `${p}-stalled`, name: '停顿园区', level: 'park' }]),
      );
      expect(write).toEqual({ created: 1, updated: 0, unchanged: 0 });
      expect(stalled.warnings.join('\n')).toMatch(/could not advance/);
    } finally {
      server.kill('SIGCONT');
      server.kill('SIGKILL');
      await stalled.store.close();
    }
  });

  test('when the epoch cannot be read (Redis away), then every read asks Neo4j and writes are still made', async () => {
    // a port nothing listens on: the epoch's Redis is away from the start
    const away = await apiProcess(prefix, p, 'redis://127.0.0.1:1');
    try {
      const id = results[5]!.enterprise.id;
      expect((await partnersOf(away, id, away.secretaryInPark)).status).toBe(200);
      await moveByHand(other, id);
      expect((await partnersOf(away, id, away.secretaryInPark)).status).toBe(403);
      await away.store.upsertNodes('Region', [{ id: `${p}-away`, name: '离线园区', level: 'park' }]);
      expect(await away.store.getNode('Region', `${p}-away`)).not.toBeNull();
      expect(away.warnings.join('\n')).toMatch(/store epoch/);
    } finally {
      await away.store.close();
    }
  });
});

import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';
import { GraphQueryClient } from '../../src/api/graph-queries/graph-query-client';
import {
  GRAPH_QUERY_NAMES,
  type GraphQueryArgs,
  type GraphQueryName,
} from '../../src/api/graph-queries/graph-query-catalogue';
import { InProcessGraphQueries } from '../../src/api/graph-queries/graph-queries';
import { LOADING, serveGraphQueries } from '../../src/api/graph-queries/graph-query-server';
import { LiveProjection } from '../../src/projection/live-projection';
import { RedisChangeLog } from '../../src/jobs/redis-change-log';
import { AppError } from '../../src/shared/app-error';
import { createLogger } from '../../src/shared/logger';
import { neo4jApi, type ApiHarness } from '../helpers/api-harness';
import { tradeTag } from '../helpers/bundle-fixture';
import { until } from '../helpers/until';

/**
 * The graph-query process's protocol, in process: a server on a Unix socket over a projection of
 * the test run's Neo4j, following the change log in Redis, and the client an API process uses.
 * What the client gets must be what the API got when the graph was in its own memory.
 */
describe('graph queries answered over the graph-query socket', () => {
  let h: ApiHarness;
  let socket: string;
  let server: { close(): Promise<void> };
  let client: GraphQueryClient;
  let local: InProcessGraphQueries;
  let redis: IORedis;
  const logger = createLogger('silent');

  beforeAll(async () => {
    h = await neo4jApi('graphq');
    redis = new IORedis(process.env['REDIS_URL']!, { maxRetriesPerRequest: null });
    // the harness's store writes its changes to this log, as the API processes do in production
    const changes = () => new RedisChangeLog(redis, `test-${h.p}`);
    socket = path.join(os.tmpdir(), `redchain-graph-test-${process.pid}.sock`);
    const projection = new LiveProjection(h.raw, changes(), logger);
    await projection.warm('test');
    server = await serveGraphQueries(projection, socket, logger);
    client = new GraphQueryClient(socket);
    local = new InProcessGraphQueries(new LiveProjection(h.raw, changes(), logger));
  });
  afterAll(async () => {
    await client.close();
    await server.close();
    await redis.quit();
    await h.close();
    rmSync(socket, { force: true });
  });

  /** A question of each kind about the harness's own data; a query added to the catalogue without one fails the test below. */
  const samples = (): { [N in GraphQueryName]: GraphQueryArgs<N> } => ({
    whatIf: { chainId: `${h.p}-chain`, regionId: `${h.p}-park`, leadIds: [`${h.p}-ent-3`] },
    chainsInRegion: { regionId: `${h.p}-park` },
    chainExtension: { chainId: `${h.p}-chain`, regionId: `${h.p}-park` },
    meetingPlan: { chainId: `${h.p}-chain`, regionId: `${h.p}-park`, meetingsPerEnterprise: 2 },
    problemList: { chainId: `${h.p}-chain`, regionIds: [`${h.p}-park`], limit: 3 },
    // the harness's own enterprises by their trade tag: every test file's records share the
    // database, and a word they all hold (正极材料) fills the list with ties among other files'
    search: { q: tradeTag(`${h.p}-3`), kinds: ['Enterprise', 'Problem', 'Person'], limit: 10 },
    resolve: { name: '白银' },
    consortium: { problemId: `${h.p}-problem-1` },
    problemsForPerson: { personId: `${h.p}-person-1`, limit: 5 },
    partyCoverage: { regionIds: [`${h.p}-prov`, `${h.p}-city`, `${h.p}-park`] },
    statusTallies: {},
    talentCatalogue: { chainId: `${h.p}-chain`, regionId: `${h.p}-park`, asOf: '2025-06-01' },
    talentCandidates: { needId: `${h.p}-tn-1`, asOf: '2025-06-01', limit: 5, membership: true },
    jobFair: {
      chainId: `${h.p}-chain`,
      regionId: null,
      asOf: '2025-06-01',
      interviewsPerPerson: 1,
      interviewsPerPosition: 2,
      membership: false,
    },
  });

  test.each(GRAPH_QUERY_NAMES)(
    'when an API process asks %s over the socket, then it gets what the in-process graph answers',
    async (name) => {
      const args = samples()[name];
      expect(args).toBeDefined();
      const remote = await client.ask(name, args as never);
      const inProcess = await local.ask(name, args as never);
      if (name === 'search') {
        // records other test files write meanwhile reach one projection and not the other: the
        // harness's own hits, in order, are what both must agree on
        const own = (hits: unknown) => (hits as { id: string }[]).filter((hit) => hit.id.startsWith(`${h.p}-`));
        expect(own(remote).length).toBeGreaterThan(0);
        expect(own(remote)).toEqual(own(inProcess));
      } else expect(remote).toEqual(inProcess);
      // and it is an answer about the harness's data, not an empty shell that would equal anything
      expect(JSON.stringify(remote).length).toBeGreaterThan(20);
    },
  );

  test('when the chain of a meeting plan is unknown, then the API process gets the same not-found error, naming it', async () => {
    const args = { chainId: `${h.p}-no-such-chain`, regionId: `${h.p}-park`, meetingsPerEnterprise: 2 };
    const error = await client.ask('meetingPlan', args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'not_found',
      status: 404,
      message: `Chain '${h.p}-no-such-chain' was not found`,
    });
  });

  test('when an API process writes an enterprise, then the next search over the socket finds it (the graph follows the change log)', async () => {
    // a name no other suite's enterprise resembles (the test run's Neo4j is shared), removed after
    const name = `${h.p}钒钛熔盐氯化试验线`;
    await h.api.store.upsertNodes('Enterprise', [{ id: `${h.p}-ent-new`, name, scale: 'small' }]);
    try {
      const hits = await client.ask('search', { q: name, kinds: ['Enterprise'], limit: 3 });
      expect(hits[0]).toMatchObject({ kind: 'Enterprise', id: `${h.p}-ent-new` });
    } finally {
      await h.raw.deleteNode('Enterprise', `${h.p}-ent-new`);
    }
  });

  test('when the graph is not loaded yet, then a query is answered 503 at once, saying it is loading, and answered once it is', async () => {
    const coldSocket = `${socket}.cold`;
    const cold = await serveGraphQueries(
      new LiveProjection(h.raw, new RedisChangeLog(redis, `test-${h.p}`), logger),
      coldSocket,
      logger,
    );
    const coldClient = new GraphQueryClient(coldSocket);
    try {
      expect(await coldClient.status()).toBe('loading');
      const error = await coldClient.ask('statusTallies', {}).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'unavailable', status: 503, message: LOADING });
      // the refused query started the load
      await until(
        async () =>
          await coldClient.ask('statusTallies', {}).then(
            () => true,
            () => false,
          ),
        30_000,
        'the cold graph to load',
      );
      expect(await coldClient.status()).toBe('loaded');
    } finally {
      await coldClient.close();
      await cold.close();
      rmSync(coldSocket, { force: true });
    }
  });

  test('when no graph-query process listens, then a query fails as 503 naming the graph-query process', async () => {
    const nobody = new GraphQueryClient(path.join(os.tmpdir(), `redchain-graph-nobody-${process.pid}.sock`));
    expect(await nobody.status()).toBe('unreachable');
    const error = await nobody.ask('statusTallies', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'unavailable', status: 503 });
    expect((error as Error).message).toMatch(/^the graph-query process .* did not answer/);
    await nobody.close();
  });

  test('when the arguments do not fit the query, then the process answers 400 naming them rather than computing on them', async () => {
    const error = await client.ask('consortium', { problemId: 42 } as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'bad_input', status: 400 });
    expect((error as Error).message).toMatch(/^consortium arguments/);
  });
});

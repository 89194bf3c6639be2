import IORedis from 'ioredis';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { RedisStoreEpoch } from '../../src/store/redis-store-epoch';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';
import { describeGraphStoreContract } from './graph-store.contract';

/**
 * The contract again on the Neo4j store as a deployment with Redis opens it: node reads held
 * while the store's epoch stands (epoch-held-reads.ts). Every case that writes and then reads,
 * among them readers during a stream of run swaps, must hold as it does without them.
 */
const prefix = `test-${uniquePrefix('held-contract')}`;
const warnings: string[] = [];

afterAll(async () => {
  // Redis is up all along: every advance was made
  expect(warnings).toEqual([]);
  const redis = new IORedis(process.env['REDIS_URL']!);
  await redis.del(`${prefix}:store-epoch`);
  await redis.quit();
});

describeGraphStoreContract('neo4j, reads held while the store epoch stands', async () =>
  Neo4jGraphStore.open(neo4jSettingsFromEnv(), {
    epoch: await RedisStoreEpoch.connect(process.env['REDIS_URL']!, prefix, (message) => warnings.push(message)),
  }),
);

import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';
import { describeGraphStoreContract } from './graph-store.contract';

describe('the Neo4j server under test', () => {
  test('when asked its version, then it is a real Neo4j 5 server', async () => {
    const store = await Neo4jGraphStore.open(neo4jSettingsFromEnv());
    try {
      const server = await store.serverVersion();
      process.stdout.write(`contract suite against ${server.name} ${server.version} ${server.edition}\n`);
      expect(server.version).toMatch(/^5\./);
    } finally {
      await store.close();
    }
  });
});

describeGraphStoreContract('neo4j', () => Neo4jGraphStore.open(neo4jSettingsFromEnv()));

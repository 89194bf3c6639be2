import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';
import { describeRosterImportContract } from './roster-import.contract';

describeRosterImportContract('neo4j', () => Neo4jGraphStore.open(neo4jSettingsFromEnv()));

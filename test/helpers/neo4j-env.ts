import type { Neo4jSettings } from '../../src/store/neo4j/neo4j-connection';

/** The Neo4j server globalSetup started (or the one NEO4J_URI names). */
export function neo4jSettingsFromEnv(): Neo4jSettings {
  const uri = process.env['NEO4J_URI'];
  if (!uri) throw new Error('NEO4J_URI is not set: the jest globalSetup should have started Neo4j');
  return {
    uri,
    user: process.env['NEO4J_USER'] ?? 'neo4j',
    password: process.env['NEO4J_PASSWORD'] ?? '',
    database: process.env['NEO4J_DATABASE'] ?? 'neo4j',
  };
}

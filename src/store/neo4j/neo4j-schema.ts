import { readdirSync } from 'node:fs';
import path from 'node:path';
import { NODE_KINDS } from '../../domain';
import { CYPHER_ROOT, INTERNAL_LABELS, cypherFile } from './cypher-files';
import type { Neo4jConnection } from './neo4j-connection';

/**
 * Applies cypher/schema/*.cypher in file order. Every statement says IF NOT EXISTS, so this
 * runs at every start. A file with a {{label}} placeholder is applied once per label.
 */
export async function applySchema(connection: Neo4jConnection): Promise<string[]> {
  const applied: string[] = [];
  const files = readdirSync(path.join(CYPHER_ROOT, 'schema'))
    .filter((file) => file.endsWith('.cypher'))
    .sort();
  for (const file of files) {
    const name = `schema/${file.replace(/\.cypher$/, '')}`;
    if (name === 'schema/001-unique-id') {
      for (const label of [...NODE_KINDS, ...INTERNAL_LABELS]) {
        await connection.runSchema(cypherFile('schema/001-unique-id', { label }));
      }
    } else {
      await connection.runSchema(cypherFile(name));
    }
    applied.push(name);
  }
  await connection.runSchema(cypherFile('store/await-indexes'));
  return applied;
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CandidateTypeSchema, NODE_KINDS, REL_TYPES } from '../../domain';

/**
 * Every query lives in `cypher/` as one statement per file (docs/architecture.md, Design rules
 * that hold across the layers), loaded here by name and cached. The only interpolation is
 * `{{name}}` placeholders for labels and relationship types, and each value must be on the
 * allow-list below: user input never reaches query text, it always travels as parameters.
 */
export const CYPHER_ROOT = findCypherRoot(__dirname);

/** The repository's cypher/ folder, found upwards: sources run from src/, builds from dist/src/. */
function findCypherRoot(start: string): string {
  for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'cypher', 'schema'))) return path.join(dir, 'cypher');
  }
  throw new Error(`cypher: no cypher/ folder above ${start}`);
}

/** Labels used only by the store itself for computed results. */
export const INTERNAL_LABELS = ['ResultSet', 'Report', 'ApiKey', 'AuditEntry'] as const;

const ALLOWED_IDENTIFIERS = new Set<string>([
  ...NODE_KINDS,
  ...INTERNAL_LABELS,
  ...REL_TYPES,
  ...CandidateTypeSchema.options,
]);

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const texts = new Map<string, string>();

function rawText(name: string): string {
  let text = texts.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(name)) throw new Error(`cypher: bad query name '${name}'`);
    text = withoutCommentLines(readFileSync(path.join(CYPHER_ROOT, `${name}.cypher`), 'utf8'));
    texts.set(name, text);
  }
  return text;
}

/**
 * The statement without its header and other whole-line comments: they are for readers of the
 * file, and sent with every run they would cost bytes on the wire (a header can be longer than the
 * statement, and the driver writes a chunk of 1,400 bytes at a time) and parsing in Neo4j.
 */
function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}

/**
 * The statement of `cypher/<name>.cypher` with its placeholders filled.
 * @example cypherFile('store/get-node', { label: 'Enterprise' })
 */
export function cypherFile(name: string, identifiers: Record<string, string> = {}): string {
  const text = rawText(name);
  const wanted = new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string));
  for (const key of wanted) {
    const value = identifiers[key];
    if (value === undefined) throw new Error(`cypher: ${name} needs identifier '${key}'`);
    if (!ALLOWED_IDENTIFIERS.has(value)) throw new Error(`cypher: '${value}' is not an allowed label or type`);
  }
  for (const key of Object.keys(identifiers)) {
    if (!wanted.has(key)) throw new Error(`cypher: ${name} has no placeholder '${key}'`);
  }
  return text.replace(PLACEHOLDER, (_match, key: string) => identifiers[key] as string);
}

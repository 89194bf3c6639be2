import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_ROOT, cypherFile } from '../../src/store/neo4j/cypher-files';

const ROOT = path.resolve(__dirname, '../..');

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full, ending);
    return full.endsWith(ending) ? [full] : [];
  });
}

/** Every query name written in the code: a quoted `folder/name` of a cypher/ folder. */
function namesInCode(): Set<string> {
  const names = new Set<string>();
  const code = ['src', 'bench', 'workers'].flatMap((dir) => {
    try {
      return filesUnder(path.join(ROOT, dir), '.ts');
    } catch {
      return [];
    }
  });
  const folders = readdirSync(CYPHER_ROOT)
    .filter((f) => f !== 'schema')
    .join('|');
  const literal = new RegExp(`['\`]((?:${folders})/[a-z0-9-]+)['\`]`, 'g');
  const template = new RegExp(`\`((?:${folders})/[a-z0-9-]*)\\$\\{[^}]*\\}([a-z0-9-]*)\``, 'g');
  for (const file of code) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(literal)) names.add(match[1]!);
    // a name built from a fixed part and a variant, e.g. `store/follow-${direction}`
    for (const match of text.matchAll(template)) {
      for (const variant of ['in', 'out']) names.add(`${match[1]}${variant}${match[2]}`);
    }
  }
  return names;
}

describe('cypher/ files and the code that names them', () => {
  const files = filesUnder(CYPHER_ROOT, '.cypher').map((f) =>
    path
      .relative(CYPHER_ROOT, f)
      .replace(/\.cypher$/, '')
      .split(path.sep)
      .join('/'),
  );
  const named = namesInCode();

  test('when code names a query, then its file exists', () => {
    const missing = [...named].filter((name) => !files.includes(name));
    expect(missing).toEqual([]);
  });

  test('when a query file exists, then code uses it (schema files are applied by listing)', () => {
    const unused = files.filter((f) => !f.startsWith('schema/') && !named.has(f));
    expect(unused).toEqual([]);
  });

  test('when a query file is read, then it opens with a header saying its mode', () => {
    for (const file of files) {
      const text = readFileSync(path.join(CYPHER_ROOT, `${file}.cypher`), 'utf8');
      expect({ file, header: text.startsWith('// mode:') }).toEqual({ file, header: true });
    }
  });

  test('when an identifier is not on the allow-list or missing, then the query is refused', () => {
    expect(() => cypherFile('store/get-node', { label: 'Enterprise) DETACH DELETE (x' })).toThrow(/not an allowed/);
    expect(() => cypherFile('store/get-node')).toThrow(/needs identifier 'label'/);
    expect(() => cypherFile('store/get-node', { label: 'Enterprise', extra: 'Chain' })).toThrow(/no placeholder/);
    expect(() => cypherFile('../package')).toThrow(/bad query name/);
    expect(cypherFile('store/get-node', { label: 'Enterprise' })).toContain('MATCH (n:Enterprise {id: $id})');
  });
});

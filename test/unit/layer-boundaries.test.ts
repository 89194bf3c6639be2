import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/**
 * The layers of src/ are kept by lint (eslint.config.mjs, eslint-plugin-boundaries): an import
 * against them fails `npx eslint .`. Here each rule is shown to bite on a probe file that is
 * linted, never written; and the import graph of src/ is walked for circles, which the plugin
 * does not look for.
 */

const repo = path.resolve(__dirname, '../..');

interface Probe {
  filePath: string;
  code: string;
}
interface Finding {
  ruleId: string | null;
  message: string;
}

/**
 * Lints probes with ESLint's Node API (`new ESLint().lintText`) in a child Node: ESLint loads
 * eslint.config.mjs by a dynamic import, which jest's module sandbox does not allow.
 */
function lint(probes: Probe[]): Finding[][] {
  const script = `
    import { ESLint } from 'eslint';
    const probes = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const found = [];
    for (const { filePath, code } of probes) {
      const [result] = await eslint.lintText(code, { filePath });
      found.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
    }
    process.stdout.write(JSON.stringify(found));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(probes)], {
    cwd: repo,
    encoding: 'utf8',
  });
  return JSON.parse(output) as Finding[][];
}

const probe = (file: string, ...imports: string[]): Probe => ({
  filePath: path.join(repo, file),
  code: imports.map((from, i) => `import * as m${i} from '${from}';\nexport const e${i} = m${i};\n`).join(''),
});

describe('the layers kept by lint', () => {
  const violations: { name: string; probe: Probe; says: RegExp }[] = [
    {
      name: 'an engine imports the store',
      probe: probe('src/match/probe.ts', '../store/graph-store'),
      says: /match never imports store/,
    },
    {
      name: 'an engine imports a use case',
      probe: probe('src/match/tackling/probe.ts', '../../use-cases/recorded-outcomes'),
      says: /match never imports use-cases/,
    },
    {
      name: 'the domain imports a Node builtin',
      probe: probe('src/domain/probe.ts', 'node:fs'),
      says: /domain is pure: no I\/O, no Node builtins \(node:fs\)/,
    },
    {
      name: 'the domain imports another layer',
      probe: probe('src/domain/probe.ts', '../shared/app-error'),
      says: /domain imports only domain \(not shared\)/,
    },
    {
      name: 'the page imports the server',
      probe: probe('src/web/pages/probe.ts', '../../api/app'),
      says: /web imports only web \(not api\)/,
    },
    {
      name: 'the store imports access',
      probe: probe('src/store/neo4j/probe.ts', '../../access/caller'),
      says: /store never imports access/,
    },
  ];
  const allowed: { name: string; probe: Probe }[] = [
    {
      name: 'an engine imports the domain, the projection and text',
      probe: probe('src/match/probe.ts', '../domain/node-key', '../projection/projected-graph', '../text/tokenizer'),
    },
    {
      name: 'the store imports the domain, shared and a package',
      probe: probe('src/store/probe.ts', '../domain', '../shared/cursor', 'zod'),
    },
    {
      name: 'a use case imports the store and an engine',
      probe: probe('src/use-cases/probe.ts', '../store/graph-store', '../match/outcomes/recorded-outcomes'),
    },
  ];
  let findings: Finding[][];

  beforeAll(() => {
    findings = lint([...violations, ...allowed].map((c) => c.probe));
  });

  it.each(violations.map((c, i) => [c.name, i] as const))(
    'when %s, then the boundaries rule reports it',
    (_name, i) => {
      expect(findings[i]).toEqual([
        { ruleId: 'boundaries/dependencies', message: expect.stringMatching(violations[i]!.says) },
      ]);
    },
  );

  it.each(allowed.map((c, i) => [c.name, violations.length + i] as const))(
    'when %s, then the lint lets it pass',
    (_name, i) => {
      expect(findings[i]).toEqual([]);
    },
  );
});

describe('the import graph of src/', () => {
  it('when every relative import is followed, then no file leads back to itself', () => {
    const graph = importGraph(path.join(repo, 'src'));
    const circles = stronglyConnected(graph).map((files) => files.map((f) => path.relative(repo, f)).sort());
    expect(circles).toEqual([]);
  });

  it('when a circle is there, then it is found (the walk itself works)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(stronglyConnected(graph).map((files) => files.sort())).toEqual([['a', 'b', 'c']]);
  });
});

/** file → the project files it imports (relative imports, type-only ones too: a circle of types is one still). */
function importGraph(dir: string): Map<string, string[]> {
  const files = sourceFiles(dir);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolveSource(file, spec))
      .filter((target): target is string => target !== undefined);
    graph.set(file, targets);
  }
  return graph;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveSource(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

/** The import circles: strongly connected sets of more than one file, or a file importing itself (Tarjan). */
function stronglyConnected(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) circles.push(component);
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return circles;
}

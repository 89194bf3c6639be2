import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BUILD_PARTS,
  fingerprint,
  readStamp,
  staleness,
  writeStamp,
  type BuildPart,
  type BuildStamp,
} from '../../scripts/stale-build';

/** `npm start` builds a part only when what it is made from changed since it was last built. */
describe('the stale-build check', () => {
  let root: string;
  const server = BUILD_PARTS.find((part) => part.name === 'server')!;
  const web = BUILD_PARTS.find((part) => part.name === 'web')!;

  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  /** What the build script does after building a part: record its inputs' fingerprint. */
  const recordBuild = (...parts: BuildPart[]) => {
    const stamp = readStamp(root);
    for (const part of parts) stamp[part.name] = fingerprint(root, part);
    writeStamp(root, stamp);
  };
  const stale = (part: BuildPart) => staleness(root, part, fingerprint(root, part), readStamp(root));

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'redchain-stale-build-'));
    write('src/main.ts', 'export const a = 1;\n');
    write('src/web/main.tsx', 'export const page = 1;\n');
    write('workers/worker.ts', 'export {};\n');
    write('tsconfig.json', '{}\n');
    write('package-lock.json', '{"lockfileVersion":3}\n');
    write('dist/src/main.js', '"use strict";\n');
    write('dist/web/index.html', '<!doctype html>\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('when there is no dist/ (a fresh clone), then both parts are built', () => {
    rmSync(path.join(root, 'dist'), { recursive: true });
    expect(stale(server)).toBe('dist/src/main.js is missing');
    expect(stale(web)).toBe('dist/web/index.html is missing');
  });

  test('when dist/ is there but no build was recorded, then both parts are built', () => {
    expect(readStamp(root)).toEqual({});
    expect(stale(server)).toMatch(/no record/);
    expect(stale(web)).toMatch(/no record/);
  });

  test('when nothing changed since the last build, then nothing is built — a touched file included', () => {
    recordBuild(server, web);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, 'src', 'main.ts'), later, later);
    expect(stale(server)).toBeNull();
    expect(stale(web)).toBeNull();
  });

  test('when a server source changes, then the server is built and the page is not', () => {
    recordBuild(server, web);
    write('src/main.ts', 'export const a = 2;\n');
    expect(stale(server)).toMatch(/changed/);
    expect(stale(web)).toBeNull();
    recordBuild(server);
    expect(stale(server)).toBeNull();
  });

  test('when a page source changes, then the page is built and the server is not', () => {
    recordBuild(server, web);
    write('src/web/main.tsx', 'export const page = 2;\n');
    expect(stale(web)).toMatch(/changed/);
    expect(stale(server)).toBeNull();
  });

  test('when a file is added, removed or renamed, or the lock file changes, then the parts that read it are built', () => {
    recordBuild(server, web);
    write('workers/other.ts', 'export {};\n');
    expect(stale(server)).toMatch(/changed/);
    recordBuild(server);
    rmSync(path.join(root, 'workers', 'other.ts'));
    expect(stale(server)).toMatch(/changed/);
    recordBuild(server);
    write('src/renamed.ts', 'export const a = 1;\n');
    rmSync(path.join(root, 'src', 'main.ts'));
    expect(stale(server)).toMatch(/changed/);
    recordBuild(server);
    write('package-lock.json', '{"lockfileVersion":3,"packages":{}}\n');
    expect(stale(server)).toMatch(/changed/);
    expect(stale(web)).toMatch(/changed/);
  });

  test('when a built output is removed, then its part is built whatever the record says', () => {
    recordBuild(server, web);
    rmSync(path.join(root, 'dist', 'web'), { recursive: true });
    expect(stale(web)).toBe('dist/web/index.html is missing');
    expect(stale(server)).toBeNull();
  });

  test('a fingerprint is of the contents, so an edit undone is no change', () => {
    const before = fingerprint(root, server);
    write('src/main.ts', 'export const a = 2;\n');
    expect(fingerprint(root, server)).not.toBe(before);
    write('src/main.ts', 'export const a = 1;\n');
    expect(fingerprint(root, server)).toBe(before);
    const stamp: BuildStamp = { server: before };
    expect(staleness(root, server, before, stamp)).toBeNull();
  });
});

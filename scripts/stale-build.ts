import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One part of `npm run build`: what its output is made from, and a file it always writes. */
export interface BuildPart {
  readonly name: 'server' | 'web';
  /** Files and folders, relative to the project root, whose content the output depends on. */
  readonly inputs: readonly string[];
  /** Folders inside the inputs that belong to another part. */
  readonly exclude: readonly string[];
  /** Missing (a fresh clone, a removed dist/), the part is built whatever the stamp says. */
  readonly output: string;
}

/**
 * The server (tsc: everything tsconfig.build.json compiles) and the web page (vite: src/web, which
 * imports nothing outside itself). The lock file stands for the compilers and libraries used.
 * cypher/ is read at run time from the project, so it is not an input.
 */
export const BUILD_PARTS: readonly BuildPart[] = [
  {
    name: 'server',
    inputs: ['src', 'workers', 'scripts', 'seeds', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    exclude: ['src/web'],
    output: 'dist/src/main.js',
  },
  { name: 'web', inputs: ['src/web', 'package-lock.json'], exclude: [], output: 'dist/web/index.html' },
];

/** Each part's fingerprint at its last successful build. */
export const STAMP_FILE = 'dist/.build-stamp.json';

export type BuildStamp = Partial<Record<BuildPart['name'], string>>;

/**
 * A hash of the part's input files: their paths and contents. Contents, not modification times:
 * an edit always changes it (even one that keeps the time, or restores an older file), while a
 * checkout that rewrites files as they were, or a `touch`, does not cost a build.
 */
export function fingerprint(root: string, part: BuildPart): string {
  const hash = createHash('sha256');
  const excluded = new Set(part.exclude.map((dir) => path.join(root, dir)));
  const visit = (full: string): void => {
    if (excluded.has(full)) return;
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.join(full, name));
      return;
    }
    hash.update(path.relative(root, full)).update('\0').update(readFileSync(full)).update('\0');
  };
  for (const input of part.inputs) visit(path.join(root, input));
  return hash.digest('hex');
}

export function readStamp(root: string): BuildStamp {
  try {
    return JSON.parse(readFileSync(path.join(root, STAMP_FILE), 'utf8')) as BuildStamp;
  } catch {
    return {};
  }
}

export function writeStamp(root: string, stamp: BuildStamp): void {
  writeFileSync(path.join(root, STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
}

/** Why the part must be built, or null when its output is that of its inputs as they are now. */
export function staleness(root: string, part: BuildPart, current: string, stamp: BuildStamp): string | null {
  if (!existsSync(path.join(root, part.output))) return `${part.output} is missing`;
  if (stamp[part.name] === undefined) return 'no record of its last build';
  if (stamp[part.name] !== current) return 'its sources changed since its last build';
  return null;
}

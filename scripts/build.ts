/**
 * npm run build — the server (tsc) and the web page (vite) into dist/. `--if-stale` (npm start,
 * npm run worker) builds only the parts whose inputs changed since their last build, so a start
 * with nothing changed costs nothing and one with a server file changed skips the page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BUILD_PARTS, fingerprint, readStamp, staleness, writeStamp, type BuildPart } from './stale-build';

const ROOT = path.resolve(__dirname, '..');
const TS_BUILD_INFO = 'dist/.tsbuildinfo';

/** The command of each part; `quiet` for a start, where the build's own listing is noise. */
function command(part: BuildPart, quiet: boolean): string[] {
  if (part.name === 'server')
    // incremental: a start after one file changed recompiles what depends on it, not the project
    return [
      'node_modules/typescript/bin/tsc',
      '-p',
      'tsconfig.build.json',
      '--incremental',
      '--tsBuildInfoFile',
      TS_BUILD_INFO,
    ];
  return ['node_modules/vite/bin/vite.js', 'build', 'src/web', ...(quiet ? ['--logLevel', 'warn'] : [])];
}

/**
 * Builds one part. `fromScratch`: tsc forgets what it emitted before (its record would not see
 * outputs removed by hand); otherwise it recompiles only what depends on the changed files.
 */
function build(part: BuildPart, options: { quiet: boolean; fromScratch: boolean; why: string | null }): void {
  const started = Date.now();
  if (options.quiet) process.stdout.write(`redchain: building the ${part.name}: ${options.why}…\n`);
  if (part.name === 'server' && options.fromScratch) rmSync(path.join(ROOT, TS_BUILD_INFO), { force: true });
  const result = spawnSync(process.execPath, command(part, options.quiet), { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`redchain: building the ${part.name} failed (exit ${result.status ?? result.signal})\n`);
    process.exit(1);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (options.quiet) process.stdout.write(`redchain: built the ${part.name} in ${seconds} s\n`);
}

function main(): void {
  const onlyStale = process.argv.includes('--if-stale');
  mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  const stamp = readStamp(ROOT);
  for (const part of BUILD_PARTS) {
    // taken before building: a file edited while the build runs leaves the part stale for the next start
    const current = fingerprint(ROOT, part);
    const why = staleness(ROOT, part, current, stamp);
    if (onlyStale && why === null) continue;
    const fromScratch = !onlyStale || !existsSync(path.join(ROOT, part.output));
    build(part, { quiet: onlyStale, fromScratch, why });
    stamp[part.name] = current;
    writeStamp(ROOT, stamp);
  }
}

main();

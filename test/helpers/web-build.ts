import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
export const WEB_DIR = path.join(ROOT, 'dist', 'web');
const LOCK = path.join(ROOT, 'dist', '.web-build.lock');
const INDEX = path.join(WEB_DIR, 'index.html');

/** The newest modification time of the page's sources. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const stale = () => !existsSync(INDEX) || statSync(INDEX).mtimeMs < newestSource(path.join(ROOT, 'src', 'web'));
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds the web page (vite build src/web) when dist/web is missing or older than its sources, so
 * the browser tests always run the page as it is in the tree. Test files in parallel workers
 * take turns through a lock folder: one builds, the others wait and find it fresh.
 */
export function ensureWebBuild(): string {
  if (!stale()) return WEB_DIR;
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // another worker is building; a lock left by a killed run is older than any build takes
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 5 * 60_000) rmSync(LOCK, { force: true, recursive: true });
      pause(500);
    }
  }
  try {
    if (stale())
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'src/web'], {
        cwd: ROOT,
        stdio: 'pipe',
      });
  } finally {
    rmSync(LOCK, { force: true, recursive: true });
  }
  return WEB_DIR;
}

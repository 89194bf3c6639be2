import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
export const WEB_DIR = path.join(ROOT, 'dist', 'web');

/** The newest modification time of the page's sources (web/ less nothing: it has no output inside). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds the web page (vite build web) when dist/web is missing or older than its sources, so
 * the browser tests always run the page as it is in the tree. Runs once per jest worker at most.
 */
export function ensureWebBuild(): string {
  const index = path.join(WEB_DIR, 'index.html');
  const stale = !existsSync(index) || statSync(index).mtimeMs < newestSource(path.join(ROOT, 'web'));
  if (stale) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  }
  return WEB_DIR;
}

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);
export const ROOT = path.resolve(__dirname, '../..');
export const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
export const CLI = path.join(ROOT, 'src', 'cli', 'index.ts');

/** The redchain command as a user runs it, on the embedded store with its own snapshot file. */
export async function redchain(
  snapshot: string,
  ...args: string[]
): Promise<{ stdout: string; stderr: string; code: number }> {
  const env = { ...process.env, REDCHAIN_SNAPSHOT: snapshot, NEO4J_URI: '', REDIS_URL: '' };
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd: ROOT, env });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

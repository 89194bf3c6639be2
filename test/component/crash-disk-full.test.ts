import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, SERVER_ADMIN_KEY, ServerProcess } from '../helpers/server-process';
import { enterpriseExists, postEnterprise } from '../helpers/write-load';

/** Fills the file system holding `dir` until a write fails with ENOSPC. */
function fill(dir: string): string {
  const filler = path.join(dir, 'filler');
  const fd = openSync(filler, 'w');
  const block = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return filler;
}

/**
 * The data directory on a small tmpfs (this test mounts one: it runs as root, as the CI does),
 * filled while the server runs: the next write must be refused with a 503, nothing acknowledged
 * lost, the server alive, and no temp file left.
 */
describe('the embedded default on a full disk', () => {
  let mount: string;
  let port: number;
  let server: ServerProcess | null = null;
  const env = () => ({
    REDCHAIN_SNAPSHOT: path.join(mount, 'data', 'snapshot.json'),
    REDCHAIN_UPLOAD_DIR: path.join(mount, 'uploads'),
    REDCHAIN_ADMIN_KEY: SERVER_ADMIN_KEY,
    NEO4J_URI: '',
    REDIS_URL: '',
  });

  beforeAll(async () => {
    mount = mkdtempSync(path.join(os.tmpdir(), 'redchain-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount]);
    mkdirSync(path.join(mount, 'data'));
    port = await freePort();
  });
  afterAll(async () => {
    await server?.kill();
    execFileSync('umount', [mount]);
    rmSync(mount, { recursive: true, force: true });
  });

  test('when the journal cannot grow, then the write is a 503, the server lives on, and only acknowledged writes are there after a restart', async () => {
    server = await ServerProcess.start(env(), port);
    const before = ['full-a', 'full-b', 'full-c'];
    for (const id of before) expect((await postEnterprise(server, id)).status).toBe(201);

    const filler = fill(mount);
    // 60 kB of description: more than the slack of the journal's last page, so its append is the one that fails
    const refusedId = 'full-refused';
    const refused = await postEnterprise(server, refusedId, { description: '船'.repeat(20_000) });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(((await refused.json()) as { detail: string }).detail).toMatch(
      /snapshot\.json\.journal cannot be written \(ENOSPC\)/,
    );
    // alive, and the refused write was not applied in memory either
    expect((await fetch(server.url('/healthz'))).status).toBe(200);
    expect(await enterpriseExists(server, refusedId)).toBe(false);

    // a graceful stop on the full disk: the snapshot cannot be written, the journal is kept, no temp file
    process.kill(server.child.pid!, 'SIGTERM');
    await server.exited;
    expect(server.log).not.toMatch(/unhandled|ENOSPC.*\n\s+at /i);
    expect(readdirSync(path.join(mount, 'data')).filter((f) => f.includes('.tmp'))).toEqual([]);

    rmSync(filler);
    server = await ServerProcess.start(env(), port);
    for (const id of before) expect(await enterpriseExists(server, id)).toBe(true);
    expect(await enterpriseExists(server, refusedId)).toBe(false);
    // the store writes again once there is room
    expect((await postEnterprise(server, 'full-after')).status).toBe(201);
  }, 120_000);
});

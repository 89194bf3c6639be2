import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, SERVER_ADMIN_KEY, ServerProcess } from '../helpers/server-process';
import { until } from '../helpers/until';

const ROOT = path.resolve(__dirname, '../..');

/** What `npm start` shows: a handful of readable lines, one saying where and how to sign in; a taken port in one line. */
describe('starting the server', () => {
  let dir: string;
  const env = () => ({
    REDCHAIN_SNAPSHOT: path.join(dir, 'data', 'snapshot.json'),
    REDCHAIN_UPLOAD_DIR: path.join(dir, 'uploads'),
    NEO4J_URI: '',
    REDIS_URL: '',
  });

  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-start-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** One start that is expected to fail: its exit code and what it wrote. */
  async function failedStart(port: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...env(), LOG_LEVEL: 'info', PORT: String(port), HOST: '127.0.0.1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { code, stdout, stderr };
  }

  test('when the port is taken, then one line says so and what to do, and the exit code is 1', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as net.AddressInfo;
    try {
      const { code, stdout, stderr } = await failedStart(port);
      expect(code).toBe(1);
      expect(stderr).toBe(`redchain: port ${port} is in use — set PORT to another port\n`);
      expect(stdout).not.toMatch(/EADDRINUSE|listening/);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 60_000);

  test('when a second server is started on the data of a running one, then one line names the first and what to do, and the first keeps serving', async () => {
    const first = await ServerProcess.start({ ...env(), REDCHAIN_ADMIN_KEY: SERVER_ADMIN_KEY }, await freePort());
    try {
      const { code, stdout, stderr } = await failedStart(await freePort());
      expect(code).toBe(1);
      expect(stderr).toBe(
        `redchain: another redchain (pid ${first.child.pid}) is running on the data directory ${path.join(dir, 'data')} — use that one, or stop it first; a second server needs its own REDCHAIN_SNAPSHOT\n`,
      );
      expect(stdout).not.toMatch(/listening/);
      expect((await fetch(first.url('/healthz'))).status).toBe(200);
    } finally {
      await first.kill();
    }
  }, 120_000);

  test('when the demo starts in a terminal, then a handful of readable lines, one with the address and the key to use', async () => {
    const port = await freePort();
    const server = await ServerProcess.start(
      { ...env(), REDCHAIN_ADMIN_KEY: SERVER_ADMIN_KEY, LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' },
      port,
    );
    try {
      // the demo's lists are computed by some 250 jobs after the start: wait until they are done
      await until(
        async () =>
          (
            await fetch(server.url('/api/v1/enterprises/ent-zj-shipyard/partners?direction=upstream'), {
              headers: { authorization: `Bearer ${SERVER_ADMIN_KEY}` },
            })
          ).status === 200,
        60_000,
        'the demo’s partner lists',
      );
      // each request is one short line (written as the answer finishes: wait for the last one)
      const requestLine = /INFO: GET \/api\/v1\/enterprises\/ent-zj-shipyard\/partners\?direction=upstream 200 \d+ms$/m;
      await until(async () => requestLine.test(server.log), 10_000, 'the request line');
      const lines = server.log.trim().split('\n');
      const ready = lines.filter((line) => line.includes('redchain listening on'));
      expect(ready).toHaveLength(1);
      expect(ready[0]).toContain(
        `redchain listening on http://127.0.0.1:${port} — sign in with the key in REDCHAIN_ADMIN_KEY`,
      );
      expect(server.log).not.toContain('job done');
      expect(server.log).not.toMatch(/^\{/m);
      // the rest is the start itself
      expect(lines.filter((line) => !/: GET \//.test(line)).length).toBeLessThanOrEqual(6);
    } finally {
      await server.kill();
    }
  }, 120_000);
});

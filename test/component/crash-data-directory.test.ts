import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { freePort, runCli, SERVER_ADMIN_KEY, ServerProcess } from '../helpers/server-process';
import { enterpriseExists, postEnterprise } from '../helpers/write-load';

/** The data directory of the embedded default, as the server and the redchain command meet it. */
describe('the embedded default and its data directory', () => {
  let dir: string;
  let data: string;
  let port: number;
  let server: ServerProcess | null = null;
  const env = () => ({
    REDCHAIN_SNAPSHOT: path.join(data, 'snapshot.json'),
    REDCHAIN_UPLOAD_DIR: path.join(dir, 'uploads'),
    REDCHAIN_ADMIN_KEY: SERVER_ADMIN_KEY,
    NEO4J_URI: '',
    REDIS_URL: '',
  });

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-datadir-'));
    data = path.join(dir, 'data');
    port = await freePort();
  });
  afterEach(async () => {
    await server?.kill();
    server = null;
    rmSync(dir, { recursive: true, force: true });
  });

  async function regionCount(): Promise<number> {
    const res = await fetch(server!.url('/api/v1/regions?limit=1000'), {
      headers: { authorization: `Bearer ${SERVER_ADMIN_KEY}` },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: unknown[] }).items.length;
  }

  test('when the server runs, then `redchain import` is refused naming its pid, `keys create` works, and files are private', async () => {
    server = await ServerProcess.start(env(), port);
    const file = path.join(dir, 'enterprises.csv');
    writeFileSync(file, 'id,name,scale\ncli-1,某某配套有限公司,small\n');
    const refused = await runCli(['import', file], env());
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `redchain: the server (pid ${server.child.pid}) holds the data directory ${data}: import through the API (POST /api/v1/import) or stop the server first`,
    );
    const key = await runCli(['keys', 'create', '--role', 'viewer', '--name', 'beside the server'], env());
    expect(key.code).toBe(0);
    const res = await fetch(server.url('/api/v1/regions'), {
      headers: { authorization: `Bearer ${key.stdout.trim()}` },
    });
    expect(res.status).toBe(200);
    expect((await postEnterprise(server, 'private-1')).status).toBe(201);
    for (const name of ['snapshot.json.journal', 'audit.jsonl', 'keys.json', 'redchain.lock'])
      expect([name, statSync(path.join(data, name)).mode & 0o777]).toEqual([name, 0o600]);
    expect(statSync(data).mode & 0o777).toBe(0o700);

    await server.kill();
    server = null;
    // the killed server's lock is stale: the command takes it over
    const imported = await runCli(['import', file], env());
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('enterprises: 1 received, 1 imported, 0 rejected');
  }, 120_000);

  test('when the data directory held data and its graph is empty now, then the demo is not loaded again', async () => {
    const store = await MemoryGraphStore.open({ snapshotFile: path.join(data, 'snapshot.json') });
    await store.upsertNodes('Region', [{ id: 'gone', name: '曾经', level: 'park' }]);
    await store.deleteNode('Region', 'gone');
    await store.close();
    expect(JSON.parse(readFileSync(path.join(data, 'snapshot.json'), 'utf8')).graph.nodes).toEqual([]);
    server = await ServerProcess.start(env(), port);
    expect(await regionCount()).toBe(0);
  }, 120_000);

  test('when the snapshot is missing but the journal is there, then the journal is loaded as it is, without the demo', async () => {
    server = await ServerProcess.start(env(), port);
    expect(await regionCount()).toBe(25); // a fresh directory: the articles' dataset
    expect((await postEnterprise(server, 'kept-1')).status).toBe(201);
    await server.kill();
    rmSync(path.join(data, 'snapshot.json'), { force: true });
    server = await ServerProcess.start(env(), port);
    expect(await enterpriseExists(server, 'kept-1')).toBe(true);
    expect(await regionCount()).toBe(25);
  }, 120_000);

  test('when the snapshot is damaged, then the start stops with one line naming it', async () => {
    server = await ServerProcess.start(env(), port);
    await server.kill();
    // a snapshot cut short (as a copy interrupted, or a disk error, would leave it)
    const snapshot = path.join(data, 'snapshot.json');
    writeFileSync(snapshot, '{"format":"redchain-snapshot/1","lastSeq":3,"graph":{"nodes":[{"key":"Region|r');
    await expect(ServerProcess.start(env(), port)).rejects.toThrow(
      new RegExp(
        `exited \\(1\\) at start:\\nredchain: ${snapshot.replace(/[.]/g, '\\.')} is damaged \\(not JSON: [^\\n]*\\): restore it from a backup, or move it away to start from its journal alone\\n$`,
      ),
    );
  }, 120_000);

  test('when keys.json is damaged while the server runs, then keyed requests and /readyz answer 503 naming it, and a restart stops naming it', async () => {
    server = await ServerProcess.start(env(), port);
    const key = (await runCli(['keys', 'create', '--role', 'viewer'], env())).stdout.trim();
    const keys = path.join(data, 'keys.json');
    writeFileSync(keys, '[{"id": "broken');
    const res = await fetch(server.url('/api/v1/regions'), { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { detail: string }).detail).toContain(`${keys} is damaged`);
    const ready = await fetch(server.url('/readyz'));
    expect(ready.status).toBe(503);
    expect(JSON.stringify(await ready.json())).toContain(`${keys} is damaged`);

    await server.kill();
    server = null;
    await expect(ServerProcess.start(env(), port)).rejects.toThrow(`redchain: ${keys} is damaged`);
  }, 120_000);

  test('when the last line of the audit log is torn, then it is dropped, the file repaired, and the server starts', async () => {
    server = await ServerProcess.start(env(), port);
    expect((await postEnterprise(server, 'audited-1')).status).toBe(201);
    await server.kill();
    const audit = path.join(data, 'audit.jsonl');
    const whole = readFileSync(audit, 'utf8');
    writeFileSync(audit, `${whole}{"id":"2026-torn`);
    server = await ServerProcess.start(env(), port);
    expect(readFileSync(audit, 'utf8')).toBe(whole);
    expect(server.log).toContain(`${audit}: dropped a torn last line`);
    expect((await postEnterprise(server, 'audited-2')).status).toBe(201);
  }, 120_000);
});

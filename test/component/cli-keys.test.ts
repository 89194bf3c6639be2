import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { CachedAccessStore } from '../../src/access/cached-access-store';
import { FileAccessStore } from '../../src/access/file-access-store';
import { createApp } from '../../src/api/app';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';
import { redchain as redchainOn } from './redchain-command';

/** `redchain keys revoke`: a key that leaves with its holder stops working, and the log says who stopped it. */
describe('the redchain keys commands', () => {
  let dir: string;
  let data: string;
  const redchain = (...args: string[]) => redchainOn(path.join(data, 'snapshot.json'), ...args);

  /** The API as a process started after the command would serve it, on the data directory's key store. */
  async function apiOnTheDataDirectory() {
    const api = { ...plainApiContext(await MemoryGraphStore.open()) };
    api.access = new CachedAccessStore(FileAccessStore.open(data));
    return createApp({ api, adminKey: BOOTSTRAP_ADMIN_KEY });
  }

  async function createKey(name: string): Promise<{ key: string; id: string }> {
    const made = await redchain('keys', 'create', '--role', 'viewer', '--name', name);
    expect(made.code).toBe(0);
    return { key: made.stdout.trim(), id: /^created key (\S+) /.exec(made.stderr)![1]! };
  }

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-cli-keys-'));
    data = path.join(dir, 'data');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('when a key is revoked with the command, then the API refuses it 401 and the audit log names the command', async () => {
    const { key, id } = await createKey('leaving staff');
    const kept = await createKey('staying staff');
    const before = await apiOnTheDataDirectory();
    expect((await request(before).get('/api/v1/regions').set('Authorization', `Bearer ${key}`)).status).toBe(200);

    const revoked = await redchain('keys', 'revoke', id);
    expect(revoked).toMatchObject({ code: 0, stderr: '' });
    expect(revoked.stdout).toMatch(
      new RegExp(`^revoked key ${id} at \\S+; every API process refuses it within 30 s\\n$`),
    );

    const app = await apiOnTheDataDirectory();
    const refused = await request(app).get('/api/v1/regions').set('Authorization', `Bearer ${key}`);
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/^the API key was revoked at /);
    expect((await request(app).get('/api/v1/regions').set('Authorization', `Bearer ${kept.key}`)).status).toBe(200);
    const audit = await request(app)
      .get(`/api/v1/audit?target=${id}`)
      .set('Authorization', `Bearer ${BOOTSTRAP_ADMIN_KEY}`);
    expect(audit.body.items).toMatchObject([
      { action: 'key.revoke', keyId: 'cli', role: 'admin', target: { kind: 'ApiKey', id }, before: null },
    ]);
    const listed = (await redchain('keys', 'list')).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(listed.find((k: { id: string }) => k.id === id).revokedAt).toEqual(expect.any(String));
  }, 60_000);

  test('when the key is unknown or revoked already, then the command says so and exits 1', async () => {
    const { id } = await createKey('twice');
    expect((await redchain('keys', 'revoke', id)).code).toBe(0);
    for (const which of [id, 'rk-nobody']) {
      const again = await redchain('keys', 'revoke', which);
      expect({ which, code: again.code, stderr: again.stderr }).toEqual({
        which,
        code: 1,
        stderr: `redchain: live API key '${which}' was not found\n`,
      });
    }
  }, 60_000);

  test('when the server holds the embedded data directory, then the command is refused, pointing to the API', async () => {
    const { key, id } = await createKey('beside the server');
    // a live process holding the lock, as a running server does
    writeFileSync(
      path.join(data, 'redchain.lock'),
      JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }),
    );
    const refused = await redchain('keys', 'revoke', id);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `redchain: the server (pid ${process.pid}) holds the data directory ${data}: revoke through the API (DELETE /api/v1/keys/${id} with an admin key) or stop the server first\n`,
    );
    const app = await apiOnTheDataDirectory();
    expect((await request(app).get('/api/v1/regions').set('Authorization', `Bearer ${key}`)).status).toBe(200);
  }, 60_000);
});

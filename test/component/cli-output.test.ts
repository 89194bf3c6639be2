import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI, redchain as redchainOn, ROOT, TSX } from './redchain-command';

/**
 * What the redchain command prints for park staff, on a small demo world (the articles' records in
 * a generated surrounding): a reader that stops early, a request no longer to dispatch, a near id,
 * a file that is not there, a generated record's source.
 */
describe('the redchain command, as read', () => {
  let dir: string;
  let snapshot: string;
  const redchain = (...args: string[]) => redchainOn(snapshot, ...args);

  /** The command with its standard output closed before it writes, as `… | head` leaves it. */
  function intoClosedPipe(...args: string[]): Promise<{ code: number | null; stderr: string }> {
    const env = { ...process.env, REDCHAIN_SNAPSHOT: snapshot, NEO4J_URI: '', REDIS_URL: '' };
    const child = spawn(TSX, [CLI, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-cli-output-'));
    snapshot = path.join(dir, 'demo.json');
    expect((await redchain('seed', '--demo', '--enterprises', '10')).code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('when the reader of the answer closes it early, then the command stops quietly with exit 0', async () => {
    for (const args of [
      ['partners', 'ent-zj-shipyard', '--direction', 'downstream'],
      ['members', '--mobile'],
    ]) {
      const result = await intoClosedPipe(...args);
      expect({ args, ...result }).toEqual({ args, code: 0, stderr: '' });
    }
  });

  test('when a closed request is dispatched, then the heading says it is closed and still ranks', async () => {
    const result = await redchain('dispatch', 'req-kdjz-tech-manager');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('诉求「引进技术经理」（人才招引，已反馈，不再派单）的派单建议：');
    expect(result.stdout).toMatch(/^1\. /m);
  });

  test('when a chain is given by a shortened or mistyped id, then the id it means is suggested', async () => {
    for (const chain of ['chain-marine', 'chain-marin-ofshore']) {
      const result = await redchain('lists', '--chain', chain);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`chain 「${chain}」 not found; the nearest:\n  chain-marine-offshore  `);
      expect(result.stdout).toBe('');
    }
  });

  test('when the file to import is not there, then it says so in words, naming the file', async () => {
    const result = await redchain('import', path.join(dir, '企业.csv'), '--dry-run');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`redchain: no such file: ${path.join(dir, '企业.csv')}\n`);
  });

  test('when the lists show a generated resource, then its source reads 合成 as on the page', async () => {
    const result = await redchain('lists', '--chain', 'chain-lithium-battery');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('来源：合成）');
    expect(result.stdout).toMatch(/来源：article:\w+）/);
    expect(result.stdout).not.toContain('generated');
  });
});

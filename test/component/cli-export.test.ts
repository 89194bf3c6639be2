import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { redchain as redchainOn } from './redchain-command';

/**
 * `redchain export` as an operator runs it for a backup: the file holds party membership and
 * contact data, so nobody but its owner may read it, however it got there.
 */
describe('the redchain export command', () => {
  let dir: string;
  let snapshot: string;
  const redchain = (...args: string[]) => redchainOn(snapshot, ...args);
  const modeOf = (file: string) => statSync(file).mode & 0o777;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-cli-export-'));
    snapshot = path.join(dir, 'data', 'snapshot.json');
    expect((await redchain('seed', '--articles')).code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('when the graph is exported to a new file and over an old world-readable one, then both are 0600', async () => {
    const fresh = path.join(dir, 'graph.json');
    expect((await redchain('export', '--format', 'json', '--out', fresh)).code).toBe(0);
    expect(modeOf(fresh)).toBe(0o600);

    const old = path.join(dir, 'graph-old.xlsx');
    writeFileSync(old, 'an export of last week');
    chmodSync(old, 0o644);
    expect((await redchain('export', '--format', 'xlsx', '--out', old)).code).toBe(0);
    expect(modeOf(old)).toBe(0o600);
    expect(statSync(old).size).toBeGreaterThan('an export of last week'.length);
  });

  test('when the folder to export to does not exist, then it is made 0700 and the file written 0600', async () => {
    const folder = path.join(dir, 'backup', 'nightly');
    const file = path.join(folder, 'graph.json');
    const result = await redchain('export', '--format', 'json', '--out', file);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(modeOf(path.join(dir, 'backup'))).toBe(0o700);
    expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(file)).toBe(0o600);

    const csv = path.join(dir, 'csv-export');
    expect((await redchain('export', '--format', 'csv', '--out', csv)).code).toBe(0);
    expect(modeOf(csv)).toBe(0o700);
    const files = readdirSync(csv);
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) expect([name, modeOf(path.join(csv, name))]).toEqual([name, 0o600]);
  });

  test('when the path cannot be written, then one line names it and why, without a stack trace', async () => {
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, '');
    const out = path.join(blocker, 'graph.json');
    const result = await redchain('export', '--format', 'json', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`redchain: cannot write ${out} (a file is in the way of its folder)\n`);
  });

  test('when the help is asked for, then it says the files are private and missing folders are made', async () => {
    const help = (await redchain('export', '--help')).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('0600');
    expect(help).toContain('its missing folders made');
  });
});

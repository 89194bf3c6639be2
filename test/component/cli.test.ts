import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI, redchain, ROOT, run, TSX } from './redchain-command';

describe('the redchain command', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('when the articles are seeded and a short name is resolved, then it is the full enterprise', async () => {
    const snapshot = path.join(dir, 'seed.json');
    const seeded = await redchain(snapshot, 'seed', '--articles');
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/enterprises: \d+ received, \d+ imported, 0 rejected/);
    expect(seeded.stdout).toMatch(/in the graph now: Region 25, Chain 17/);
    const resolved = await redchain(snapshot, 'resolve', '镇江船厂', '--json');
    expect(JSON.parse(resolved.stdout)).toMatchObject({
      outcome: 'match',
      id: 'ent-zj-shipyard',
      name: '江苏省镇江船厂（集团）有限公司',
    });
  });

  test('when a file with broken rows is imported, then the report names each with its line', async () => {
    const snapshot = path.join(dir, 'import.json');
    const file = path.join(dir, 'enterprises.csv');
    writeFileSync(file, 'id,name,scale\ne-1,某某配套有限公司,small\ne-2,,medium\n');
    const result = await redchain(snapshot, 'import', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('enterprises: 2 received, 1 imported, 1 rejected');
    expect(result.stdout).toContain('rejected enterprises[1] (line 3) e-2: name: is required');
  });

  test('when the configuration is bad, then the command fails naming the variable', async () => {
    const result = await run(TSX, [CLI, 'resolve', 'x'], { cwd: ROOT, env: { ...process.env, PORT: 'eighty' } }).catch(
      (e: { stderr: string; code: number }) => e,
    );
    expect((result as { code: number }).code).toBe(1);
    expect((result as { stderr: string }).stderr).toContain('PORT: must be a number (got "eighty")');
  });
});

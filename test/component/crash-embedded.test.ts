import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, SERVER_ADMIN_KEY, ServerProcess } from '../helpers/server-process';
import { enterpriseExists, WriteLoad } from '../helpers/write-load';

const KILLS = 20;

/**
 * The embedded default (memory store, jobs in process) as a real process, SIGKILLed while it is
 * answering writes: every write it answered 201 must be there after the restart.
 */
describe('the embedded default killed during writes', () => {
  let dir: string;
  let port: number;
  let server: ServerProcess | null = null;
  const env = () => ({
    REDCHAIN_SNAPSHOT: path.join(dir, 'data', 'snapshot.json'),
    REDCHAIN_UPLOAD_DIR: path.join(dir, 'uploads'),
    REDCHAIN_ADMIN_KEY: SERVER_ADMIN_KEY,
    NEO4J_URI: '',
    REDIS_URL: '',
  });

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-crash-'));
    port = await freePort();
  });
  afterEach(async () => {
    await server?.kill();
    server = null;
    rmSync(dir, { recursive: true, force: true });
  });

  async function missingOf(ids: string[]): Promise<string[]> {
    const missing: string[] = [];
    for (const id of ids) if (!(await enterpriseExists(server!, id))) missing.push(id);
    return missing;
  }

  test('when it is killed 0.1 s after the 50th acknowledged write, then all 50 are there after the restart', async () => {
    server = await ServerProcess.start(env(), port);
    let fiftieth!: () => void;
    const reached = new Promise<void>((resolve) => (fiftieth = resolve));
    const load = new WriteLoad(server, 'crash50', 1, (count) => count === 50 && fiftieth());
    await reached;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await server.kill();
    await load.stop();
    const acknowledged = load.acknowledged.slice(0, 50);
    server = await ServerProcess.start(env(), port);
    const missing = await missingOf(acknowledged);
    console.log(`killed 0.1 s after the 50th acknowledged write: ${50 - missing.length} of 50 present`);
    expect(missing).toEqual([]);
    expect(load.unexpected).toEqual([]);
  }, 120_000);

  test(`when it is SIGKILLed ${KILLS} times at random moments, then it starts every time and no acknowledged write is lost`, async () => {
    const acknowledged: string[] = [];
    const unexpected: string[] = [];
    for (let round = 0; round < KILLS; round++) {
      server = await ServerProcess.start(env(), port);
      // what the previous rounds acknowledged is still there after this restart
      expect(await missingOf(acknowledged.slice(-40))).toEqual([]);
      const load = new WriteLoad(server, `crash-r${round}`, 4);
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 900));
      await server.kill();
      await load.stop();
      acknowledged.push(...load.acknowledged);
      unexpected.push(...load.unexpected);
    }
    server = await ServerProcess.start(env(), port);
    const missing = await missingOf(acknowledged);
    console.log(
      `${KILLS} SIGKILLs during writes: ${acknowledged.length} acknowledged, ${acknowledged.length - missing.length} present, ${missing.length} lost`,
    );
    expect(acknowledged.length).toBeGreaterThan(KILLS);
    expect(missing).toEqual([]);
    expect(unexpected).toEqual([]);
  }, 300_000);
});

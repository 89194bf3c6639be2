import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { redchain as redchainOn } from './redchain-command';

/**
 * The redchain command taking names where it takes ids, its readable resolve, its dispatch
 * command and its empty lists, on the articles' dataset in an embedded store of its own.
 */
describe('the redchain command, by name', () => {
  let dir: string;
  let snapshot: string;
  const redchain = (...args: string[]) => redchainOn(snapshot, ...args);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-cli-names-'));
    snapshot = path.join(dir, 'articles.json');
    expect((await redchain('seed', '--articles')).code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('when an enterprise is given by a short name that fits one, then it is used and named', async () => {
    const result = await redchain('partners', '镇江船厂', '--limit', '1');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('镇江船厂 → ent-zj-shipyard 江苏省镇江船厂（集团）有限公司');
    expect(result.stdout).toContain('1. 中船动力（集团）有限公司');
    // with --json the answer stays JSON; which enterprise, beside it
    const json = await redchain('partners', '镇江船厂', '--limit', '1', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ enterprise: { id: 'ent-zj-shipyard' } });
    expect(json.stderr).toContain('镇江船厂 → ent-zj-shipyard');
  });

  test('when a name fits several, then they are listed and the command exits 2 asking to choose', async () => {
    const result = await redchain('gaps', 'chain-lithium-battery', '--region', '白银');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('「白银」 fits several regions; choose one by its id:');
    expect(result.stderr).toContain('region-baiyin  白银市');
    expect(result.stderr).toContain('region-by-hitech  白银高新区');
    expect(result.stdout).toBe('');
  });

  test('when a name fits none, then it is not found with the nearest names', async () => {
    const result = await redchain('partners', '镇江船舶厂');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('enterprise 「镇江船舶厂」 not found; the nearest:');
    expect(result.stderr).toContain('ent-zj-shipyard  江苏省镇江船厂（集团）有限公司');
  });

  test('when a problem, a chain and a region are given by name, then each settles on its id', async () => {
    const tackle = await redchain('tackle', '激光雷达');
    expect(tackle.stdout).toContain('激光雷达 → prob-lidar 高精度激光雷达研发瓶颈');
    const gaps = await redchain('gaps', '锂电池', '--region', '白银高新区');
    expect(gaps.code).toBe(0);
    expect(gaps.stdout).toContain('锂电池 → chain-lithium-battery');
    expect(gaps.stdout).toContain('白银高新区 → region-by-hitech 白银高新区');
  });

  test('when a name is resolved, then one readable line says which enterprise it is', async () => {
    const result = await redchain('resolve', '镇江船厂');
    expect(result.stdout.split('\n')[0]).toBe('match: 江苏省镇江船厂（集团）有限公司 (ent-zj-shipyard)');
    const ambiguous = await redchain('resolve', '湖北');
    expect(ambiguous.stdout).toMatch(/^ambiguous: \d+ enterprises fit/);
    expect(ambiguous.stdout).toContain('(ent-hubei-midea)');
  });

  test('when a list is empty, then it says why instead of an empty heading', async () => {
    const tackle = await redchain('tackle', 'prob-lidar');
    expect(tackle.stdout).toContain('候选专家：无（没有专家的作品或技能与此难题相关）');
    const dispatch = await redchain('dispatch', 'req-kdjz-tech-manager');
    expect(dispatch.code).toBe(0);
    expect(dispatch.stdout).toMatch(/^诉求「引进技术经理」（.+）的派单建议：无（.+）$/m);
    // a heading is followed by its list or says why there is none
    for (const out of [tackle.stdout, dispatch.stdout]) expect(out).not.toMatch(/：\n(?!1\. )/);
  });
});

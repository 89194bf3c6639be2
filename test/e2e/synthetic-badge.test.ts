import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * The demo world in a real browser: a generated candidate carries a 合成 badge beside its name,
 * an article's real enterprise or institution none, so nobody takes a made-up record for a real one.
 */
describe('the 合成 badge on the demo world', () => {
  const web = webAppInBrowser({ world: 'demo' });

  test('when 镇江船厂’s upstream candidates show, then generated ones carry 合成 and 中船动力 carries none', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/partners?id=ent-zj-shipyard`, web.app.keys.secretary);
    const upstream = page.getByRole('region', { name: '上游供应候选' });
    await textOnceShown(upstream.locator('.candidate-name'), '中船动力（集团）有限公司');
    const real = upstream.locator('[data-candidate="ent-cssc-power"]');
    await expect(real.locator('.badge-synthetic').count()).resolves.toBe(0);
    const generated = upstream.locator('.candidate:has(.badge-synthetic)');
    expect(await generated.count()).toBeGreaterThan(0);
    await expect(generated.first().getAttribute('data-candidate')).resolves.toMatch(/^demo-ent-/u);
    await expect(generated.first().locator('.badge-synthetic').textContent()).resolves.toBe('合成');
    await screenshot(page, 'synthetic-badge');
    expect(problems).toEqual([]);
  });

  test('when the lidar problem opens, then its generated experts carry 合成 and 湖北江城实验室 carries none', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling`, web.app.keys.university);
    await page.getByRole('tab', { name: '攻关中' }).click();
    await page.getByRole('button', { name: /高精度激光雷达研发瓶颈/ }).click();
    const detail = page.getByRole('region', { name: '高精度激光雷达研发瓶颈' });
    const experts = detail.getByRole('region', { name: '候选专家' });
    await textOnceShown(experts.locator('.candidate'), '激光雷达');
    const shown = await experts.locator('.candidate').count();
    expect(shown).toBeGreaterThan(0);
    await expect(experts.locator('.candidate .badge-synthetic').count()).resolves.toBe(shown);
    const institutions = detail.getByRole('region', { name: '候选机构' });
    const lab = institutions.locator('[data-candidate="inst-jiangcheng-lab"]');
    await expect(lab.locator('.candidate-name').textContent()).resolves.toBe('湖北江城实验室');
    await expect(lab.locator('.badge-synthetic').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  test('when the page is switched to English, then the badge reads “synthetic”', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/partners?id=ent-zj-shipyard`, web.app.keys.viewer);
    await page.getByRole('button', { name: 'English' }).click();
    const upstream = page.getByRole('region', { name: 'Upstream candidates (suppliers)' });
    expect(await textOnceShown(upstream.locator('.badge-synthetic').first(), 'synthetic')).toBe('synthetic');
    expect(problems).toEqual([]);
  });
});

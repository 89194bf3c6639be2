import { PHONE, screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * 人才引育 in a real browser: a chain secretary reads the optoelectronics catalogue of the offshore
 * park (000's technical manager, filled in 18 days), opens a new need's candidates, records the
 * hire from them and sees the need filled; the job fair seats the candidate; the English view too.
 */
describe('the talent page (人才引育)', () => {
  const web = webAppInBrowser();
  const where = 'chain=chain-optoelectronics&region=region-xn-offshore-park';

  beforeAll(async () => {
    const posted = await fetch(`${web.app.url}api/v1/talent-needs`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${web.app.keys.admin}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: 'tn-e2e-quartz',
        title: '石英玻璃工艺工程师',
        skills: ['石英玻璃'],
        enterpriseId: 'ent-kdjz',
        chainIds: ['chain-optoelectronics'],
        postedAt: '2026-11-01',
      }),
    });
    expect(posted.status).toBe(201);
  });

  test('when the catalogue is read and a need’s candidate is hired, then the need is filled and its days to fill are shown', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/talent?${where}`, web.app.keys.secretary);
    const catalogue = page.getByRole('region', { name: '急需紧缺人才目录' });
    expect(await textOnceShown(catalogue.locator('table.catalogue tbody tr'), '石英玻璃工艺工程师')).toContain(
      '工程技术人才',
    );
    expect(await catalogue.locator('.summary').textContent()).toContain('到岗用时中位数（天） 18');
    const needs = page.getByRole('region', { name: '人才需求' });
    const manager = needs.locator('tr', { hasText: '技术经理' });
    await expect(manager.textContent()).resolves.toMatch(/科大集智技术湖北有限公司已到岗2025年9月1日18报道 000/);
    await screenshot(page, 'talent-catalogue');

    await needs.getByRole('button', { name: '石英玻璃工艺工程师' }).click();
    const candidates = page.getByRole('region', { name: '人才推荐' });
    const first = candidates.locator('tbody tr').first();
    expect(await textOnceShown(first.locator('.candidate-name'), '孙绯')).toBe('孙绯');
    await expect(first.textContent()).resolves.toContain('技能匹配：石英玻璃');
    const fair = page.getByRole('region', { name: '链上专场招聘会' });
    expect(await textOnceShown(fair.locator('table.job-fair tbody tr'), '孙绯')).toContain('石英玻璃工艺工程师');

    await first.getByRole('button', { name: '记录引进' }).click();
    expect(await textOnceShown(candidates.getByRole('status'), '已记录引进')).toMatch(/已记录引进，用时（天）：\d+/);
    expect(await textOnceShown(needs.locator('tr', { hasText: '石英玻璃工艺工程师' }), '已到岗')).toContain('已到岗');
    await screenshot(page, 'talent-hired');
    expect(problems).toEqual([]);
  });

  test('when the page is opened on a phone in English, then the catalogue and the needs speak English', async () => {
    const { page, problems } = await watchedPage(web.browser, PHONE);
    await signIn(page, `${web.app.url}#/talent?${where}`, web.app.keys.viewer);
    await page.getByRole('button', { name: 'English' }).click();
    const needs = page.getByRole('region', { name: 'Talent needs' });
    expect(await textOnceShown(needs.locator('tr', { hasText: '技术经理' }), 'filled')).toMatch(/1 Sept? 2025/);
    await expect(page.getByRole('region', { name: 'Scarce-talent catalogue' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'talent-phone-en');
    expect(problems).toEqual([]);
  });
});

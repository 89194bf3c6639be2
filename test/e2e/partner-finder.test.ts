import { PHONE, screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/** 上下游配套 in a real browser: a chain party secretary finds 镇江船厂 by its short name. */
describe('the partner finder page (上下游配套)', () => {
  const web = webAppInBrowser();

  test('when 镇江船厂 is searched by its short name, then the shipyard opens with 中船动力 first upstream and the party-organisation path drawn', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/partners`, web.app.keys.secretary);
    await page.getByRole('searchbox', { name: '企业名称（全称、简称或别名）' }).fill('镇江船厂');
    await page.getByRole('button', { name: '查找' }).click();
    await expect(page.locator('.enterprise-name').textContent()).resolves.toBe('江苏省镇江船厂（集团）有限公司');
    const upstream = page.getByRole('region', { name: '上游供应候选' });
    const first = upstream.locator('.candidate').first();
    await expect(first.locator('.candidate-name').textContent()).resolves.toBe('中船动力（集团）有限公司');
    await expect(first.textContent()).resolves.toContain('同属镇江高新区');
    const path = first.getByRole('img', { name: /党组织引荐路径/ });
    await expect(path.getAttribute('aria-label')).resolves.toContain('镇江高新区产业链联合党委');
    await screenshot(page, 'partner-finder');
    expect(problems).toEqual([]);
  });

  test('when the shipyard is opened, then its meeting plan opens on its own park and chain, and 中船动力 meets the shipyard', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/partners?id=ent-zj-shipyard`, web.app.keys.secretary);
    const plan = page.getByRole('region', { name: '供需对接会安排' });
    // nothing chosen by hand: the enterprise's region and chain are preselected
    expect(await textOnceShown(plan.getByLabel('产业链').locator('option:checked'), '船舶')).toBe('高技术船舶海工装备');
    expect(await plan.getByLabel('地区').locator('option:checked').textContent()).toBe('镇江高新区');
    const row = plan.locator('table.meetings tbody tr').first();
    await expect(row.locator('td').nth(0).textContent()).resolves.toBe('中船动力（集团）有限公司');
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe('江苏省镇江船厂（集团）有限公司');
    expect(problems).toEqual([]);
  });

  test('when the page is opened on a phone in English, then the partners show with English reasons', async () => {
    const { page, problems } = await watchedPage(web.browser, PHONE);
    await signIn(page, `${web.app.url}#/partners?id=ent-zj-shipyard`, web.app.keys.viewer);
    await page.getByRole('button', { name: 'English' }).click();
    const upstream = page.getByRole('region', { name: 'Upstream candidates (suppliers)' });
    expect(await textOnceShown(upstream.locator('.candidate'), 'both in 镇江高新区')).toContain(
      '中船动力（集团）有限公司',
    );
    await screenshot(page, 'partner-finder-phone-en');
    expect(problems).toEqual([]);
  });
});

import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * 数据导入 → 挂链审核 in a real browser: park staff import a registry roster (Chinese headers, no
 * ids), the enterprise the classifier was not sure of waits in the queue with its evidence, and
 * accepting its best candidate takes it out of the list.
 */
describe('the 挂链 review page (数据导入 → 挂链审核)', () => {
  const web = webAppInBrowser();

  test('when a roster with a low-confidence enterprise is imported, then 挂链审核 shows it with its candidates and evidence, and accepting the best candidate takes it off the list', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/import`, web.app.keys.secretary);
    const csv = [
      '企业名称,统一社会信用代码,登记状态,经营范围,所属行业,住所',
      // a battery part maker saying little of what it makes: its industry class is all the classifier has
      '白银恒拓电源配件有限公司,91620400MA7K2E3X1Y,存续,电池零配件生产；技术服务、技术开发,C3849,甘肃省白银市白银高新区高新大道8号',
      // a clear one: placed without review
      '白银储能技术服务有限公司,91620400MA7K2E3Y0W,存续,储能技术服务；电池销售,,甘肃省白银市白银高新区银山路2号',
    ].join('\n');
    await page.getByLabel('文件').setInputFiles({ name: '企业.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: '开始导入' }).click();
    expect(await textOnceShown(page.locator('.job-state'), '已完成')).toBe('已完成 100%');

    await page.getByRole('tab', { name: '挂链审核' }).click();
    const queue = page.getByRole('region', { name: '挂链审核' });
    const row = queue.locator('tr', { hasText: '白银恒拓电源配件有限公司' });
    await row.waitFor();
    expect(await queue.locator('tr', { hasText: '白银储能技术服务有限公司' }).count()).toBe(0);
    const candidates = row.locator('.placement-candidates li');
    expect(await candidates.count()).toBeGreaterThan(1);
    expect(await candidates.first().textContent()).toMatch(/行业.*3849/u);
    await screenshot(page, 'placement-review');

    await row.getByRole('checkbox').check();
    await queue.getByRole('button', { name: /接受所选企业的首选环节/u }).click();
    expect(await textOnceShown(queue.getByRole('status'), '已处理企业')).toMatch(/已处理企业 1 · 挂链 1/u);
    await row.waitFor({ state: 'detached' });
    // read again from the API: the decision is the queue's, not only the page's
    await page.getByRole('tab', { name: '文件导入' }).click();
    await page.getByRole('tab', { name: '挂链审核' }).click();
    await queue.locator('p.muted, table.placement-queue').first().waitFor();
    expect(await queue.locator('tr', { hasText: '白银恒拓电源配件有限公司' }).count()).toBe(0);
    expect(problems).toEqual([]);
  }, 120_000);
});

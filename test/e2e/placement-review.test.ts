import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * 数据导入 → 挂链审核 in a real browser: park staff import a registry roster (Chinese headers, no
 * ids), the enterprise the classifier was not sure of waits in the queue with its evidence, and
 * accepting its best candidate takes it out of the list.
 */
describe('the 挂链 review page (数据导入 → 挂链审核)', () => {
  const web = webAppInBrowser();

  test('when a roster with enterprises the classifier is unsure of is imported, then 挂链审核 lists them with candidates and evidence; one corrected to another segment of its chain and the rest accepted in bulk leave the list for good', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/import`, web.app.keys.secretary);
    const csv = [
      '企业名称,统一社会信用代码,登记状态,经营范围,所属行业,住所',
      // a battery part maker saying little of what it makes: its industry class is all the classifier has
      '白银恒拓电源配件有限公司,91620400MA7K2E3X1Y,存续,电池零配件生产；技术服务、技术开发,C3849,甘肃省白银市白银高新区高新大道8号',
      '白银睿岭材料科技有限公司,91620400MA7K2E3T2Y,存续,新材料技术推广服务；电子专用材料研发；化工产品销售（不含许可类化工产品）,,甘肃省白银市白银高新区银山路6号',
      '白银启明新能源科技有限公司,91620400MA7K2E3R57,在业,新能源技术研发；电池材料销售；技术服务,,甘肃省白银市白银高新区高新大道12号',
      // a clear one: placed without review
      '白银储能技术服务有限公司,91620400MA7K2E3Y0W,存续,储能技术服务；电池销售,,甘肃省白银市白银高新区银山路2号',
    ].join('\n');
    await page.getByLabel('文件').setInputFiles({ name: '企业.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: '开始导入' }).click();
    expect(await textOnceShown(page.locator('.job-state'), '已完成')).toBe('已完成 100%');

    const report = page.getByRole('region', { name: '导入报告' });
    expect(await textOnceShown(report.locator('p'), '已挂链')).toMatch(/已挂链 1 · 待审核 3/u);
    await report.getByRole('button', { name: '去挂链审核' }).click();
    const queue = page.getByRole('region', { name: '挂链审核' });
    const row = queue.locator('tr', { hasText: '白银恒拓电源配件有限公司' });
    await row.waitFor();
    expect(await queue.locator('tr', { hasText: '白银储能技术服务有限公司' }).count()).toBe(0);
    const candidates = row.locator('.placement-candidates li');
    expect(await candidates.count()).toBeGreaterThan(1);
    expect(await candidates.first().textContent()).toMatch(/行业.*3849/u);
    await screenshot(page, 'placement-review');

    // one corrected: another segment of a candidate's chain, picked from the chain's own list
    const other = queue.locator('tr', { hasText: '白银启明新能源科技有限公司' });
    await other.getByRole('button', { name: '更正' }).click();
    await other.getByLabel('改挂到环节').selectOption({ label: '动力电池系统 · 中游' });
    await other.getByRole('button', { name: '确定' }).click();
    expect(await textOnceShown(queue.getByRole('status'), '已处理企业')).toMatch(/已处理企业 1 · 挂链 1/u);
    await other.waitFor({ state: 'detached' });

    // the others accepted at once, each in its best candidate
    await queue.getByLabel('全选').check();
    await queue.getByRole('button', { name: '接受所选企业的首选环节 (2)' }).click();
    expect(await textOnceShown(queue.getByRole('status'), '已处理企业 2')).toMatch(/已处理企业 2 · 挂链 2/u);
    await row.waitFor({ state: 'detached' });
    expect(await textOnceShown(queue.locator('p.muted'), '没有待审核的企业')).toBe('没有待审核的企业');
    // read again from the API: the decision is the queue's, not only the page's
    await page.getByRole('tab', { name: '文件导入' }).click();
    await page.getByRole('tab', { name: '挂链审核' }).click();
    expect(await textOnceShown(queue.locator('p.muted'), '没有待审核的企业')).toBe('没有待审核的企业');
    expect(problems).toEqual([]);
  }, 120_000);
});

import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/** 数据导入 in a real browser: park staff upload a spreadsheet and read which rows were rejected and why. */
describe('the import page (数据导入)', () => {
  const web = webAppInBrowser();

  test('when a CSV with a bad row is imported, then the job finishes and the report names the rejected row by its line and reason', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/import`, web.app.keys.admin);
    const csv = [
      '编号,名称,规模,地区',
      'ent-e2e-good,镇江某船舶配套有限公司,小型,region-zj-hitech',
      'ent-e2e-bad,某不知何处企业有限公司,小型,region-nowhere',
    ].join('\n');
    await page.getByLabel('文件').setInputFiles({ name: '企业.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: '开始导入' }).click();
    expect(await textOnceShown(page.locator('.job-state'), '已完成')).toBe('已完成 100%');
    const report = page.getByRole('region', { name: '导入报告' });
    expect(await report.locator('tbody tr').first().locator('th, td').allTextContents()).toEqual([
      '企业',
      '2',
      '1',
      '1',
      '0',
    ]);
    const rejected = report.locator('table.rejected tbody tr');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.first().locator('td').allTextContents()).toEqual([
      '3',
      '企业[1] ent-e2e-bad',
      '地区',
      '本数据包与图谱中都没有编号为「region-nowhere」的地区',
    ]);
    await screenshot(page, 'import');
    expect(problems).toEqual([]);
  });
});

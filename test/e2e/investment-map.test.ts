import ExcelJS from 'exceljs';
import { PHONE, screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * 招商图谱 in a real browser on the articles' dataset: the investment task force reads a chain
 * map, opens a segment, runs a what-if and exports the leads.
 */
describe('the investment map page (招商图谱)', () => {
  const web = webAppInBrowser();

  test('when 白银高新区’s lithium map is opened, then 正极材料 is marked a single point of failure and opens to 东方钛业', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/map`, web.app.keys.investment);
    await page.getByLabel('地区').selectOption({ label: '白银高新区' });
    // the park's own chains come first, in a group of their own
    const own = page.getByLabel('产业链').locator('optgroup').first();
    expect(await textOnceShown(own.locator('option'), '锂电池')).toBe('锂电池');
    await expect(own.getAttribute('label')).resolves.toBe('本地区已有企业的产业链（企业多的在前）');
    await page.getByLabel('产业链').selectOption({ label: '锂电池' });
    const cathode = page.locator('[data-segment="seg-li-cathode"]');
    await expect(cathode.textContent()).resolves.toContain('单点风险');
    await cathode.click();
    const panel = page.getByRole('region', { name: '正极材料' });
    await expect(panel.textContent()).resolves.toContain('仅依赖 甘肃东方钛业有限公司');
    await expect(panel.getByRole('link', { name: '甘肃东方钛业有限公司' }).count()).resolves.toBe(1);
    await screenshot(page, 'investment-map');
    expect(problems).toEqual([]);
  });

  test('when 白银高新区’s lithium map is opened, then 延链 shows bamboo hard carbon feeding its anodes from upstream and its packs feeding vehicles, and a link opens the bamboo chain’s map', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(
      page,
      `${web.app.url}#/map?region=region-by-hitech&chain=chain-lithium-battery`,
      web.app.keys.investment,
    );
    const extension = page.getByRole('region', { name: '延链方向' });
    const hardCarbon = extension.locator('[data-link="seg-bamboo-anode"]');
    expect(await textOnceShown(hardCarbon.locator('strong'), '竹基')).toBe('竹基硬碳负极材料 → 负极材料');
    await expect(hardCarbon.locator('.badge').textContent()).resolves.toBe('向上游');
    await expect(hardCarbon.textContent()).resolves.toContain('白银高新区尚无企业生产「竹基硬碳负极材料」');
    const packs = extension.locator('[data-link="seg-nev-battery-system"]');
    await expect(packs.locator('strong').textContent()).resolves.toBe('模组与电池包 → 动力电池系统');
    // Chinese only: no code or English word in the panel
    expect(await extension.textContent()).not.toMatch(/[A-Za-z]{3,}/);
    await screenshot(page, 'investment-map-extension');
    await hardCarbon.getByRole('button', { name: '竹产业' }).click();
    await expect(page.getByLabel('产业链').locator('option:checked').textContent()).resolves.toBe('竹产业');
    expect(problems).toEqual([]);
  });

  test('when a missing segment of 白银市’s new materials is opened and its lead tried, then the what-if closes the gap and the leads export to Excel', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/map?region=region-baiyin&chain=chain-new-materials`, web.app.keys.investment);
    await page.locator('[data-segment="seg-nm-metallurgy"]').click();
    const panel = page.getByRole('region', { name: '冶金及金属材料' });
    await expect(panel.locator('.lead-name').allTextContents()).resolves.toEqual(['隆晟冶金']);
    await expect(panel.textContent()).resolves.toContain('本地缺失');
    await panel.getByRole('checkbox', { name: '隆晟冶金' }).check();
    await page.getByRole('button', { name: /推演所选线索/ }).click();
    const whatIf = page.getByRole('region', { name: '引进后推演' });
    expect(await textOnceShown(whatIf.locator('.closed-gap'), '冶金')).toBe('冶金及金属材料：缺失 → 良好');
    // the map now shows the segment as it would be
    await expect(page.locator('[data-segment="seg-nm-metallurgy"]').getAttribute('class')).resolves.toContain(
      'segment-ok',
    );
    await screenshot(page, 'investment-map-what-if');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出线索（Excel）' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('招商线索')!;
    expect(sheet.getRow(2).getCell(2).value).toBe('隆晟冶金');
    expect(String(sheet.getRow(2).getCell(7).value)).toContain('补链');
    expect(problems).toEqual([]);
  });

  test('when the map is opened on a phone, then the segments stack in one column and a segment still opens to its producers', async () => {
    const { page, problems } = await watchedPage(web.browser, PHONE);
    await signIn(page, `${web.app.url}#/map?region=region-by-hitech&chain=chain-lithium-battery`, web.app.keys.viewer);
    const cathode = page.locator('[data-segment="seg-li-cathode"]');
    await cathode.click();
    const panel = page.getByRole('region', { name: '正极材料' });
    expect(await textOnceShown(panel.locator('.spof-note'), '东方钛业')).toContain('仅依赖 甘肃东方钛业有限公司');
    // one column: every stage's heading starts at the same left edge
    const lefts = await page
      .locator('.chain-column')
      .evaluateAll((columns) => columns.map((c) => Math.round(c.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    // a viewer may read the map but not run a what-if
    await expect(page.getByRole('button', { name: /推演所选线索/ }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'investment-map-phone');
    expect(problems).toEqual([]);
  });
});

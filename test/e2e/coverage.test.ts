import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/** 党建覆盖 in a real browser: leadership reads coverage per chain and segment and the open work. */
describe('the coverage page (党建覆盖)', () => {
  const web = webAppInBrowser();

  test('when leadership opens the coverage, then the open work is counted and every chart is drawn, down to the ship chain’s segments', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/coverage`, web.app.keys.viewer);
    const open = page.getByRole('region', { name: '在办事项' });
    // the articles' lists: the lidar problem is being tackled, every request of theirs is closed
    expect(await textOnceShown(open.locator('.figure'), '攻关中的难题')).toBe('1攻关中的难题');
    expect(await textOnceShown(open.locator('.figure'), '超时诉求')).toBe('0超时诉求');
    // ECharts draws on canvases: one per chart, each with a size
    const charts = page.locator('.chart canvas');
    await charts.nth(4).waitFor();
    expect(await charts.count()).toBe(5);
    // every chart has a title above it, the donuts too
    expect(await page.locator('figure:has(.chart) figcaption').allTextContents()).toEqual([
      '难题（按状态）',
      '诉求（按状态）',
      '各产业链企业的党组织覆盖',
      '各产业链的党员（填报）与党组织、党建指导员、结对共建',
      expect.stringMatching(/：各环节企业的党组织覆盖$/),
    ]);
    const segments = page.getByRole('region', { name: '环节覆盖' });
    await segments.getByRole('combobox', { name: '产业链' }).selectOption({ label: '高技术船舶海工装备' });
    expect(await textOnceShown(segments.locator('table td').first(), '%')).toBe('100%');
    expect(await textOnceShown(segments.locator('figcaption'), '环节')).toBe(
      '高技术船舶海工装备：各环节企业的党组织覆盖',
    );
    // the members the chart shows are the members the table shows, under the same words
    expect(await segments.locator('table th').allTextContents()).toContain('党员（填报）');
    expect(await page.getByRole('region', { name: '党员（填报）' }).locator('figcaption').textContent()).toContain(
      '党员（填报）',
    );
    expect(await page.getByText('党员（在册）').count()).toBe(0);
    await screenshot(page, 'coverage');
    expect(problems).toEqual([]);
  });
});

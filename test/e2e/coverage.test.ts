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
    const segments = page.getByRole('region', { name: '环节覆盖' });
    await segments.getByRole('combobox', { name: '产业链' }).selectOption({ label: '高技术船舶海工装备' });
    expect(await textOnceShown(segments.locator('table td').first(), '%')).toBe('100%');
    await screenshot(page, 'coverage');
    expect(problems).toEqual([]);
  });
});

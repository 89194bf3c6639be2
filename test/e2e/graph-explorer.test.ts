import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/** 图谱浏览 in a real browser: the neighbourhood of 镇江船厂 drawn with sigma.js, expanded step by step. */
describe('the graph explorer page (图谱浏览)', () => {
  const web = webAppInBrowser();

  test('when 镇江船厂 is looked up, then its region, segments and partners are drawn, and expanding 中船动力 adds its own', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/graph`, web.app.keys.viewer, 'viewer');
    await page.getByRole('searchbox').fill('镇江船厂');
    await page.getByRole('button', { name: '查找' }).click();
    const neighbours = page.getByRole('region', { name: '邻近节点' });
    expect(await textOnceShown(neighbours.getByRole('button'), '中船动力')).toBe('企业 · 中船动力（集团）有限公司');
    expect(await neighbours.getByRole('button').allTextContents()).toEqual(
      expect.arrayContaining(['地区 · 镇江高新区', '环节 · 船体建造与总装']),
    );
    // sigma draws with WebGL on canvases of its own
    expect(await page.locator('.sigma canvas').count()).toBeGreaterThan(0);
    const before = Number(await page.locator('.sigma').getAttribute('data-nodes'));
    await neighbours.getByRole('button', { name: '企业 · 中船动力（集团）有限公司' }).click();
    expect(await textOnceShown(page.locator('.graph-selected'), '中船动力')).toBe('已选：中船动力（集团）有限公司');
    await page.locator(`.sigma:not([data-nodes="${before}"])`).waitFor();
    expect(Number(await page.locator('.sigma').getAttribute('data-nodes'))).toBeGreaterThan(before);
    await screenshot(page, 'graph-explorer');
    expect(problems).toEqual([]);
  });
});

import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/** 图谱浏览 in a real browser: neighbourhoods from GET /graph/neighbourhood drawn with sigma.js, expanded by a click. */
describe('the graph explorer page (图谱浏览)', () => {
  const web = webAppInBrowser();

  test('when 镇江船厂 is looked up, then its region, segments and party organisation are drawn, and expanding the party organisation adds 中船动力', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/graph`, web.app.keys.viewer);
    await page.getByRole('searchbox').fill('镇江船厂');
    await page.getByRole('button', { name: '查找' }).click();
    const neighbours = page.getByRole('region', { name: '邻近节点' });
    const org = '党组织 · 镇江高新区产业链联合党委';
    expect(await textOnceShown(neighbours.getByRole('button'), '联合党委')).toBe(org);
    expect(await neighbours.getByRole('button').allTextContents()).toEqual(
      expect.arrayContaining(['地区 · 镇江高新区', '环节 · 船体建造与总装']),
    );
    // sigma draws with WebGL on canvases of its own
    expect(await page.locator('.sigma canvas').count()).toBeGreaterThan(0);
    // the legend names every kind drawn, each with a colour of its own
    const legend = page.getByRole('list', { name: '节点类型' }).getByRole('listitem');
    const kindsListed = (await legend.allTextContents()).map((entry) => entry.replace(/ \(\d+\)$/, ''));
    const kindsDrawn = (await neighbours.getByRole('button').allTextContents()).map((entry) => entry.split(' · ')[0]);
    expect(kindsListed).toEqual(expect.arrayContaining(['企业', ...new Set(kindsDrawn)]));
    // a dot's style is its colour (the ring around it is the same for all)
    const colours = await legend.locator('.dot').evaluateAll((dots) => dots.map((d) => d.getAttribute('style')));
    expect(new Set(colours).size).toBe(kindsListed.length);
    const before = Number(await page.locator('.sigma').getAttribute('data-nodes'));
    await neighbours.getByRole('button', { name: org }).click();
    expect(await textOnceShown(page.locator('.graph-selected'), '联合党委')).toBe('已选：镇江高新区产业链联合党委');
    expect(await textOnceShown(neighbours.getByRole('button'), '中船动力')).toBe('企业 · 中船动力（集团）有限公司');
    await page.locator(`.sigma:not([data-nodes="${before}"])`).waitFor();
    expect(Number(await page.locator('.sigma').getAttribute('data-nodes'))).toBeGreaterThan(before);
    await screenshot(page, 'graph-explorer');
    expect(problems).toEqual([]);
  });

  test('when the institution 江苏科技大学 is looked up, then the problems it posted and its party committee are its neighbours, and a problem expands to its segment', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/graph?kind=Institution&id=inst-just`, web.app.keys.viewer);
    // opened by a link that knows only the id: the API names it
    expect(await textOnceShown(page.locator('.graph-selected'), '江苏科技大学')).toBe('已选：江苏科技大学');
    const neighbours = page.getByRole('region', { name: '邻近节点' });
    await textOnceShown(neighbours.getByRole('button'), '江苏科技大学党委');
    expect(await neighbours.getByRole('button').allTextContents()).toEqual(
      expect.arrayContaining([
        '难题 · 船用中速双燃料发动机',
        '难题 · 大型邮轮电磁矫平技术',
        '党组织 · 江苏科技大学党委',
        '地区 · 镇江市',
      ]),
    );
    // 难题 and 地区 are told apart by colour, not only by name
    const legend = page.getByRole('list', { name: '节点类型' });
    const colourOf = (kind: string) =>
      legend.getByRole('listitem').filter({ hasText: kind }).locator('.dot').getAttribute('style');
    expect(await colourOf('难题')).not.toBe(await colourOf('地区'));
    await neighbours.getByRole('button', { name: '难题 · 船用中速双燃料发动机' }).click();
    expect(await textOnceShown(neighbours.getByRole('button'), '环节')).toBe('环节 · 船用中速双燃料发动机');
    expect(await neighbours.getByRole('button').allTextContents()).toContain('机构 · 江苏科技大学');
    await screenshot(page, 'graph-explorer-institution');
    expect(problems).toEqual([]);
  });
});

import type { Locator } from 'playwright-core';
import { screenshot, signIn, watchedPage } from '../helpers/browser';
import { chineseHeaderText, chineseViewText } from '../helpers/chinese-view';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * The chain journeys on the demo world a fresh `npm start` loads (the articles' enterprises in a
 * generated surrounding): 招商图谱 with its leads and 延链, and 上下游配套 both ways. Each list the
 * user looks at holds something, and what the page shows is Chinese only.
 */
describe('the demo world’s chain journeys, in Chinese', () => {
  const web = webAppInBrowser({ world: 'demo' });

  test('when 白银高新区’s lithium map is opened, then it has ranked leads and 延链 directions, every empty list says why, and no Latin word shows', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(
      page,
      `${web.app.url}#/map?region=region-by-hitech&chain=chain-lithium-battery`,
      web.app.keys.investment,
    );
    const leads = page.locator('table.leads tr[data-lead]');
    await leads.first().waitFor();
    expect(await leads.count()).toBeGreaterThan(0);
    await expect(leads.first().locator('.reasons li').count()).resolves.toBeGreaterThan(0);
    const extension = page.getByRole('region', { name: '延链方向' });
    await extension.locator('[data-link]').first().waitFor();
    expect(await extension.locator('[data-link]').count()).toBeGreaterThan(0);

    // a gap opened: its lists are filled or say why they are empty, never a bare 暂无
    const gap = page.locator('.chain-map .segment-missing, .chain-map .segment-weak').first();
    await gap.click();
    const panel = page.locator('.segment-panel');
    await panel.waitFor();
    for (const empty of await panel.locator('.empty-why').allTextContents()) expect(empty.length).toBeGreaterThan(8);
    await expect(panel.locator('p.muted:not(.empty-why)').allTextContents()).resolves.toEqual([]);

    await chineseViewText(page.locator('main'));
    await chineseHeaderText(page);
    await screenshot(page, 'demo-world-map');
    expect(problems).toEqual([]);
  });

  test('when 镇江船厂’s partners are opened, then both its suppliers and its customers are listed with reasons, in Chinese only', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/partners?id=ent-zj-shipyard`, web.app.keys.secretary);
    for (const side of ['上游供应候选', '下游客户候选']) {
      const list = page.getByRole('region', { name: side });
      await list.locator('.candidate').first().waitFor();
      expect(await list.locator('.candidate').count()).toBeGreaterThan(0);
      await expect(list.locator('.candidate').first().locator('.reasons li').count()).resolves.toBeGreaterThan(0);
      await twoStepAboveDirectSaysWhy(list.locator('.candidate .reasons'));
    }
    await chineseViewText(page.locator('main'));
    await screenshot(page, 'demo-world-partners');
    expect(problems).toEqual([]);
  });
});

/** A candidate reached through two segments that is listed above a direct one says why (partner-overtakes.ts). */
async function twoStepAboveDirectSaysWhy(reasons: Locator): Promise<void> {
  const lists = await reasons.allTextContents();
  const twoStep = (text: string) => text.includes('（隔一环节）');
  lists.forEach((text, i) => {
    if (!twoStep(text)) return;
    const directBelow = lists.slice(i + 1).some((below) => !twoStep(below));
    if (directBelow) expect(text).toMatch(/仍排在直接配套的「.+」之前|与直接配套的「.+」得分相同/u);
  });
  expect(lists.length).toBeGreaterThan(0);
}

import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { chineseHeaderText, chineseViewText } from '../helpers/chinese-view';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * The work journeys on the demo world a fresh `npm start` loads: 技术攻坚 (the lidar bottleneck
 * with its experts, institutions and proposed consortium, turned into a team) and 党组织覆盖.
 * Each list the user looks at holds something, and what the page shows is Chinese only.
 */
describe('the demo world’s work journeys, in Chinese', () => {
  const web = webAppInBrowser({ world: 'demo' });

  test('when the lidar bottleneck opens, then it has experts and institutions with reasons and a consortium the secretary turns into a team, in Chinese only', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling?id=prob-lidar`, web.app.keys.secretary);
    const detail = page.getByRole('region', { name: '高精度激光雷达研发瓶颈' });
    for (const side of ['候选专家', '候选机构']) {
      const list = detail.getByRole('region', { name: side });
      await list.locator('.candidate').first().waitFor();
      expect(await list.locator('.candidate').count()).toBeGreaterThan(0);
      await expect(list.locator('.candidate').first().locator('.reasons li').count()).resolves.toBeGreaterThan(0);
    }
    // every proposed expert is there for what they know or did, not for where they work
    for (const reasons of await detail.getByRole('region', { name: '候选专家' }).locator('.reasons').allTextContents())
      expect(reasons).toMatch(/专长覆盖难题所需|简历与成果和难题描述相关|曾攻克同环节难题/u);
    const consortium = detail.locator('h3:has-text("建议攻关联合体") ~ table td:first-child');
    await consortium.first().waitFor();
    const members = await consortium.allTextContents();
    expect(members.length).toBeGreaterThan(0);
    await chineseViewText(page.locator('main'));
    await screenshot(page, 'demo-world-tackling');

    await detail.getByRole('button', { name: '组建攻关团队' }).click();
    const form = detail.getByRole('form', { name: '组建攻关团队' });
    expect(await textOnceShown(form.locator('.member-name'), members[0]!)).toBe(members[0]);
    await form.getByLabel('团队名称').fill('激光雷达攻关联合体');
    await form.getByRole('button', { name: '创建团队' }).click();
    const teams = detail.getByRole('region', { name: '攻关团队' });
    expect(await textOnceShown(teams.locator('li'), '激光雷达攻关联合体')).toMatch(
      new RegExp(`^激光雷达攻关联合体 · .+ · ${members.length}人$`, 'u'),
    );
    await chineseViewText(detail);
    expect(problems).toEqual([]);
  });

  test('when the coverage page opens, then its figures and tables hold the demo world’s enterprises, in Chinese only', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/coverage`, web.app.keys.viewer);
    const segments = page.getByRole('region', { name: '环节覆盖' });
    await segments.locator('table tbody tr').first().waitFor();
    expect(await segments.locator('table tbody tr').count()).toBeGreaterThan(0);
    const open = page.getByRole('region', { name: '在办事项' });
    expect(await textOnceShown(open.locator('.figures'), /\d/u)).toMatch(/\d/u);
    await expect(
      page.getByRole('region', { name: '党组织覆盖' }).locator('figcaption').count(),
    ).resolves.toBeGreaterThan(0);
    await chineseViewText(page.locator('main'));
    await chineseHeaderText(page);
    await screenshot(page, 'demo-world-coverage');
    expect(problems).toEqual([]);
  });
});

import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/** 红链技术攻坚榜 in a real browser: a university liaison opens the lidar problem of the Xianning offshore park. */
describe('the tackling board page (红链技术攻坚榜)', () => {
  const web = webAppInBrowser();

  test('when the lidar problem is opened, then 湖北江城实验室 and 华中科技大学 are its candidate institutions and the skills nobody covers are named', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling`, web.app.keys.university, 'university');
    await page.getByRole('tab', { name: '攻关中' }).click();
    await page.getByRole('button', { name: /高精度激光雷达研发瓶颈/ }).click();
    const detail = page.getByRole('region', { name: '高精度激光雷达研发瓶颈' });
    const institutions = detail.getByRole('region', { name: '候选机构' });
    await textOnceShown(institutions.locator('.candidate-name'), '湖北江城实验室');
    await expect(institutions.locator('.candidate-name').allTextContents()).resolves.toEqual([
      '湖北江城实验室',
      '华中科技大学',
    ]);
    await expect(institutions.textContent()).resolves.toContain('研究方向与难题相关');
    await expect(detail.locator('.warning').textContent()).resolves.toContain('激光雷达');
    // a university liaison has no step on a problem in progress: the board says so
    await expect(detail.getByRole('region', { name: '可执行的操作' }).textContent()).resolves.toContain(
      '当前角色在此状态下无可执行操作',
    );
    await screenshot(page, 'tackling-board');
    expect(problems).toEqual([]);
  });

  test('when a secretary accepts the lidar problem’s result, then its status becomes 已验收 and the history records it', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling?id=prob-lidar`, web.app.keys.secretary, 'secretary');
    const detail = page.getByRole('region', { name: '高精度激光雷达研发瓶颈' });
    await detail.getByRole('textbox', { name: '备注' }).fill('攻关小组完成样机');
    await detail.getByRole('button', { name: '验收' }).click();
    const moved = page.getByRole('region', { name: '高精度激光雷达研发瓶颈' });
    expect(await textOnceShown(moved.locator('h2 .badge'), '已验收')).toBe('已验收');
    expect(await textOnceShown(moved.locator('ul.plain.small li'), '攻关小组完成样机')).toContain(
      '产业链党组织书记 · 已验收 · 攻关小组完成样机',
    );
    expect(problems).toEqual([]);
  });
});

import { textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/** The key dialog: a key is all the user gives; the API says whose it is and what its role may do. */
describe('signing in with an API key', () => {
  const web = webAppInBrowser();

  test('when a key is entered, then the dialog asks no role, the header names the key’s role as the API knows it (its Latin name is not shown in the Chinese view), and a viewer is offered no workflow step', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await page.goto(`${web.app.url}#/tackling?id=prob-lidar`);
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('combobox').count()).resolves.toBe(0);
    await expect(dialog.textContent()).resolves.not.toContain('密钥的角色');
    await dialog.getByLabel('API 密钥', { exact: true }).fill(web.app.keys.viewer);
    await dialog.getByRole('button', { name: '进入' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await textOnceShown(page.locator('header .who'), '只读')).toBe('只读');
    const actions = page.getByRole('region', { name: '可执行的操作' });
    await expect(actions.textContent()).resolves.toContain('当前角色在此状态下无可执行操作');
    // the same tab, reloaded: the kept key is asked who it is again, and no dialog is shown
    await page.reload();
    expect(await textOnceShown(page.locator('header .who'), '只读')).toBe('只读');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  test('when a secretary’s key is entered, then the steps a secretary may take are offered', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await page.goto(`${web.app.url}#/tackling?id=prob-lidar`);
    await page.getByLabel('API 密钥', { exact: true }).fill(web.app.keys.secretary);
    await page.getByRole('button', { name: '进入' }).click();
    expect(await textOnceShown(page.locator('header .who'), '书记')).toBe('产业链党组织书记');
    const detail = page.getByRole('region', { name: '高精度激光雷达研发瓶颈' });
    await expect(detail.getByRole('button', { name: '验收' }).isEnabled()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  test('when a key the API does not know is entered, then the dialog stays and says why it was refused', async () => {
    const { page } = await watchedPage(web.browser);
    await page.goto(web.app.url);
    await page.getByLabel('API 密钥', { exact: true }).fill('rk_notakey00000_0000000000000000000000000000000x');
    await page.getByRole('button', { name: '进入' }).click();
    expect(await textOnceShown(page.getByRole('alert'), '密钥无效')).toContain('服务器不认识这个密钥');
    await expect(page.getByRole('dialog').count()).resolves.toBe(1);
  });
});

import { PHONE, screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * 3张清单 in a real browser on the articles' dataset: 镇江高新区's staff see 004's projects (the nine
 * strong-chain projects of ¥2bn, done) and resources (the 高效办成一件事 zone), an enterprise's
 * request for a land approval finds the zone first with its reasons, a match is recorded from the
 * page, and a project's progress is updated to done.
 */
describe('the three lists page (3张清单)', () => {
  const web = webAppInBrowser();
  const api = (path: string, body?: unknown) =>
    fetch(new URL(`api/v1/${path}`, web.app.url), {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Bearer ${web.app.keys.admin}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const park = 'region=region-zj-hitech&chain=chain-marine-offshore';

  test('when 镇江高新区’s marine chain is opened, then the projects list shows the nine strong-chain projects done and the resources list the 高效办成一件事 zone', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/lists?${park}`, web.app.keys.secretary);
    const projects = page.getByRole('region', { name: '项目清单' });
    const strong = projects.locator('tbody tr', { hasText: '中船、哈电等强链配套项目（9个）' });
    expect(await textOnceShown(strong, '已完成')).toContain('已完成');
    const resources = page.getByRole('region', { name: '资源清单' });
    const zone = resources.locator('tbody tr', { hasText: '“高效办成一件事”专区' });
    expect(await textOnceShown(zone, '审批代办')).toContain('镇江高新区企业发展服务中心');
    expect(problems).toEqual([]);
  });

  test('when a shipyard asks for a land approval, then the 高效办成一件事 zone is proposed first with its reasons, a match is recorded from the page, and precision@k counts it', async () => {
    const raised = await api('requests', {
      id: 'req-e2e-land-approval',
      kind: 'approval',
      title: '船台扩建用地审批',
      description: '扩建船台需要办理用地审批',
      raisedBy: 'ent-zj-shipyard',
    });
    expect(raised.status).toBe(201);
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/lists?${park}`, web.app.keys.secretary);
    const needs = page.getByRole('region', { name: '需求清单' });
    const need = needs.locator('tbody tr', { hasText: '船台扩建用地审批' });
    expect(await textOnceShown(need, '待对接')).toContain('审批服务');
    await need.getByRole('button').click();
    const matches = page.getByRole('region', { name: '匹配的资源' });
    const first = matches.locator('tbody tr').first();
    expect(await textOnceShown(first, '高效办成一件事')).toContain('需求提到用地审批');
    await first.getByRole('button', { name: '记录对接' }).click();
    expect(await textOnceShown(matches, '已记录对接')).toContain('已记录对接');
    const stats = (await (await api('stats/outcomes')).json()) as {
      engines: { engine: string; successes: number; atK: { k: number; precision: number | null }[] }[];
    };
    const lists = stats.engines.find((e) => e.engine === 'lists')!;
    expect(lists.successes).toBe(1);
    expect(lists.atK[0]).toMatchObject({ k: 1, precision: 1 });
    await screenshot(page, 'three-lists');
    expect(problems).toEqual([]);
  });

  test('when a project’s progress is set to 100 in its row, then it is shown done', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/lists?${park}`, web.app.keys.secretary);
    const projects = page.getByRole('region', { name: '项目清单' });
    const row = projects.locator('tbody tr', { hasText: '“红帆领航·链通高新”先锋行动' });
    expect(await textOnceShown(row, '推进中')).toContain('推进中');
    await row.getByRole('spinbutton').fill('100');
    await row.getByRole('button', { name: '更新进度' }).click();
    expect(await textOnceShown(row.locator('.project-status'), '已完成')).toBe('已完成');
    expect(problems).toEqual([]);
  });

  test('when the page is opened on a phone in English, then the lists’ kinds and states are in English', async () => {
    const { page, problems } = await watchedPage(web.browser, PHONE);
    await signIn(page, `${web.app.url}#/lists?${park}`, web.app.keys.viewer);
    await page.getByRole('button', { name: 'English' }).click();
    const resources = page.getByRole('region', { name: 'Resources list' });
    expect(await textOnceShown(resources.locator('tbody'), 'approval service')).toContain('approval service');
    const projects = page.getByRole('region', { name: 'Projects list' });
    expect(await textOnceShown(projects.locator('tbody'), 'done')).toContain('done');
    await screenshot(page, 'three-lists-phone-en');
    expect(problems).toEqual([]);
  });
});

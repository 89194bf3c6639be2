import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { until } from '../helpers/until';
import { webAppInBrowser } from '../helpers/web-app';

/** 红链技术攻坚榜 in a real browser: a university liaison opens the lidar problem of the Xianning offshore park. */
describe('the tackling board page (红链技术攻坚榜)', () => {
  const web = webAppInBrowser();

  test('when the lidar problem is opened, then 湖北江城实验室 and 华中科技大学 are its candidate institutions and the skills nobody covers are named', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling`, web.app.keys.university);
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
    await signIn(page, `${web.app.url}#/tackling?id=prob-lidar`, web.app.keys.secretary);
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

  test('when the board is filtered by the 光电信息 chain, then the lidar problem is listed and the shipbuilding ones are not; by 江苏省, the other way round', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling`, web.app.keys.viewer);
    const titles = page.locator('.problem-list .problem-title');
    // each choice reads the list again from the API: wait for the list it asks for, then look at it
    const listed = async (present: string, absent: string) => {
      await until(
        async () => {
          const shown = await titles.allTextContents();
          return shown.some((title) => title.includes(present)) && !shown.some((title) => title.includes(absent));
        },
        15_000,
        `the board to list ${present} without ${absent}`,
      );
      return titles.allTextContents();
    };
    await textOnceShown(titles, '船用中速双燃料发动机');
    await page.getByLabel('产业链').selectOption({ label: '光电信息' });
    expect(await listed('激光雷达', '船用中速双燃料发动机')).toEqual(['高精度激光雷达研发瓶颈']);
    expect(page.url()).toContain('chain=chain-optoelectronics');
    await page.getByLabel('产业链').selectOption({ label: '全部产业链' });
    // 江苏科技大学 posted them from 镇江市, a city of 江苏省: a region includes the regions below it
    await page.getByLabel('地区').selectOption({ label: '江苏省' });
    expect(await listed('大型邮轮电磁矫平技术', '激光雷达')).toEqual(
      expect.arrayContaining(['船用中速双燃料发动机', '大型邮轮电磁矫平技术']),
    );
    await expect(page.locator('.problem-list').textContent()).resolves.toContain('江苏科技大学');
    expect(problems).toEqual([]);
  });

  test('when a university liaison claims a published problem, then the team is picked from the list of teams and the problem is 已揭榜', async () => {
    const posted = await fetch(`${web.app.url}api/v1/problems`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${web.app.keys.admin}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: 'prob-e2e-welding',
        title: '船体分段焊接机器人视觉定位',
        skills: ['焊接机器人', '机器视觉'],
        postedBy: 'ent-zj-shipyard',
        segments: ['seg-marine-hull'],
      }),
    });
    expect(posted.status).toBe(201);
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling?id=prob-e2e-welding`, web.app.keys.university);
    const detail = page.getByRole('region', { name: '船体分段焊接机器人视觉定位' });
    const claim = detail.getByRole('button', { name: '揭榜' });
    await expect(claim.isDisabled()).resolves.toBe(true);
    // the teams are listed by name and kind: nobody types an id
    const teams = detail.getByLabel('揭榜团队');
    const team = teams.locator('option', { hasText: '党员技术攻关小组（激光雷达）' });
    expect(await textOnceShown(team, '党员突击队')).toContain('党员技术攻关小组（激光雷达） · 党员突击队');
    await teams.selectOption({ label: (await team.textContent())! });
    await claim.click();
    expect(await textOnceShown(detail.locator('h2 .badge'), '已揭榜')).toBe('已揭榜');
    expect(await textOnceShown(detail.locator('ul.plain.small li'), '已揭榜')).toContain(
      '高校 / 实验室联络员 · 已揭榜',
    );
    expect(problems).toEqual([]);
  });
});

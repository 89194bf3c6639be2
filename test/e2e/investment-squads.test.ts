import { PHONE, screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * 党员招商小分队 in a real browser on the articles' dataset: 咸宁高新区's tally shows 001's 30
 * squads, 165 trips and 200+ enterprises met with its source; a squad formed on 汽车零部件 and
 * given 荆州's 法雷奥 and 安波福 as leads logs a signing from the page, which the squad's visits,
 * the tallies and the leads' outcomes (one lead_attracted) show.
 */
describe('the investment squads page (党员招商小分队)', () => {
  const web = webAppInBrowser();
  const api = (path: string, body?: unknown) =>
    fetch(new URL(`api/v1/${path}`, web.app.url), {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Bearer ${web.app.keys.admin}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  /** Party members of 咸宁高新区's working committee at 三环转向, added through the API: `${prefix}-0`, `${prefix}-1`, … */
  const addMembers = async (prefix: string, names: string[]) => {
    for (const [i, name] of names.entries())
      expect(
        (
          await api('people', {
            id: `${prefix}-${i}`,
            name,
            partyMember: true,
            worksAt: [{ orgId: 'ent-sanhuan-steering' }],
            memberOf: ['po-xn-hitech-gwc'],
          })
        ).status,
      ).toBe(201);
  };

  test('when 咸宁高新区 is opened, then the tally shows 001’s 30 squads, 165 trips and 200+ enterprises with its source, and no squad is recorded yet', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/squads?region=region-xn-hitech`, web.app.keys.secretary);
    const tally = page.getByRole('region', { name: '招商成效统计' });
    const row = tally.locator('table.squad-stated tbody tr').first();
    expect(await textOnceShown(row, '党员招商小分队')).toContain('2026年1月1日');
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe('30');
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('165');
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe('200余');
    await expect(row.locator('td').nth(4).textContent()).resolves.toContain('article:001');
    const list = page.getByRole('region', { name: '党员招商小分队' });
    expect(await textOnceShown(list, '暂无')).toContain('该地区与产业链暂无招商小分队');
    expect(problems).toEqual([]);
  });

  test('when a squad given two leads logs a signing from the page, then the visit, the tallies and one lead_attracted outcome show it', async () => {
    await addMembers('person-e2e-squad', ['王建国', '李红梅']);
    const formed = await api('squads', {
      id: 'squad-e2e-auto',
      name: '汽车零部件产业链党员招商小分队',
      regionId: 'region-xn-hitech',
      chainIds: ['chain-auto-parts'],
      members: ['person-e2e-squad-0', 'person-e2e-squad-1'],
      leaderId: 'person-e2e-squad-0',
    });
    expect(formed.status).toBe(201);
    const leads = await api('squads/squad-e2e-auto/leads', {
      leads: ['ent-valeo', 'ent-aptiv'].map((enterpriseId) => ({ enterpriseId, chainId: 'chain-auto-parts' })),
    });
    expect(leads.status).toBe(200);

    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/squads?region=region-xn-hitech&squad=squad-e2e-auto`, web.app.keys.secretary);
    const squad = page.getByRole('region', { name: '小分队详情' });
    expect(await textOnceShown(squad, '王建国')).toContain('队长：王建国');
    expect(await squad.locator('table.squad-leads tbody tr').count()).toBe(2);
    expect(await textOnceShown(squad, '尚无走访记录')).toContain('尚无走访记录');
    const form = squad.getByRole('form', { name: '登记走访' });
    await form.getByLabel('日期').fill('2026-06-18');
    await form.getByLabel('线索企业').selectOption({ label: '法雷奥' });
    await form.getByLabel('结果').selectOption({ label: '已签约' });
    await form.getByLabel('李红梅').check();
    await form.getByLabel('说明').fill('签订投资协议');
    await form.getByRole('button', { name: '登记走访' }).click();
    const visit = squad.locator('table.squad-visits tbody tr').first();
    expect(await textOnceShown(visit, '法雷奥')).toContain('2026年6月18日');
    await expect(visit.textContent()).resolves.toContain('已记入招商成效');
    await expect(visit.textContent()).resolves.toContain('李红梅');
    const perChain = page.getByRole('region', { name: '招商成效统计' }).locator('table.squad-per-chain tbody tr');
    expect(await textOnceShown(perChain.first(), '汽车零部件')).toBeTruthy();
    await expect(perChain.first().locator('td').nth(4).textContent()).resolves.toBe('1');

    const outcomes = (await (await api('outcomes?engine=leads&result=lead_attracted')).json()) as {
      items: { candidateId?: string; subjectId?: string; qualifier: string }[];
    };
    expect(outcomes.items.filter((o) => o.candidateId === 'ent-valeo')).toEqual([
      expect.objectContaining({ subjectId: 'chain-auto-parts', qualifier: 'region-xn-hitech' }),
    ]);
    await screenshot(page, 'squads');
    expect(problems).toEqual([]);
  });

  test('when a viewer opens the squad on a phone in English, then outcomes are in English and the members are hidden', async () => {
    const { page, problems } = await watchedPage(web.browser, PHONE);
    await signIn(page, `${web.app.url}#/squads?region=region-xn-hitech&squad=squad-e2e-auto`, web.app.keys.viewer);
    await page.getByRole('button', { name: 'English' }).click();
    const squad = page.getByRole('region', { name: 'Squad details' });
    expect(await textOnceShown(squad, 'not shown')).toContain('party membership not shown to this role');
    expect(await textOnceShown(squad.locator('table.squad-visits tbody'), 'signed')).toContain('Jun');
    expect(await squad.getByRole('form', { name: 'Log a visit' }).count()).toBe(0);
    await screenshot(page, 'squads-phone-en');
    expect(problems).toEqual([]);
  });

  test('when staff form a squad from the page, finding its members by name, then it is listed and opened with its leader', async () => {
    await addMembers('person-e2e-form', ['赵志刚', '钱晓燕']);
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/squads?region=region-xn-hitech&chain=chain-auto-parts`, web.app.keys.secretary);
    const form = page.getByRole('form', { name: '组建小分队' });
    await form.getByLabel('小分队名称').fill('汽车零部件产业链第二招商小分队');
    for (const name of ['赵志刚', '钱晓燕']) {
      await form.getByLabel('按姓名查找队员').fill(name);
      await form.getByRole('button', { name: '查找' }).click();
      await form.getByRole('button', { name: `加入 ${name}` }).click();
    }
    await form.getByLabel('队长').selectOption({ label: '赵志刚' });
    await form.getByRole('button', { name: '组建小分队' }).click();
    const squad = page.getByRole('region', { name: '小分队详情' });
    expect(await textOnceShown(squad, '赵志刚')).toContain('队长：赵志刚');
    await expect(squad.textContent()).resolves.toContain('钱晓燕');
    const list = page.getByRole('region', { name: '党员招商小分队' });
    expect(await textOnceShown(list, '第二招商小分队')).toContain('汽车零部件产业链第二招商小分队');
    await screenshot(page, 'squads-formed');
    expect(problems).toEqual([]);
  });
});

import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * 链长视图 in a real browser on the demo world: the ship chain's chief of 镇江高新区 sees the region
 * with its chief, requests and coverage in Chinese, the demo's joint meeting with its agenda,
 * drafts a new meeting from the view, records a decision and marks it done; the pledged items
 * show their progress.
 */
describe('the chain chief page (链长视图)', () => {
  const web = webAppInBrowser({ world: 'demo' });

  test('when the ship chain is opened, then its region shows the chief, requests and coverage in Chinese, and a meeting drafted from the view is held, its decision recorded and marked done', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(
      page,
      `${web.app.url}#/chief?chain=chain-marine-offshore&region=region-zj-hitech`,
      web.app.keys.secretary,
    );
    const view = page.getByRole('region', { name: '链长视图' });
    const region = view.getByRole('article', { name: '镇江高新区' });
    const chiefLine = await textOnceShown(region.locator('p'), '链长');
    expect(chiefLine).toMatch(/链长：\p{Script=Han}{2,3}（管委会副主任）/u);
    expect(await textOnceShown(region.locator('summary'), '在办诉求')).toMatch(/在办诉求 \d+（已超期 \d+）/u);
    expect(await textOnceShown(region.locator('p'), '党建覆盖')).toMatch(/链上企业 [\d,]+ 家/u);
    // no code names in the Chinese view
    expect(await view.textContent()).not.toMatch(/missing|overdue_request|in_progress|chain-marine/u);

    const meetings = page.getByRole('region', { name: '联席会议' });
    const demo = meetings.getByRole('article', { name: '镇江高新区高技术船舶海工装备产业链联席会议' });
    expect(await textOnceShown(demo.locator('.agenda li'), '超期诉求')).toBeTruthy();
    // each agenda item links to the node it is about
    expect(await demo.locator('.agenda li a').first().getAttribute('href')).toMatch(
      /^#\/graph\?kind=Request&id=demo-request-/u,
    );
    expect(await textOnceShown(demo.locator('tbody tr'), '已办结')).toMatch(/办结于/u);

    await meetings.getByRole('button', { name: '起草议程' }).click();
    const form = meetings.locator('form.meeting-form');
    await form.waitFor();
    const drafted = await form.locator('.agenda li').count();
    expect(drafted).toBeGreaterThan(0);
    await form.locator('input[name="meeting-title"]').fill('船舶链十一月联席会议');
    await form.locator('input[name="meeting-date"]').fill('2026-11-25');
    await form.getByRole('button', { name: '记录会议' }).click();
    const held = meetings.getByRole('article', { name: '船舶链十一月联席会议' });
    await held.waitFor();
    expect(await held.locator('.agenda li').count()).toBe(drafted);
    expect(await held.locator('h3').textContent()).toContain('2026年11月25日');

    await held.locator('input[name="decision-text"]').fill('两周内完成补链企业走访');
    await held.locator('input[name="decision-owner"]').fill('镇江高新区招商局');
    await held.locator('input[name="decision-due"]').fill('2026-12-09');
    await held.getByRole('button', { name: '记录议定事项' }).click();
    const row = held.locator('tbody tr', { hasText: '两周内完成补链企业走访' });
    expect(await textOnceShown(row, '镇江高新区招商局')).toContain('待推进');
    await row.getByRole('button', { name: '标记办结' }).click();
    expect(await textOnceShown(held.locator('tbody tr', { hasText: '办结于' }), '两周内完成补链企业走访')).toContain(
      '已办结',
    );

    const pledges = page.getByRole('region', { name: '十件实事' });
    expect(await textOnceShown(pledges.locator('p'), '已办结')).toMatch(/已办结 \d+ \/ \d+ 项/u);
    await screenshot(page, 'chain-chief');
    expect(problems).toEqual([]);
  });

  test('when chief staff add a pledge for the region, then it is listed as open and counted', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(
      page,
      `${web.app.url}#/chief?chain=chain-marine-offshore&region=region-zj-hitech`,
      web.app.keys.secretary,
    );
    const pledges = page.getByRole('region', { name: '十件实事' });
    const counted = await textOnceShown(pledges.locator('p'), '已办结');
    const before = Number(/\/ (\d+) 项/u.exec(counted)?.[1]);
    const form = pledges.getByRole('form', { name: '新增实事' });
    await form.getByLabel('实事项目').fill('建成船舶海工产业链公共技术服务平台');
    await form.getByLabel('责任单位').fill('镇江高新区经发局');
    await form.getByLabel('目标').fill('服务链上企业100家以上');
    await form.getByLabel('完成时限').fill('2026-12-31');
    await form.getByRole('button', { name: '新增实事' }).click();
    const row = pledges.locator('tbody tr', { hasText: '建成船舶海工产业链公共技术服务平台' });
    expect(await textOnceShown(row, '镇江高新区经发局')).toContain('待推进');
    await expect(row.textContent()).resolves.toContain('服务链上企业100家以上');
    await expect(row.textContent()).resolves.toContain('2026年12月31日');
    expect(await textOnceShown(pledges.locator('p'), `/ ${before + 1} 项`)).toContain('已办结');
    await screenshot(page, 'chain-chief-pledged');
    expect(problems).toEqual([]);
  });

  test('when the page is switched to English, then the view, meetings and pledges speak English', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(
      page,
      `${web.app.url}#/chief?chain=chain-marine-offshore&region=region-zj-hitech`,
      web.app.keys.viewer,
    );
    await page.getByRole('button', { name: 'English' }).click();
    const view = page.getByRole('region', { name: 'Chain chief' });
    expect(await textOnceShown(view.locator('p'), 'Party coverage')).toMatch(/enterprises on the chain/u);
    const meetings = page.getByRole('region', { name: 'Joint meetings' });
    expect(await textOnceShown(meetings.locator('.agenda li'), 'Overdue request')).toBeTruthy();
    const pledges = page.getByRole('region', { name: 'The year’s pledges' });
    expect(await textOnceShown(pledges.locator('p'), 'done')).toMatch(/\d+ of \d+ done/u);
    expect(await pledges.textContent()).not.toMatch(/待推进|推进中|已办结/u);
    // a viewer is offered no drafting and no marking done
    expect(await meetings.getByRole('button', { name: 'Draft the agenda' }).count()).toBe(0);
    expect(await pledges.getByRole('button', { name: 'Mark done' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

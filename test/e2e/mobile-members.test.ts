import { PHONE, screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * 流动党员 in a real browser on the articles' dataset: 000's member (工作地在武汉、党组织关系在咸宁)
 * is listed on the coverage page with both organisations and the outflow; a secretary opens the
 * record with both organisations' paths to the root and the move, and records the member's
 * return; a viewer sees the list with the name masked and no record; the English view.
 */
describe('mobile members on the coverage page (流动党员)', () => {
  const web = webAppInBrowser();
  const member = '离岸科创园流动党员（文章未具名）';

  test('when a secretary opens the coverage page, then 000’s member is listed with the 咸宁 branch, the 东湖 committee since 2025年8月29日 and the outflow, and the record shows both paths and the move', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/coverage`, web.app.keys.secretary);
    const section = page.getByRole('region', { name: '流动党员' });
    const row = section.locator('table.mobile-members tbody tr', { hasText: member });
    const text = await textOnceShown(row, '东湖高新区光电子党委');
    expect(text).toContain('咸宁(武汉)离岸科创园联合党支部（咸宁(武汉)离岸科创园）');
    expect(text).toContain('东湖高新区光电子党委（东湖高新区） 自2025年8月29日');
    expect(text).toContain('2025年8月29日 外出流动 咸宁市 → 武汉市');
    await expect(section.getByTestId('mobile-total').textContent()).resolves.toBe('流动党员人数：1');
    await row.getByRole('button', { name: '流动记录' }).click();
    const record = section.locator('.member-record');
    expect(await textOnceShown(record.locator('dd').first(), '›')).toBe(
      '咸宁(武汉)离岸科创园联合党支部 › 咸宁高投集团党委',
    );
    await expect(record.locator('dd').nth(1).textContent()).resolves.toBe('东湖高新区光电子党委');
    const move = record.locator('table.member-moves tbody tr');
    await expect(move.count()).resolves.toBe(1);
    expect(await move.first().textContent()).toContain('外出流动');
    await screenshot(page, 'mobile-members');
    expect(problems).toEqual([]);
  });

  test('when the member’s return is recorded, then the list no longer holds them and the record keeps both moves', async () => {
    const res = await fetch(new URL('api/v1/people/person-xn-offshore-mobile-member/moves', web.app.url), {
      method: 'POST',
      headers: { Authorization: `Bearer ${web.app.keys.secretary}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ date: '2026-01-10', kind: 'return', note: '回咸宁工作' }),
    });
    expect(res.status).toBe(201);
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/coverage`, web.app.keys.secretary);
    const section = page.getByRole('region', { name: '流动党员' });
    expect(await textOnceShown(section, '暂无流动党员')).toContain('暂无流动党员');
    const record = (await (
      await fetch(new URL('api/v1/people/person-xn-offshore-mobile-member/moves', web.app.url), {
        headers: { Authorization: `Bearer ${web.app.keys.secretary}` },
      })
    ).json()) as { moves: { kind: string }[]; managing: unknown[] };
    expect(record.moves.map((m) => m.kind)).toEqual(['outflow', 'return']);
    expect(record.managing).toEqual([]);
    // back as it was, for the tests after
    await fetch(new URL('api/v1/people/person-xn-offshore-mobile-member/moves', web.app.url), {
      method: 'POST',
      headers: { Authorization: `Bearer ${web.app.keys.secretary}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ date: '2026-02-01', kind: 'outflow', toId: 'po-donghu-optoelectronics' }),
    });
    expect(problems).toEqual([]);
  });

  test('when a viewer opens it, then the name is masked, no record opens, and the page says why', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/coverage`, web.app.keys.viewer);
    const section = page.getByRole('region', { name: '流动党员' });
    const row = section.locator('table.mobile-members tbody tr').first();
    expect(await textOnceShown(row, '东湖高新区光电子党委')).toContain('离**');
    await expect(section.textContent()).resolves.not.toContain(member);
    await expect(row.getByRole('button').count()).resolves.toBe(0);
    await expect(section.textContent()).resolves.toContain('姓名已按权限隐去');
    expect(problems).toEqual([]);
  });

  test('when the page is opened on a phone in English, then the section and the move’s kind are in English', async () => {
    const { page, problems } = await watchedPage(web.browser, PHONE);
    await signIn(page, `${web.app.url}#/coverage`, web.app.keys.secretary);
    await page.getByRole('button', { name: 'English' }).click();
    const section = page.getByRole('region', { name: 'Mobile members' });
    expect(await textOnceShown(section.locator('tbody tr').first(), 'outflow')).toContain('东湖高新区光电子党委');
    await screenshot(page, 'mobile-members-phone-en');
    expect(problems).toEqual([]);
  });
});

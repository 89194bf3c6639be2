import { PHONE, screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * 银企对接 in a real browser on the articles' dataset: 江岸区's finance staff see the 2025-04-23
 * meeting's 8 signings with 4 banks for ¥50M and 微晶石's ¥10M equity need, post a loan need,
 * find the banks' products with reasons, record a signing and plan the next meeting.
 */
describe('the bank–enterprise page (银企对接)', () => {
  const web = webAppInBrowser();
  const api = (path: string, body?: unknown) =>
    fetch(new URL(`api/v1/${path}`, web.app.url), {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Bearer ${web.app.keys.admin}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  test('when 江岸区 is opened, then the meeting held shows 8 signings, 4 banks and 5,000万元, and 微晶石’s 1,000万元 equity need finds no equity product', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/finance?region=region-jiangan`, web.app.keys.secretary);
    const held = page.getByRole('region', { name: '已举办的银企对接会' });
    const row = held.locator('tbody tr').first();
    expect(await textOnceShown(row, '科技金融专场活动')).toContain('2025年4月23日');
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe('8');
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('4');
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe('5,000万元');
    const needs = page.getByRole('region', { name: '融资需求清单' });
    const need = needs.locator('tbody tr', { hasText: '一千万元科创股权融资需求' });
    await expect(need.textContent()).resolves.toContain('股权融资');
    await expect(need.textContent()).resolves.toContain('1,000万元');
    await need.getByRole('button').click();
    const products = page.getByRole('region', { name: '匹配的金融产品' });
    expect(await textOnceShown(products, '暂无')).toContain('暂无提供该类融资、服务该地区的产品');
    expect(problems).toEqual([]);
  });

  test('when a loan need is posted for 微晶石, then the four banks’ loans are proposed with reasons, a signing is recorded from the page, and the meeting plan seats the enterprise with a bank', async () => {
    const posted = await api('financing-needs', {
      id: 'fin-e2e-loan',
      title: '流动资金贷款',
      kind: 'loan',
      amountYuan: 3_000_000,
      stage: 'growth',
      enterpriseId: 'ent-weijingshi',
    });
    expect(posted.status).toBe(201);
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/finance?region=region-jiangan&need=fin-e2e-loan`, web.app.keys.secretary);
    const products = page.getByRole('region', { name: '匹配的金融产品' });
    expect(await textOnceShown(products.locator('tbody'), '民生银行')).toContain('产品提供贷款');
    expect(await products.locator('tbody tr').count()).toBe(4);
    const plan = page.getByRole('region', { name: '银企对接会安排' });
    expect(await textOnceShown(plan.locator('tbody'), '武汉微晶石')).toMatch(/银行/u);
    await products.locator('tbody tr').first().getByRole('button', { name: '记录签约' }).click();
    expect(await textOnceShown(products, '已记录签约')).toContain('已记录签约');
    const needs = page.getByRole('region', { name: '融资需求清单' });
    expect(await textOnceShown(needs.locator('tbody tr', { hasText: '流动资金贷款' }), '已签约')).toContain('300万元');
    const stats = (await (await api('stats/outcomes')).json()) as { engines: { engine: string; successes: number }[] };
    expect(stats.engines.find((e) => e.engine === 'finance')!.successes).toBe(1);
    await screenshot(page, 'finance');
    expect(problems).toEqual([]);
  });

  test('when the page is opened on a phone in English, then the needs, kinds and amounts are in English', async () => {
    const { page, problems } = await watchedPage(web.browser, PHONE);
    await signIn(page, `${web.app.url}#/finance?region=region-jiangan`, web.app.keys.viewer);
    await page.getByRole('button', { name: 'English' }).click();
    const needs = page.getByRole('region', { name: 'Financing needs' });
    expect(await textOnceShown(needs.locator('tbody'), 'equity')).toContain('¥10M');
    await screenshot(page, 'finance-phone-en');
    expect(problems).toEqual([]);
  });
});

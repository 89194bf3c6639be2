import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * 部门接单 and 吹哨报到 in a real browser, on the articles' dataset: 001's joint inspection (应急 and
 * 消防 across 340 enterprises) as the park recorded it; a new safety request whistled to the park's
 * departments by the staff, and one department reporting (报到) with its own key.
 */
describe('departments on the service loop page (部门接单, 吹哨报到)', () => {
  const web = webAppInBrowser();
  const api = async (path: string, key: string, body: unknown) => {
    const res = await fetch(`${web.app.url}api/v1/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBeLessThan(300);
    return (await res.json()) as Record<string, unknown>;
  };

  test('when 001’s joint inspection is opened, then it shows 340 enterprises reached and both departments reported and closed', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/service?id=req-xn-joint-safety-inspection`, web.app.keys.secretary);
    const detail = page.getByRole('region', { name: '高风险重点企业隐患排查与整改指导（联合体检）' });
    expect(await textOnceShown(detail.locator('[data-reach]'), '340')).toBe('覆盖企业：340');
    expect(await textOnceShown(detail.locator('[data-whistle]'), '已报到')).toContain('已报到 2/2');
    const emergency = detail.locator('[data-call="dept-xn-hitech-emergency"]');
    await expect(emergency.textContent()).resolves.toContain('咸宁高新区应急部门');
    await expect(emergency.locator('.badge').textContent()).resolves.toBe('已销号');
    await screenshot(page, 'departments-joint-inspection');
    expect(problems).toEqual([]);
  });

  test('when staff blow the whistle on a safety request, then the suggested departments are called, and 应急’s own key reports in', async () => {
    const id = `req-e2e-whistle-${Date.now()}`;
    await api('requests', web.app.keys.admin, {
      id,
      kind: 'safety',
      title: '危化品仓库隐患整改',
      raisedBy: 'ent-sanhuan-steering',
    });
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/service?id=${id}`, web.app.keys.secretary);
    const detail = page.getByRole('region', { name: '危化品仓库隐患整改' });
    const whistle = detail.getByRole('form', { name: '部门接单 · 吹哨报到' });
    const emergency = whistle.locator('[data-department="dept-xn-hitech-emergency"]');
    expect(await textOnceShown(emergency.locator('.badge'), '建议')).toBe('建议');
    await expect(emergency.textContent()).resolves.toContain('职责涵盖安全生产');
    await expect(emergency.locator('input[type=checkbox]').isChecked()).resolves.toBe(true);
    await expect(
      whistle.locator('[data-department="dept-xn-hitech-fire"] input[type=checkbox]').isChecked(),
    ).resolves.toBe(true);
    await screenshot(page, 'departments-whistle');
    await whistle.getByRole('button', { name: '吹哨（呼叫所选部门）' }).click();
    expect(await textOnceShown(detail.locator('[data-whistle]'), '待报到')).toContain('已报到 0/2');
    expect(await textOnceShown(detail.locator('h2 .badge'), '已派单')).toBe('已派单');

    // the department signs in with its own key: its queue holds the request, and it reports in
    const key = await api('keys', web.app.keys.admin, {
      name: '咸宁高新区应急部门值班',
      role: 'responder',
      department: 'dept-xn-hitech-emergency',
    });
    const own = await watchedPage(web.browser);
    await signIn(own.page, `${web.app.url}#/service`, String(key['key']));
    expect(await textOnceShown(own.page.locator('[data-department-queue]'), '本部门待办')).toContain('本部门待办');
    await own.page.locator(`[data-request="${id}"]`).click();
    const mine = own.page.getByRole('region', { name: '危化品仓库隐患整改' });
    const call = mine.locator('[data-call="dept-xn-hitech-emergency"]');
    // its own part has its buttons; the other department's part has none
    await expect(mine.locator('[data-call="dept-xn-hitech-fire"] button').count()).resolves.toBe(0);
    await mine.getByRole('textbox', { name: '备注' }).fill('已到场排查');
    await call.getByRole('button', { name: '报到' }).click();
    expect(await textOnceShown(call.locator('.badge'), '已报到')).toBe('已报到');
    expect(await textOnceShown(mine.locator('[data-whistle]'), '1/2')).toContain('咸宁高新区消防部门');
    await screenshot(own.page, 'departments-queue');
    expect(problems).toEqual([]);
    expect(own.problems).toEqual([]);
  });
});

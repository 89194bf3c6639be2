import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { valueOf } from '../helpers/until';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * 点单派单 in a real browser: park staff raise a request, dispatch it, and close the loop with
 * feedback. 菲利华 is the articles' enterprise whose request has a responder (孙绯 works there,
 * with skills its segment names); the articles give no 党建指导员.
 */
describe('the service loop page (点单派单)', () => {
  const web = webAppInBrowser();

  test('when a request is raised for 菲利华 and dispatched to its first responder, 孙绯, then it is accepted, resolved and closed with feedback', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/service`, web.app.keys.secretary);
    const form = page.getByRole('form', { name: '企业点单' });
    await form.getByRole('textbox', { name: '企业名称' }).fill('菲利华');
    await form.getByRole('textbox', { name: '诉求', exact: true }).fill('石英玻璃航天材料工艺攻关');
    // the name is looked up when the user leaves the field: the enterprise it found is chosen
    const chosen = form.getByRole('combobox', { name: '点单企业' }).locator('option:checked');
    expect(await textOnceShown(chosen, '菲利华')).toBe('湖北菲利华石英玻璃股份有限公司');
    await form.getByLabel('类别').selectOption('technology');
    await form.getByRole('button', { name: '提交' }).click();

    const detail = page.getByRole('region', { name: '石英玻璃航天材料工艺攻关' });
    expect(await textOnceShown(detail.locator('h2 .badge'), '已点单')).toBe('已点单');
    expect(await textOnceShown(detail.locator('p'), '点单企业：湖')).toBe('点单企业：湖北菲利华石英玻璃股份有限公司');
    const responder = detail.locator('[data-responder]').first();
    await expect(responder.locator('.candidate-name').textContent()).resolves.toBe('孙绯');
    await expect(responder.textContent()).resolves.toContain('擅长技术攻关相关事项');
    await screenshot(page, 'service-loop');
    await responder.getByRole('button', { name: '派单' }).click();
    expect(await textOnceShown(detail.locator('h2 .badge'), '已派单')).toBe('已派单');
    expect(await textOnceShown(detail.locator('p'), '承接人')).toBe('承接人：孙绯');

    await detail.getByRole('button', { name: '接单' }).click();
    expect(await textOnceShown(detail.locator('h2 .badge'), '已接单')).toBe('已接单');
    await detail.getByRole('button', { name: '办结' }).click();
    expect(await textOnceShown(detail.locator('h2 .badge'), '已办结')).toBe('已办结');
    await detail.getByLabel('满意度').selectOption('4');
    await detail.getByRole('button', { name: '反馈评价' }).click();
    expect(await textOnceShown(detail.locator('h2 .badge'), '已反馈')).toBe('已反馈');
    expect(await textOnceShown(detail.locator('p'), '满意度')).toBe('满意度：★★★★');
    // the list shows it among the closed requests
    await page.getByRole('tab', { name: '已反馈' }).click();
    expect(await textOnceShown(page.locator('.request-list .request-title'), '石英玻璃')).toBe(
      '石英玻璃航天材料工艺攻关',
    );
    expect(problems).toEqual([]);
  });

  test('when a request raised three days ago was due yesterday, then the list puts it first, marked 已超时', async () => {
    const day = 86_400_000;
    // a request the park logged late: raised three days ago, due yesterday (the API refuses a due
    // date before the request was raised, so a past due date needs its raisedAt)
    const raised = await fetch(`${web.app.url}api/v1/requests`, {
      method: 'POST',
      headers: { authorization: `Bearer ${web.app.keys.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: `req-e2e-overdue-${Date.now()}`,
        kind: 'approval',
        title: '船坞用地续期审批',
        description: '',
        raisedBy: 'ent-zj-shipyard',
        raisedAt: new Date(Date.now() - 3 * day).toISOString(),
        dueAt: new Date(Date.now() - day).toISOString(),
      }),
    });
    expect(raised.status).toBe(201);
    const { id } = (await raised.json()) as { id: string };
    // the SLA job escalates it in the background, moments after it is raised
    await valueOf(
      async () => {
        const inbox = await fetch(`${web.app.url}api/v1/requests/escalated`, {
          headers: { authorization: `Bearer ${web.app.keys.admin}` },
        });
        const { items } = (await inbox.json()) as { items: { id: string }[] };
        return items.some((item) => item.id === id) ? true : null;
      },
      30_000,
      'the request escalated',
    );
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/service`, web.app.keys.admin);
    const first = page.locator('.request-list:not(.inbox-list) .list-item').first();
    expect(await textOnceShown(first.locator('.request-title'), '船坞')).toBe('船坞用地续期审批');
    expect(await first.getAttribute('class')).toContain('overdue');
    // the list names who raised it, as the API lists it
    await expect(first.textContent()).resolves.toContain('江苏省镇江船厂（集团）有限公司');
    await first.click();
    const detail = page.getByRole('region', { name: '船坞用地续期审批' });
    expect(await textOnceShown(detail.locator('.overdue-mark'), '已超时')).toContain('已超时');
    // the SLA job escalated it when it was raised past due: the 督办 inbox above the list shows it
    const inbox = page.getByRole('region', { name: '督办提醒' });
    expect(await textOnceShown(inbox.locator('[data-escalated] .request-title'), '船坞')).toBe('船坞用地续期审批');
    await expect(inbox.locator('.count-badge').textContent()).resolves.toMatch(/^[1-9]/);
    await screenshot(page, 'service-loop-overdue');
    expect(problems).toEqual([]);
  });

  test('when a request’s ranking proposes nobody, then the page says why, and staff dispatch it to a person found by name', async () => {
    const id = `req-e2e-manual-${Date.now()}`;
    const raised = await fetch(`${web.app.url}api/v1/requests`, {
      method: 'POST',
      headers: { authorization: `Bearer ${web.app.keys.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id,
        kind: 'land',
        title: '码头堆场用地协调',
        description: '',
        raisedBy: 'ent-zj-shipyard',
      }),
    });
    expect(raised.status).toBe(201);
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/service?id=${id}`, web.app.keys.secretary);
    const detail = page.getByRole('region', { name: '码头堆场用地协调' });
    expect(await textOnceShown(detail.locator('p.muted'), '没有建议的承接人')).toContain('没有党建指导员');
    const manual = detail.getByRole('form', { name: '指定承接人' });
    await manual.getByRole('textbox', { name: '指定承接人' }).fill('孙绯');
    await manual.getByRole('textbox', { name: '指定承接人' }).blur();
    expect(
      await textOnceShown(manual.getByRole('combobox', { name: '承接人' }).locator('option:checked'), '孙绯'),
    ).toBe('孙绯');
    await manual.getByRole('button', { name: '派单' }).click();
    expect(await textOnceShown(detail.locator('h2 .badge'), '已派单')).toBe('已派单');
    expect(await textOnceShown(detail.locator('p'), '承接人')).toBe('承接人：孙绯');
    expect(problems).toEqual([]);
  });

  test('when a request is raised today with a due date already past, then the form says the due date is before it was raised and nothing is raised', async () => {
    const { page } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/service`, web.app.keys.admin);
    const form = page.getByRole('form', { name: '企业点单' });
    await form.getByRole('textbox', { name: '企业名称' }).fill('镇江船厂');
    await form.getByRole('textbox', { name: '诉求', exact: true }).fill('码头岸线使用审批');
    await form.getByLabel('类别').selectOption('approval');
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('办结时限').fill(twoDaysAgo);
    await form.getByRole('button', { name: '提交' }).click();
    // the API names the field by its code (body.dueAt); the Chinese view by its label, in Chinese
    const refusal = await textOnceShown(form.getByRole('alert'), '办结时限');
    expect(refusal).toContain('填写有误：办结时限不得早于诉求提出时间');
    expect(refusal).not.toMatch(/[A-Za-z]{3,}/);
    await expect(page.locator('.request-list .request-title', { hasText: '码头岸线使用审批' }).count()).resolves.toBe(
      0,
    );
  });
});

import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { chineseHeaderText, chineseViewText } from '../helpers/chinese-view';
import { valueOf } from '../helpers/until';
import { webAppInBrowser } from '../helpers/web-app';

/**
 * The service, explorer and import journeys on the demo world a fresh `npm start` loads: a
 * generated enterprise's request dispatched to its best-ranked responder, who accepts and
 * resolves it with a key of their own; an overdue request reaching the 督办 inbox; the graph
 * explorer on a generated enterprise; a spreadsheet imported into the demo world. Each list the
 * user looks at holds something, and what the page shows is Chinese only.
 */
describe('the demo world’s service, explorer and import journeys, in Chinese', () => {
  const web = webAppInBrowser({ world: 'demo' });
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const res = await fetch(`${web.app.url}api/v1/${path}`, {
      method,
      headers: { authorization: `Bearer ${web.app.keys.admin}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(res.status).toBeLessThan(300);
    return (await res.json()) as Record<string, unknown>;
  };
  type Item = Record<string, unknown>;
  const itemsOf = async (path: string) => (await call('GET', path))['items'] as Item[];
  /** A generated enterprise of the demo world (not one of the articles'), with a Chinese name. */
  const generatedEnterprise = async (): Promise<Item> => {
    const found = (await itemsOf('enterprises?limit=500')).find(
      (e) => e['synthetic'] === true && String(e['id']).startsWith('demo-ent-'),
    );
    expect(found).toBeDefined();
    return found!;
  };

  test('when a demo request is dispatched from the page to its first-ranked responder, then the responder accepts and resolves it with their own key, and the secretary closes it', async () => {
    // a generated enterprise's request still waiting for a responder, with people ranked for it
    const raised = await itemsOf('requests?status=raised&limit=1000');
    expect(raised.length).toBeGreaterThan(0);
    // its ranking is computed in the background (202 until it is): wait for one that proposes people
    const seen: string[] = [];
    const chosen = await valueOf(
      async () => {
        seen.length = 0;
        for (const request of raised.slice(0, 12)) {
          const answer = await call('GET', `requests/${String(request['id'])}/responders`);
          const people = (answer['responders'] as Item[] | undefined) ?? [];
          seen.push(`${String(request['id'])}: ${String(answer['status'])} ${people.length}`);
          if (answer['status'] === 'ready' && people.length > 0) return request;
        }
        return null;
      },
      40_000,
      'a raised demo request with ranked responders',
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; rankings seen: ${seen.join(', ')}`);
    });
    const id = String(chosen!['id']);
    const title = String(chosen!['title']);

    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/service?id=${id}`, web.app.keys.secretary);
    const detail = page.getByRole('region', { name: title });
    expect(await textOnceShown(detail.locator('h2 .badge'), '已点单')).toBe('已点单');
    const first = detail.locator('[data-responder]').first();
    await first.waitFor();
    expect(await detail.locator('[data-responder]').count()).toBeGreaterThan(0);
    const name = (await first.locator('.candidate-name').textContent()) ?? '';
    expect(name).toMatch(/\p{Script=Han}/u);
    expect(await first.locator('.reasons li').count()).toBeGreaterThan(0);
    const person = (await first.getAttribute('data-responder')) ?? '';
    await chineseViewText(page.locator('main'));
    await chineseHeaderText(page);
    await screenshot(page, 'demo-world-service-dispatch');
    await first.getByRole('button', { name: '派单' }).click();
    expect(await textOnceShown(detail.locator('h2 .badge'), '已派单')).toBe('已派单');
    expect(await textOnceShown(detail.locator('p'), '承接人')).toBe(`承接人：${name}`);

    // the responder signs in with a key naming them, and finds the request among their own
    const key = await call('POST', 'keys', { name: `${name}（承接人）`, role: 'responder', person });
    const own = await watchedPage(web.browser);
    await signIn(own.page, `${web.app.url}#/service`, String(key['key']));
    const listed = own.page.locator(`[data-request="${id}"]`);
    expect(await textOnceShown(listed.locator('.request-title'), title)).toBe(title);
    await listed.click();
    const mine = own.page.getByRole('region', { name: title });
    await mine.getByRole('button', { name: '接单' }).click();
    expect(await textOnceShown(mine.locator('h2 .badge'), '已接单')).toBe('已接单');
    await mine.getByRole('textbox', { name: '备注' }).fill('已上门对接，问题已解决');
    await mine.getByRole('button', { name: '办结' }).click();
    expect(await textOnceShown(mine.locator('h2 .badge'), '已办结')).toBe('已办结');
    // closing with the enterprise's rating stays with the staff
    await expect(mine.getByRole('button', { name: '反馈评价' }).count()).resolves.toBe(0);
    await chineseViewText(own.page.locator('main'));
    await chineseHeaderText(own.page);
    await screenshot(own.page, 'demo-world-service-responder');

    // the secretary sees it resolved and closes it with the rating
    await page.reload();
    expect(await textOnceShown(detail.locator('h2 .badge'), '已办结')).toBe('已办结');
    await detail.getByLabel('满意度').selectOption('5');
    await detail.getByRole('button', { name: '反馈评价' }).click();
    expect(await textOnceShown(detail.locator('h2 .badge'), '已反馈')).toBe('已反馈');
    expect(await textOnceShown(detail.locator('p'), '满意度')).toBe('满意度：★★★★★');
    await chineseViewText(detail);
    expect(problems).toEqual([]);
    expect(own.problems).toEqual([]);
  }, 180_000);

  test('when a demo enterprise’s request is past its due date, then the SLA job escalates it and the 督办 inbox lists it with a count, in Chinese only', async () => {
    const enterprise = await generatedEnterprise();
    const day = 86_400_000;
    const title = '厂区消防验收加快办理';
    // logged late: raised three days ago, due yesterday
    const { id } = (await call('POST', 'requests', {
      id: `req-e2e-demo-overdue-${Date.now()}`,
      kind: 'approval',
      title,
      description: '',
      raisedBy: enterprise['id'],
      raisedAt: new Date(Date.now() - 3 * day).toISOString(),
      dueAt: new Date(Date.now() - day).toISOString(),
    })) as { id: string };
    // the SLA job escalates it in the background, moments after it is raised
    const total = await valueOf(
      async () => {
        const inbox = await call('GET', 'requests/escalated');
        return (inbox['items'] as Item[]).some((item) => item['id'] === id) ? Number(inbox['total']) : null;
      },
      30_000,
      'the request escalated',
    );
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/service`, web.app.keys.secretary);
    const inbox = page.getByRole('region', { name: '督办提醒' });
    const entry = inbox.locator(`[data-escalated="${id}"]`);
    expect(await textOnceShown(entry.locator('.request-title'), title)).toBe(title);
    await expect(entry.textContent()).resolves.toContain(String(enterprise['name']));
    await expect(entry.textContent()).resolves.toContain('督办次数');
    const count = await inbox.locator('.count-badge').textContent();
    expect(count).toMatch(/^[1-9]/u);
    expect(Number((count ?? '').replace(/\D/gu, ''))).toBeGreaterThanOrEqual(total);
    await chineseViewText(inbox);
    await entry.click();
    const detail = page.getByRole('region', { name: title });
    expect(await textOnceShown(detail.locator('.overdue-mark'), '已超时')).toContain('已超时');
    await chineseViewText(page.locator('main'));
    await chineseHeaderText(page);
    await screenshot(page, 'demo-world-service-inbox');
    expect(problems).toEqual([]);
  });

  test('when a generated enterprise is looked up by its Chinese name in the graph explorer, then its neighbours are drawn, one expands, and nodes and legend are Chinese', async () => {
    const enterprise = await generatedEnterprise();
    const name = String(enterprise['name']);
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/graph`, web.app.keys.viewer);
    await page.getByRole('searchbox').fill(name);
    await page.getByRole('button', { name: '查找' }).click();
    // a generated node carries the 合成 badge beside its name
    expect(await textOnceShown(page.locator('.graph-selected'), name)).toMatch(
      new RegExp(`^已选：${name}(合成)?$`, 'u'),
    );
    const neighbours = page.getByRole('region', { name: '邻近节点' });
    await neighbours.getByRole('button').first().waitFor();
    const shown = await neighbours.getByRole('button').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    // each neighbour is named by its kind and name, in Chinese
    for (const label of shown) expect(label).toMatch(/^\p{Script=Han}+ · .*\p{Script=Han}/u);
    const legend = page.getByRole('list', { name: '节点类型' }).getByRole('listitem');
    const kinds = (await legend.allTextContents()).map((entry) => entry.replace(/ \(\d+\)$/u, ''));
    expect(kinds).toEqual(expect.arrayContaining(['企业', ...new Set(shown.map((label) => label.split(' · ')[0]))]));
    expect(await page.locator('.sigma canvas').count()).toBeGreaterThan(0);
    await chineseViewText(page.locator('main'));

    // expanding the region it is in adds that region's other nodes to the drawing
    const before = Number(await page.locator('.sigma').getAttribute('data-nodes'));
    const region = shown.find((label) => label.startsWith('地区 · ')) ?? shown[0]!;
    await neighbours.getByRole('button', { name: region, exact: true }).click();
    const regionName = region.split(' · ').slice(1).join(' · ');
    expect(await textOnceShown(page.locator('.graph-selected'), regionName)).toMatch(
      new RegExp(`^已选：${regionName}(合成)?$`, 'u'),
    );
    await page.locator(`.sigma:not([data-nodes="${before}"])`).waitFor();
    expect(Number(await page.locator('.sigma').getAttribute('data-nodes'))).toBeGreaterThan(before);
    await chineseViewText(page.locator('main'));
    await chineseHeaderText(page);
    await screenshot(page, 'demo-world-graph-explorer');
    expect(problems).toEqual([]);
  });

  test('when a small CSV is imported into the demo world, then the report counts the rows and names the rejected ones and why, in Chinese only', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/import`, web.app.keys.admin);
    const stamp = Date.now();
    const good = `ent-e2e-demo-${stamp}`;
    const noName = `ent-e2e-demo-noname-${stamp}`;
    const csv = [
      '编号,名称,规模,地区',
      `${good},镇江某船舶舾装配套有限公司,小型,region-zj-hitech`,
      `${noName},,小型,region-zj-hitech`,
    ].join('\n');
    await page.getByLabel('文件').setInputFiles({ name: '企业.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: '开始导入' }).click();
    expect(await textOnceShown(page.locator('.job-state'), '已完成')).toBe('已完成 100%');
    const report = page.getByRole('region', { name: '导入报告' });
    expect(await report.locator('tbody tr').first().locator('th, td').allTextContents()).toEqual([
      '企业',
      '2',
      '1',
      '1',
      '0',
    ]);
    const rejected = report.locator('table.rejected tbody tr');
    expect(await rejected.count()).toBe(1);
    const cells = await rejected.first().locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['3', `企业[1] ${noName}`, '名称']);
    expect(cells[3]).toMatch(/\p{Script=Han}/u);
    // what the user uploaded (the ids) may show as typed; nothing else in Latin letters
    await chineseViewText(report, { typed: [good, noName] });
    // the page's explanation names the file formats it takes (JSON, CSV, XLSX), as it names Excel
    await chineseViewText(page.locator('main'), { typed: [good, noName, 'JSON', 'CSV', 'XLSX'] });
    await chineseHeaderText(page);
    await screenshot(page, 'demo-world-import');
    expect(problems).toEqual([]);
  });
});

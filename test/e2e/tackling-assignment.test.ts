import ExcelJS from 'exceljs';
import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { until } from '../helpers/until';
import { webAppInBrowser, type WebApp } from '../helpers/web-app';

const HAN = /\p{Script=Han}/u;
/** Latin words (three letters or more) in a Chinese view: a code name or English leaking through. */
const LATIN_WORD = /[A-Za-z]{3,}/u;

/** Two published problems: one 孙绯 (石英玻璃, 航天航空材料) fits, one nobody in the demo data does. */
async function postProblems(app: WebApp): Promise<void> {
  const problems = [
    {
      id: 'prob-e2e-quartz',
      title: '航天级石英玻璃纤维提纯',
      skills: ['石英玻璃', '航天航空材料'],
      teamSize: 2,
      postedBy: 'ent-zj-shipyard',
      segments: ['seg-nm-quartz'],
    },
    {
      id: 'prob-e2e-qkd',
      title: '量子密钥分发芯片封装',
      skills: ['量子密钥分发'],
      teamSize: 1,
      postedBy: 'ent-zj-shipyard',
      segments: ['seg-opto-optical-film'],
    },
  ];
  for (const problem of problems) {
    const posted = await fetch(`${app.url}api/v1/problems`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${app.keys.admin}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(problem),
    });
    expect(posted.status).toBe(201);
  }
  // the assignment is recomputed in the background: the page is opened once it holds both
  await until(
    async () => {
      const answer = await fetch(`${app.url}api/v1/assignment`, {
        headers: { Authorization: `Bearer ${app.keys.admin}` },
      });
      const body = (await answer.json()) as { problems?: { problemId: string }[] };
      return (body.problems ?? []).filter((p) => p.problemId.startsWith('prob-e2e-')).length === 2;
    },
    30_000,
    'the assignment to hold the two posted problems',
  );
}

/** 全局分配 and 专家的难题 on the tackling page, in a real browser. */
describe('the tackling page: the global assignment and an expert’s problems', () => {
  const web = webAppInBrowser();
  beforeAll(async () => postProblems(web.app), 60_000);

  test('when the secretary opens 全局分配, then 孙绯 is seated with her load against her maximum, the empty seats say why, and the list exports', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling`, web.app.keys.secretary);
    await page.getByRole('tab', { name: '全局分配' }).click();
    const view = page.getByRole('region', { name: '全局分配' });
    const quartz = view.locator('tr[data-problem="prob-e2e-quartz"]');
    expect(await textOnceShown(quartz.locator('td.assigned li'), '孙绯')).toMatch(/孙绯\s*匹配度 [\d.]+ · 负荷 1\/3$/u);
    // a team of two with one expert who fits: the empty seat is explained in Chinese
    await expect(quartz.locator('td.diagnosis').textContent()).resolves.toBe(
      '空缺席位 1：只有1名专家适合「航天级石英玻璃纤维提纯」，团队需要2人',
    );
    const qkd = view.locator('tr[data-problem="prob-e2e-qkd"]');
    await expect(qkd.locator('td.assigned').textContent()).resolves.toBe('暂无');
    await expect(qkd.locator('td.diagnosis').textContent()).resolves.toContain(
      '没有专家的研究方向、成果或技能与「量子密钥分发芯片封装」相关',
    );
    const loads = view.getByRole('region', { name: '专家负荷' });
    await expect(loads.locator('tr[data-person="person-sun-fei"]').textContent()).resolves.toContain('1/3');
    await expect(view.locator('table').first().textContent()).resolves.not.toMatch(LATIN_WORD);
    await expect(view.locator('.assignment-summary').textContent()).resolves.toMatch(
      /^待揭榜难题：\d+ · 已分配席位：/u,
    );
    await screenshot(page, 'tackling-assignment');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      view.getByRole('button', { name: '导出表格（Excel）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('全局专家分配.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('全局专家分配')!;
    const headers = (sheet.getRow(1).values as unknown[]).filter((v) => v !== undefined).map(String);
    expect(headers.filter((h) => !HAN.test(h))).toEqual([]);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!.map((row) => row.values as unknown[]);
    const quartzRow = rows.find((values) => values.includes('航天级石英玻璃纤维提纯'))!;
    expect(quartzRow).toEqual(expect.arrayContaining(['孙绯（负荷 1/3）', 1]));

    // the experts' loads export on their own: one row an expert, load against maximum, seated problems
    const [loadsDownload] = await Promise.all([
      page.waitForEvent('download'),
      loads.getByRole('button', { name: '导出负荷（Excel）' }).click(),
    ]);
    expect(loadsDownload.suggestedFilename()).toBe('专家负荷.xlsx');
    const loadsBook = new ExcelJS.Workbook();
    await loadsBook.xlsx.readFile(await loadsDownload.path());
    const loadsSheet = loadsBook.getWorksheet('专家负荷')!;
    const loadHeaders = (loadsSheet.getRow(1).values as unknown[]).filter((v) => v !== undefined).map(String);
    expect(loadHeaders.filter((h) => !HAN.test(h))).toEqual([]);
    const sunFei = loadsSheet
      .getRows(2, loadsSheet.rowCount - 1)!
      .map((row) => row.values as unknown[])
      .find((values) => values.includes('孙绯'))!;
    expect(sunFei).toEqual(expect.arrayContaining(['person-sun-fei', 1, 3, '可承接']));
    expect(sunFei.some((v) => typeof v === 'string' && v.includes('航天级石英玻璃纤维提纯'))).toBe(true);

    // a problem named in the assignment opens on the board
    await quartz.getByRole('button', { name: '航天级石英玻璃纤维提纯' }).click();
    await page.getByRole('region', { name: '航天级石英玻璃纤维提纯' }).waitFor();
    expect(page.url()).toContain('id=prob-e2e-quartz');
    expect(problems).toEqual([]);
  });

  test('when a university liaison looks up 孙绯 under 专家的难题, then the quartz problem is ranked for her with reasons, and the list exports', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling?view=expert`, web.app.keys.university);
    const view = page.getByRole('region', { name: '专家的难题' });
    await view.getByRole('searchbox', { name: '按姓名或技能查找专家' }).fill('孙绯');
    await view.getByRole('button', { name: '查找' }).click();
    const ranked = view.getByRole('region', { name: '适合该专家的难题' });
    await textOnceShown(ranked.locator('h3'), '孙绯');
    const first = ranked.locator('li.candidate').first();
    await expect(first.locator('.candidate-name').textContent()).resolves.toBe('航天级石英玻璃纤维提纯');
    const reasons = await first.locator('.reasons').textContent();
    expect(reasons).toMatch(HAN);
    expect(reasons).not.toMatch(LATIN_WORD);
    await expect(first.textContent()).resolves.toContain('发榜单位：');
    // the quantum problem fits nobody, her included
    await expect(ranked.textContent()).resolves.not.toContain('量子密钥分发芯片封装');
    expect(page.url()).toContain('expert=person-sun-fei');
    await screenshot(page, 'tackling-expert-problems');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      ranked.getByRole('button', { name: '导出表格（Excel）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('适合专家的难题-孙绯.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.getWorksheet('适合专家的难题')!.getRow(2).getCell(2).value).toBe('航天级石英玻璃纤维提纯');

    // her load beside the list: against her maximum, where the global assignment seats her, exportable
    const load = ranked.getByRole('region', { name: '专家负荷' });
    expect(await textOnceShown(load.locator('.expert-load-line'), '负荷')).toBe('负荷 1/3（可承接）');
    await expect(load.textContent()).resolves.toContain('本次分配的难题：航天级石英玻璃纤维提纯');
    const [loadDownload] = await Promise.all([
      page.waitForEvent('download'),
      load.getByRole('button', { name: '导出负荷（Excel）' }).click(),
    ]);
    expect(loadDownload.suggestedFilename()).toBe('专家负荷-孙绯.xlsx');
    const loadBook = new ExcelJS.Workbook();
    await loadBook.xlsx.readFile(await loadDownload.path());
    const herRow = loadBook.getWorksheet('专家负荷')!.getRow(2).values as unknown[];
    expect(herRow).toEqual(expect.arrayContaining(['孙绯', 1, 3, '可承接', '航天级石英玻璃纤维提纯']));
    expect(problems).toEqual([]);
  });

  test('when a name matches no expert, then the view says so instead of an empty list', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling?view=expert`, web.app.keys.viewer);
    const view = page.getByRole('region', { name: '专家的难题' });
    await view.getByRole('searchbox', { name: '按姓名或技能查找专家' }).fill('不存在的专家甲乙丙');
    await view.getByRole('button', { name: '查找' }).click();
    expect(await textOnceShown(view.locator('.empty-why'), '没有找到')).toBe(
      '没有找到这位专家：请换一个姓名或技能再试。',
    );
    expect(problems).toEqual([]);
  });

  test('when no institution relates to the dual-fuel engine problem but its own poster, then the institutions side says why it is empty', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling?id=prob-dual-fuel-engine`, web.app.keys.viewer);
    const detail = page.getByRole('region', { name: '船用中速双燃料发动机' });
    const institutions = detail.getByRole('region', { name: '候选机构' });
    expect(await textOnceShown(institutions.locator('.empty-why'), '暂无候选机构')).toBe(
      '暂无候选机构：没有高校院所的研究方向或人员技能与该难题所需技能相关；仅因地理位置相近或发榜单位本身不予推荐。',
    );
    // 江苏科技大学 posted it: it is not its own candidate
    await expect(institutions.textContent()).resolves.not.toContain('江苏科技大学');
    expect(problems).toEqual([]);
  });

  test('when the assignment is read in English, then its headings and the empty seats’ reasons are in English', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling?view=assignment`, web.app.keys.viewer);
    await page.getByRole('button', { name: 'English' }).click();
    const view = page.getByRole('region', { name: 'Global assignment' });
    const qkd = view.locator('tr[data-problem="prob-e2e-qkd"]');
    expect(await textOnceShown(qkd.locator('td.diagnosis'), 'Empty seats')).toBe(
      'Empty seats 1: no expert’s works, skills or research fit 「量子密钥分发芯片封装」',
    );
    await expect(view.locator('thead').first().textContent()).resolves.toBe(
      'ProblemTeam sizeAssigned expertsAlternatesWhy seats are empty',
    );
    await expect(view.locator('td.assigned li').first().textContent()).resolves.toMatch(/Fit [\d.]+ · Load 1\/3$/u);
    expect(problems).toEqual([]);
  });
});

import ExcelJS from 'exceljs';
import { screenshot, signIn, textOnceShown, watchedPage } from '../helpers/browser';
import { webAppInBrowser } from '../helpers/web-app';

const HAN = /\p{Script=Han}/u;

/**
 * 组建攻关团队 and Excel exports on the tackling board, in a real browser, as the chain secretary,
 * on the demo world: there 江子刚 covers every skill of the lidar problem (the articles' data alone
 * proposes nobody for any of its problems, an expert being proposed only for what they know).
 */
describe('the tackling board: a proposed consortium turned into a team, lists exported', () => {
  const web = webAppInBrowser({ world: 'demo' });

  test('when the secretary forms a team from the lidar problem’s consortium (江子刚, who covers its skills) and adds a person not in the graph, then the team is listed among the problem’s teams', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling?id=prob-lidar`, web.app.keys.secretary);
    const detail = page.getByRole('region', { name: '高精度激光雷达研发瓶颈' });
    const teams = detail.getByRole('region', { name: '攻关团队' });
    // the shipped 党员技术攻关小组 already tackles it: the new team joins it in the list
    await textOnceShown(teams.locator('li'), '党员技术攻关小组');
    await detail.getByRole('button', { name: '组建攻关团队' }).click();
    const form = detail.getByRole('form', { name: '组建攻关团队' });
    // prefilled with the consortium's people and a name after the problem
    expect(await textOnceShown(form.locator('.member-name'), '江子刚')).toBe('江子刚');
    await expect(form.getByLabel('团队名称').inputValue()).resolves.toBe('高精度激光雷达研发瓶颈攻关团队');

    await detail.getByRole('button', { name: '添加人员' }).click();
    const person = detail.getByRole('form', { name: '添加人员' });
    await person.getByLabel('姓名').fill('王海涛');
    await person.getByLabel('职称').fill('高级工程师');
    await person.getByLabel('技能（以逗号或顿号分隔）').fill('激光雷达标定、光学设计');
    await person.getByLabel('工作单位（输入名称查找）').fill('菲利华');
    await person.getByLabel('职务').click();
    await textOnceShown(person.getByLabel('选择工作单位').locator('option'), '菲利华');
    await person.getByRole('button', { name: '添加并加入团队' }).click();
    await expect(textOnceShown(form.locator('.member-name'), '王海涛')).resolves.toBe('王海涛');
    await expect(form.locator('.member-name').allTextContents()).resolves.toEqual(['江子刚', '王海涛']);
    await expect(form.getByRole('button', { name: '移除 王海涛' }).isVisible()).resolves.toBe(true);

    await form.getByLabel('团队名称').fill('激光雷达攻关团队');
    await screenshot(page, 'tackling-form-team');
    await form.getByRole('button', { name: '创建团队' }).click();
    expect(await textOnceShown(teams.locator('li'), '激光雷达攻关团队')).toBe('激光雷达攻关团队 · 攻关联合体 · 2人');
    await expect(form.count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  test('when the consortium is exported, then an .xlsx downloads named for it whose header row is Chinese and whose rows are its people', async () => {
    const { page, problems } = await watchedPage(web.browser);
    await signIn(page, `${web.app.url}#/tackling?id=prob-lidar`, web.app.keys.viewer);
    const detail = page.getByRole('region', { name: '高精度激光雷达研发瓶颈' });
    // the consortium as shown (a person added by another test may have joined it since the data was shipped)
    const firstMember = detail.locator('h3:has-text("建议攻关联合体") ~ table td').first();
    await firstMember.waitFor();
    const shownName = await firstMember.textContent();
    // a viewer reads and exports, but forms no team
    await expect(detail.getByRole('button', { name: '组建攻关团队' }).count()).resolves.toBe(0);
    const exportButtons = detail.getByRole('button', { name: '导出表格（Excel）' });
    // candidate experts, candidate institutions, the consortium: the consortium's is the one after the table's heading
    const consortiumExport = page.locator('h3:has-text("建议攻关联合体") + .list-actions button');
    await expect(exportButtons.count()).resolves.toBeGreaterThanOrEqual(1);
    const [download] = await Promise.all([page.waitForEvent('download'), consortiumExport.click()]);
    expect(download.suggestedFilename()).toBe('建议攻关联合体-高精度激光雷达研发瓶颈.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('建议攻关联合体')!;
    const headers = (sheet.getRow(1).values as unknown[]).filter((v) => v !== undefined).map(String);
    expect(headers.length).toBeGreaterThan(3);
    expect(headers.filter((h) => !HAN.test(h))).toEqual([]);
    expect(sheet.getRow(2).getCell(2).value).toBe(shownName);
    expect(problems).toEqual([]);
  });
});

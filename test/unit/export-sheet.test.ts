/**
 * @jest-environment node
 */
import ExcelJS from 'exceljs';
import { fillWorkbook, sheetFileName, type Sheet } from '../../src/web/components/export-sheet';

type Row = { name: string; score: number };
const sheet = (rows: Row[]): Sheet<Row> => ({
  what: '招商线索',
  where: ['白银高新区', '锂电池'],
  rows,
  columns: [
    { header: '企业', cell: (r) => r.name },
    { header: '得分', cell: (r) => r.score },
  ],
});

/** The workbook as a user opens it: written to bytes and read back. */
async function reopened(s: Sheet<Row>): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  fillWorkbook(workbook, s);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again.worksheets[0]!;
}

describe('a list exported as Excel', () => {
  test('when a list is exported, then its sheet is named for it, the header row is Chinese and the rows follow', async () => {
    const ws = await reopened(sheet([{ name: '隆晟冶金', score: 0.8 }]));
    expect(ws.name).toBe('招商线索');
    expect(ws.getRow(1).values).toEqual([undefined, '企业', '得分']);
    expect(ws.getRow(2).values).toEqual([undefined, '隆晟冶金', 0.8]);
  });

  test('when a cell from the data starts with = + - @, then it opens as that text, not as a formula', async () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)'];
    const ws = await reopened(sheet(hostile.map((name) => ({ name, score: 1 }))));
    hostile.forEach((text, i) => {
      const cell = ws.getRow(i + 2).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    });
  });

  test('when the file is named, then it says what and where, without characters a file name may not hold', () => {
    expect(sheetFileName(sheet([]))).toBe('招商线索-白银高新区-锂电池.xlsx');
    expect(sheetFileName({ what: '候选专家', where: ['A/B:难题?', undefined, ''] })).toBe('候选专家-A_B_难题_.xlsx');
  });
});

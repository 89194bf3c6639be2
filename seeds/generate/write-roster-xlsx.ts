import ExcelJS from 'exceljs';
import { ROSTER_HEADERS, type RosterRow } from './generate-roster';

/** Said on the sheet itself, so that the file is never taken for real registry data. */
export const FICTIONAL_NOTE =
  '虚构数据：本名录由 redchain 的生成器（npm run generate -- roster）按固定种子生成，企业名称、统一社会信用代码、经营范围均为虚构，与任何真实企业无关。Fictional data, generated; no real company.';

/** The roster as the registry exports it: one sheet 企业名录, the registry's headers, every cell text. */
export async function rosterXlsx(rows: readonly RosterRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'redchain generator (fictional data)';
  // a fixed date, so that the same seed writes the same workbook properties
  workbook.created = workbook.modified = new Date('2026-12-02T00:00:00Z');
  const sheet = workbook.addWorksheet('企业名录');
  sheet.addRow([...ROSTER_HEADERS]).font = { bold: true };
  for (const row of rows) sheet.addRow(ROSTER_HEADERS.map((h) => row[h]));
  sheet.getCell('A1').note = FICTIONAL_NOTE;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

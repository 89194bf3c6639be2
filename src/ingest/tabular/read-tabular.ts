import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Sheet } from './tabular-to-bundle';

/** A CSV file (UTF-8, with or without BOM) as a sheet named after the file. */
export function readCsv(name: string, text: string): Sheet {
  const records = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [header, ...rows] = records;
  return {
    name,
    headers: header?.record ?? [],
    rows: rows.map((r) => ({ line: r.info.lines, cells: r.record })),
  };
}

/** Every worksheet of an XLSX workbook: the first row holds the headers. */
export async function readXlsx(buffer: Buffer): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: Sheet['rows'] = [];
    let headers: string[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cell.text ?? '';
      });
      if (number === 1) headers = cells.map((c) => c ?? '');
      else rows.push({ line: number, cells: Array.from({ length: headers.length }, (_, i) => cells[i] ?? '') });
    });
    sheets.push({ name: worksheet.name, headers, rows });
  });
  return sheets;
}

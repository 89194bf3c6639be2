import ExcelJS from 'exceljs';
import { AppError } from '../../shared/app-error';
import { readCsvRecords } from './csv-records';
import type { Sheet } from './tabular-to-bundle';

/**
 * A CSV file (UTF-8, with or without BOM) as a sheet named after the file. A row whose quoting
 * is broken is kept aside (`broken`, with its line) and the other rows are read; a broken header
 * row fails the file, for then no column can be known.
 */
export function readCsv(name: string, text: string): Sheet {
  const { records, broken } = readCsvRecords(text);
  const [header, ...rows] = records;
  const headerBroken = broken.find((b) => b.line < (header?.line ?? Number.POSITIVE_INFINITY));
  if (headerBroken)
    throw AppError.badInput('file', `${name} line ${headerBroken.line} (the header row): ${headerBroken.reason}`);
  return {
    name,
    headers: header?.cells ?? [],
    rows: rows.map((r) => ({ line: r.line, cells: r.cells })),
    broken,
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

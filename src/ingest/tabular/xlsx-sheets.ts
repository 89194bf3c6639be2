import ExcelJS from 'exceljs';
import type { Sheet } from './tabular-to-bundle';
import { XlsxTooLarge, type XlsxLimits } from './xlsx-limits';
import { entryBytes, zipEntries, type ZipEntry } from './zip-entries';

/**
 * Every worksheet of an XLSX workbook, the first row holding the headers. The workbook is
 * measured first (its parts' sizes, each sheet's rows and cells counted in its XML) and only a
 * workbook within the limits is built by exceljs: building one of 300k rows takes seconds and
 * hundreds of MB. Runs in a worker thread (xlsx-reader.ts). Throws XlsxTooLarge naming the limit.
 */
export async function readXlsxSheets(bytes: Uint8Array, limits: XlsxLimits): Promise<Sheet[]> {
  measureWorkbook(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => {
    if (worksheet.columnCount > limits.maxColumns) throw tooManyColumns(worksheet.name, limits);
    const rows: Sheet['rows'] = [];
    let headers: string[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cell.text ?? '';
      });
      if (number === 1) headers = Array.from(cells, (c) => c ?? '');
      else rows.push({ line: number, cells: Array.from({ length: headers.length }, (_, i) => cells[i] ?? '') });
    });
    sheets.push({ name: worksheet.name, headers, rows });
  });
  return sheets;
}

const ROW_TAG = /<(?:[A-Za-z_][\w.-]*:)?row[\s/>]/gu;
const CELL_TAG = /<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/gu;

/** Throws XlsxTooLarge when the workbook is past a limit; reads each part once, inflated with a cap. */
function measureWorkbook(bytes: Uint8Array, limits: XlsxLimits): void {
  const entries = zipEntries(bytes);
  if (!entries) throw new Error('it is not a zip file (an XLSX workbook is one)');
  const tooLarge = () =>
    new XlsxTooLarge(`the workbook expands to more than ${sizeOf(limits.maxUncompressedBytes)}; split the file`);
  if (entries.reduce((sum, e) => sum + e.uncompressedBytes, 0) > limits.maxUncompressedBytes) throw tooLarge();
  let budget = limits.maxUncompressedBytes;
  const read = (entry: ZipEntry): string => {
    let part: Buffer;
    try {
      part = entryBytes(bytes, entry, budget);
    } catch (error) {
      // the part inflates past what its size declared, and past the limit
      if (error instanceof RangeError) throw tooLarge();
      throw error;
    }
    budget -= part.length;
    // tags are ASCII: latin1 decodes fastest and keeps every tag where it is
    return part.toString('latin1');
  };
  const names = sheetNames(entries, read);
  let cells = 0;
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/u.test(entry.name)) continue;
    const xml = read(entry);
    const rows = (xml.match(ROW_TAG)?.length ?? 0) - 1;
    const name = names.get(entry.name) ?? entry.name;
    if (rows > limits.maxRows)
      throw new XlsxTooLarge(
        `the sheet "${name}" has more than ${limits.maxRows.toLocaleString('en')} rows; split the file`,
      );
    cells += xml.match(CELL_TAG)?.length ?? 0;
    if (cells > limits.maxCells)
      throw new XlsxTooLarge(
        `the workbook has more than ${limits.maxCells.toLocaleString('en')} cells; split the file`,
      );
  }
}

/** Sheet names by the part that holds them (xl/worksheets/sheet1.xml → 企业), for messages. */
function sheetNames(entries: ZipEntry[], read: (entry: ZipEntry) => string): Map<string, string> {
  const names = new Map<string, string>();
  const workbook = entries.find((e) => e.name === 'xl/workbook.xml');
  const rels = entries.find((e) => e.name === 'xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const [tag] of read(rels).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/gu)) {
    const id = /\bId="([^"]*)"/u.exec(tag)?.[1];
    const target = /\bTarget="([^"]*)"/u.exec(tag)?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  // the workbook part is UTF-8: names are Chinese
  const xml = Buffer.from(read(workbook), 'latin1').toString('utf8');
  for (const [tag] of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/gu)) {
    const name = /\bname="([^"]*)"/u.exec(tag)?.[1];
    const id = /\br:id="([^"]*)"/u.exec(tag)?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name && target) names.set(target, name);
  }
  return names;
}

function tooManyColumns(name: string, limits: XlsxLimits): XlsxTooLarge {
  return new XlsxTooLarge(
    `the sheet "${name}" has more than ${limits.maxColumns.toLocaleString('en')} columns; split the file`,
  );
}

function sizeOf(bytes: number): string {
  return bytes >= 2 ** 20
    ? `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MB`
    : `${bytes.toLocaleString('en')} bytes`;
}

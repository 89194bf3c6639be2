import { AppError } from '../../shared/app-error';
import { readCsvRecords } from './csv-records';
import type { Sheet } from './tabular-to-bundle';
import { XLSX_LIMITS, type XlsxLimits } from './xlsx-limits';
import { readXlsxInWorker } from './xlsx-reader';

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

/**
 * Every worksheet of an XLSX workbook (the first row holds the headers), read off the event loop
 * within XLSX_LIMITS (xlsx-limits.ts). Throws XlsxTooLarge naming the limit a workbook is past.
 */
export async function readXlsx(buffer: Buffer, limits: XlsxLimits = XLSX_LIMITS): Promise<Sheet[]> {
  return readXlsxInWorker(buffer, limits);
}

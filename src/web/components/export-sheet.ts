import type { Workbook } from 'exceljs';

/** What a cell may hold: strings stay strings (a leading = + - @ is text, never a formula). */
export type Cell = string | number | boolean | null | undefined;

/** One column of an exported list: its Chinese header and how a row fills it. */
export interface SheetColumn<Row> {
  header: string;
  width?: number;
  cell: (row: Row, index: number) => Cell;
}

/** A list as a spreadsheet: what it is (the sheet's name), where it was drawn (for the file name), its columns and rows. */
export interface Sheet<Row> {
  /** What the list is, in Chinese: 招商线索, 上游配套候选… */
  what: string;
  /** Where and for what it was drawn: the region, the chain, the enterprise, the problem. */
  where: readonly (string | undefined)[];
  columns: readonly SheetColumn<Row>[];
  rows: readonly Row[];
}

// Windows and Excel refuse these in file and sheet names
const NOT_IN_NAMES = /[\\/:*?"<>|[\]]/gu;

/** The download's name: what, then where, joined by dashes (招商线索-白银高新区-锂电池.xlsx). */
export function sheetFileName(sheet: Pick<Sheet<unknown>, 'what' | 'where'>): string {
  const parts = [sheet.what, ...sheet.where].filter((p): p is string => !!p && p.trim() !== '');
  return `${parts.map((p) => p.replace(NOT_IN_NAMES, '_').trim()).join('-')}.xlsx`;
}

/**
 * Writes the list into a workbook. Values go in as plain cells: exceljs writes a string as a
 * string cell (a formula only from an explicit { formula } value), so a name like "=HYPERLINK(…)"
 * from the data opens as text, not as a formula.
 */
export function fillWorkbook<Row>(workbook: Workbook, sheet: Sheet<Row>): void {
  // a sheet's name is at most 31 characters
  const worksheet = workbook.addWorksheet(sheet.what.replace(NOT_IN_NAMES, '_').slice(0, 31));
  worksheet.columns = sheet.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 16 }));
  sheet.rows.forEach((row, r) =>
    worksheet.addRow(Object.fromEntries(sheet.columns.map((c, i) => [`c${i}`, c.cell(row, r) ?? '']))),
  );
  worksheet.getRow(1).font = { bold: true };
}

/** The cells of a list of names, joined the Chinese way. */
export const joined = (items: readonly (string | undefined)[]): string => items.filter(Boolean).join('；');

/** The 合成数据 column: 是 for a record a generator made up, empty for a real one. */
export const syntheticCell = (synthetic: boolean | null | undefined): string => (synthetic === true ? '是' : '');

import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { BUNDLE_SECTIONS, bundleSections, type BundleSection } from '../bundle.schema';
import { ESCAPED_CELL, escapeFormula } from './formula-escape';
import { writeObjectList } from './object-list-cells';
import { kindOf, type Sheet } from './tabular-to-bundle';
import { enumFor, headerOf, itemEnumsFor, SECTION_NAMES } from './tabular-vocabulary';

/**
 * A bundle as sheets that a park's staff can read and edit and that import reads back: Chinese
 * sheet names, headers as 名称(name), lists joined with ；, nested lists as key:value or JSON
 * (object-list-cells.ts), enum values in Chinese, booleans as 是/否.
 */
export function bundleToSheets(bundle: Record<string, unknown>): Sheet[] {
  return BUNDLE_SECTIONS.map((section) => {
    const shape = (bundleSections[section] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
    const fields = columnsOf(section);
    const records = (bundle[section] as Record<string, unknown>[] | undefined) ?? [];
    return {
      name: SECTION_NAMES[section][0] as string,
      headers: fields.map((f) => `${headerOf(section, f)}(${f})`),
      rows: records.map((record, i) => ({
        line: i + 2,
        cells: fields.map((f) => cellText(section, f, record[f], shape[f] as z.ZodType)),
      })),
    };
  });
}

/** A section's fields in schema order, the generated-data mark last (a column most sheets leave empty). */
function columnsOf(section: BundleSection): string[] {
  const fields = Object.keys((bundleSections[section] as unknown as z.ZodObject).shape);
  return [...fields.filter((f) => f !== 'synthetic'), ...fields.filter((f) => f === 'synthetic')];
}

function cellText(section: BundleSection, field: string, value: unknown, schema: z.ZodType): string {
  if (value === undefined || value === null) return '';
  const labels = enumFor(section, field);
  const zh = (v: unknown) => (labels && typeof v === 'string' ? (labels.zh[v] ?? v) : String(v));
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) {
    const { kind, keys } = kindOf(schema);
    // items are written so that import reads back the same items (their key order is the schema's, not the store's)
    if (kind === 'object-list')
      return writeObjectList(value as Record<string, unknown>[], keys, itemEnumsFor(section, field));
    return value.map(zh).join('；');
  }
  return zh(value);
}

/** Sheets as a workbook; every cell is text, formula-like ones escaped (formula-escape.ts). */
export async function sheetsToXlsx(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'redchain';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.addRow(sheet.headers.map(escapeFormula)).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row.cells.map(escapeFormula));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One sheet as CSV with a BOM (so Excel reads it as UTF-8); formula-like cells escaped and quoted. */
export function sheetToCsv(sheet: Sheet): string {
  const table = [sheet.headers, ...sheet.rows.map((r) => r.cells)].map((cells) => cells.map(escapeFormula));
  return `\uFEFF${stringify(table, { quoted_match: ESCAPED_CELL })}`;
}

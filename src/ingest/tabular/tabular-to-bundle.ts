import type { z } from 'zod';
import { BUNDLE_FORMAT, BUNDLE_SECTIONS, bundleSections, type BundleSection } from '../bundle.schema';
import type { Rejection } from '../import-report';
import { unescapeFormula } from './formula-escape';
import { codeOf } from '../../domain';
import { AppError } from '../../shared/app-error';
import { readObjectList } from './object-list-cells';
import { enumFor, HEADER_NAMES, headerOf, itemEnumsFor, SECTION_NAMES } from './tabular-vocabulary';

/** One sheet of a workbook or one CSV file: its name, header row and rows with their line numbers. */
export interface Sheet {
  name: string;
  headers: string[];
  rows: { line: number; cells: string[] }[];
  /** Rows that could not be read at all (a CSV row with broken quoting): their line and why. */
  broken?: { line: number; reason: string }[];
}

export interface TabularBundle {
  bundle: Record<string, unknown>;
  /** The file line (CSV) or row number (XLSX) of each record, for reports. */
  lineOf: (section: BundleSection, index: number) => number | undefined;
  /** Sheets and columns that were not understood, and so ignored. */
  notes: string[];
  /** Rows that could not be read, as rejections for the report (the other rows are in the bundle). */
  unreadable: (Rejection & { section: BundleSection })[];
}

const LIST_SEPARATORS = /[;；、,，|\n]+/u;

/** The section a sheet or CSV file holds: its English name or a Chinese one (企业, 党组织 …). */
export function sectionOfSheet(name: string): BundleSection | null {
  const bare = name.replace(/\.(csv|xlsx)$/iu, '').trim();
  for (const section of BUNDLE_SECTIONS) {
    if (section.toLowerCase() === bare.toLowerCase() || SECTION_NAMES[section].includes(bare)) return section;
  }
  return null;
}

/**
 * Sheets (one per kind) to a redchain-bundle/1 document. Headers may be the bundle's field
 * names, Chinese names (名称, 统一社会信用代码) or both as 名称(name); list cells are separated by
 * ；、, or |; nested lists as key:value (工作单位: inst-just:教授；ent-1:顾问) or as JSON
 * (object-list-cells.ts); Chinese enum values (大型, 专精特新, 已发榜) are translated. Values are
 * otherwise left as written, so that validation reports exactly what was wrong in which cell.
 */
export function sheetsToBundle(sheets: Sheet[]): TabularBundle {
  const bundle: Record<string, unknown[]> = {};
  const lines = new Map<string, number>();
  const notes: string[] = [];
  const unreadable: TabularBundle['unreadable'] = [];
  for (const sheet of sheets) {
    const section = sectionOfSheet(sheet.name);
    if (!section) {
      notes.push(`sheet "${sheet.name}" is not a kind redchain knows (e.g. 企业 / enterprises); it was ignored`);
      continue;
    }
    for (const { line, reason } of sheet.broken ?? [])
      unreadable.push({ section, position: `${section} line ${line}`, line, field: 'row', reason });
    const shape = (bundleSections[section] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
    const fields = sheet.headers.map((header) => fieldOfHeader(section, unescapeFormula(header), Object.keys(shape)));
    refuseDuplicatedColumns(sheet, fields);
    sheet.headers.forEach((header, i) => {
      if (fields[i] === null && header.trim() !== '')
        notes.push(`sheet "${sheet.name}": column "${header}" is not a field of ${section}; it was ignored`);
    });
    const records = (bundle[section] ??= []);
    for (const row of sheet.rows) {
      const record: Record<string, unknown> = {};
      fields.forEach((field, i) => {
        // a cell redchain exported escaped ('=cmd…) reads back as the value it was
        const cell = unescapeFormula(row.cells[i] ?? '').trim();
        if (field === null || cell === '') return;
        record[field] = convertCell(cell, shape[field] as z.ZodType, section, field);
      });
      lines.set(`${section}|${records.length}`, row.line);
      records.push(record);
    }
  }
  return {
    bundle: { format: BUNDLE_FORMAT, ...bundle },
    lineOf: (section, index) => lines.get(`${section}|${index}`),
    notes,
    unreadable,
  };
}

/**
 * A header written twice (`id` and `id` again): which of the two a row means cannot be known, and
 * taking the last would drop the other's values unseen, so the sheet is refused naming it. Two
 * different names of one field (所属行业 and 行业代码, as registry exports have) are not refused:
 * a row takes the later one's cell unless it is empty.
 */
function refuseDuplicatedColumns(sheet: Sheet, fields: (string | null)[]): void {
  const seen = new Map<string, number>();
  sheet.headers.forEach((header, i) => {
    if (fields[i] === null) return;
    const key = unescapeFormula(header).trim().toLowerCase();
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, i);
    else
      throw AppError.badInput(
        'file',
        `sheet "${sheet.name}": the column "${header.trim()}" appears twice (columns ${earlier + 1} and ${i + 1}); keep one`,
      );
  });
}

/** A header's field: its English name, the sheet's own header for it, then any of its names. */
function fieldOfHeader(section: BundleSection, header: string, fields: string[]): string | null {
  const text = header.trim();
  const inBrackets = /[(（]([A-Za-z]+)[)）]\s*$/u.exec(text)?.[1];
  const candidates = [inBrackets, text].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) {
    const direct = fields.find((f) => f.toLowerCase() === candidate.toLowerCase());
    if (direct) return direct;
    const chinese = candidate.replace(/[(（].*$/u, '').trim();
    const byName =
      fields.find((f) => headerOf(section, f) === chinese) ?? fields.find((f) => HEADER_NAMES[f]?.includes(chinese));
    if (byName) return byName;
  }
  return null;
}

type Kind = 'string' | 'number' | 'boolean' | 'list' | 'object-list';

function convertCell(cell: string, schema: z.ZodType, section: BundleSection, field: string): unknown {
  const { kind, keys } = kindOf(schema);
  const labels = enumFor(section, field);
  // 大型, 专精特新 and short forms such as 链主 are read as their codes; anything else is left for validation to name
  const translate = (value: string) => (labels ? (codeOf(labels, value) ?? value) : value);
  switch (kind) {
    case 'number':
      return /^-?\d+(\.\d+)?$/u.test(cell) ? Number(cell) : cell;
    case 'boolean':
      return /^(是|true|1|y|yes)$/iu.test(cell) ? true : /^(否|false|0|n|no)$/iu.test(cell) ? false : cell;
    case 'list':
      return cell
        .split(LIST_SEPARATORS)
        .map((v) => translate(v.trim()))
        .filter(Boolean);
    case 'object-list':
      return readObjectList(cell, keys, itemEnumsFor(section, field));
    default:
      return translate(cell);
  }
}

/** What a field holds, looking through defaults, optionals and pipes; an object list's keys in schema order. */
export function kindOf(schema: z.ZodType): { kind: Kind; keys: string[] } {
  let def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  for (;;) {
    if (def['type'] === 'default' || def['type'] === 'optional' || def['type'] === 'nullable')
      def = (def['innerType'] as { _zod: { def: Record<string, unknown> } })._zod.def;
    else if (def['type'] === 'pipe') def = (def['in'] as { _zod: { def: Record<string, unknown> } })._zod.def;
    else break;
  }
  if (def['type'] === 'number') return { kind: 'number', keys: [] };
  if (def['type'] === 'boolean') return { kind: 'boolean', keys: [] };
  if (def['type'] === 'array') {
    const element = (def['element'] as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (element['type'] === 'object') return { kind: 'object-list', keys: Object.keys(element['shape'] as object) };
    return { kind: 'list', keys: [] };
  }
  return { kind: 'string', keys: [] };
}

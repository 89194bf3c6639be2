import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '../shared/app-error';
import type { GraphStore } from '../store/graph-store';
import { BundleSyntaxError, importBundleFile } from './import-bundle-stream';
import type { ImportOptions } from './import-bundle.use-case';
import type { ImportReport } from './import-report';
import { readCsv, readXlsx } from './tabular/read-tabular';
import { importBundle } from './import-bundle.use-case';
import { sectionOfSheet, sheetsToBundle } from './tabular/tabular-to-bundle';
import { XlsxTooLarge } from './tabular/xlsx-limits';

/**
 * Imports a file by its kind: a redchain-bundle/1 JSON document, an XLSX workbook with one sheet
 * per kind, or a CSV file named after its kind (企业.csv, enterprises.csv). Reports carry the
 * file's line numbers for CSV and XLSX rows. A spreadsheet is read as a park's roster
 * (ImportOptions.roster: ids optional, places and segments by name, 挂链) unless the caller says
 * otherwise; a JSON bundle, redchain's own format (an export), is imported as it is, as a stream
 * (import-bundle-stream.ts): a file given by `path` is read from disk twice and never held whole.
 */
export async function importFile(
  store: GraphStore,
  given: { name: string; content: Buffer } | { name: string; path: string },
  givenOptions: Omit<ImportOptions, 'lineOf'> = {},
): Promise<ImportReport> {
  const extension = path.extname(given.name).toLowerCase();
  if (extension === '.json') {
    const open = 'path' in given ? () => createReadStream(given.path) : () => Readable.from([given.content]);
    try {
      return await importBundleFile(store, open, givenOptions);
    } catch (error) {
      if (error instanceof BundleSyntaxError)
        throw AppError.badInput('file', `${given.name} is not valid JSON (${error.message})`);
      throw error;
    }
  }
  const file = 'path' in given ? { name: given.name, content: await readFile(given.path) } : given;
  const options = { roster: true, ...givenOptions };
  if (extension === '.csv') {
    const base = path.basename(file.name);
    if (!sectionOfSheet(base))
      throw AppError.badInput('file', `${base}: name a CSV file after its kind, e.g. 企业.csv or enterprises.csv`);
    refuseUtf16(base, file.content);
    return withNotes(store, sheetsToBundle([readCsv(base, file.content.toString('utf8'))]), options);
  }
  if (extension === '.xlsx') {
    let sheets;
    try {
      sheets = await readXlsx(file.content);
    } catch (error) {
      // a workbook past a limit: the message names the limit and says what to do
      if (error instanceof XlsxTooLarge) throw AppError.badInput('file', `${file.name}: ${error.message}`);
      throw AppError.badInput('file', `${file.name} is not a readable XLSX workbook (${(error as Error).message})`);
    }
    return withNotes(store, sheetsToBundle(sheets), options);
  }
  throw AppError.badInput('file', `${file.name}: redchain imports .json, .csv and .xlsx files`);
}

/** How much of a file's start is looked at for the NUL bytes of UTF-16. */
const ENCODING_SNIFF_BYTES = 4096;

/**
 * Refuses a CSV in UTF-16 (what Excel's "Unicode text" and some registries' exports write): read
 * as UTF-8 its every other byte is NUL, no header is known and each row is "id is required". Told
 * by its byte order mark, or by NUL bytes, which UTF-8 text never holds.
 */
function refuseUtf16(name: string, content: Buffer): void {
  const bom =
    content[0] === 0xff && content[1] === 0xfe ? 'LE' : content[0] === 0xfe && content[1] === 0xff ? 'BE' : '';
  if (bom !== '' || content.subarray(0, ENCODING_SNIFF_BYTES).includes(0))
    throw AppError.badInput(
      'file',
      `${name} is UTF-16${bom ? ` (${bom}, by its byte order mark)` : ''}, not UTF-8: save it as UTF-8 (in Excel: CSV UTF-8) and send it again`,
    );
}

async function withNotes(
  store: GraphStore,
  tabular: ReturnType<typeof sheetsToBundle>,
  options: Omit<ImportOptions, 'lineOf'>,
): Promise<ImportReport> {
  const report = await importBundle(store, tabular.bundle, { ...options, lineOf: tabular.lineOf });
  report.notes.push(...tabular.notes);
  // rows that could not even be read count as received and rejected
  for (const rejection of tabular.unreadable) {
    const counts = (report.counts[rejection.section] ??= {
      received: 0,
      imported: 0,
      rejected: 0,
      held: 0,
    });
    counts.received++;
    counts.rejected++;
  }
  report.rejected.push(...tabular.unreadable);
  return report;
}

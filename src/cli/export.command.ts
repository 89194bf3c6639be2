import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLE_SECTIONS } from '../ingest/bundle.schema';
import { exportBundle } from '../ingest/export-bundle';
import { bundleToSheets, sheetsToXlsx, sheetToCsv } from '../ingest/tabular/write-tabular';
import { AppError } from '../shared/app-error';
import type { CommandContext } from './command-context';

export type ExportFormat = 'json' | 'xlsx' | 'csv';

/** json to a file or standard output; xlsx to a file; csv to a folder, one file per kind. */
export async function exportCommand(
  ctx: CommandContext,
  options: { format: ExportFormat; out?: string },
): Promise<void> {
  const bundle = await exportBundle(ctx.store);
  if (options.format === 'json') {
    const text = `${JSON.stringify(bundle, null, 2)}\n`;
    if (options.out) await writeFile(options.out, text);
    else ctx.out(text.trimEnd());
    return;
  }
  if (!options.out)
    throw AppError.badInput('out', `--out is needed for ${options.format} (a file for xlsx, a folder for csv)`);
  const sheets = bundleToSheets(bundle);
  if (options.format === 'xlsx') {
    await writeFile(options.out, await sheetsToXlsx(sheets));
    ctx.out(`wrote ${options.out}`);
    return;
  }
  await mkdir(options.out, { recursive: true });
  for (const [i, section] of BUNDLE_SECTIONS.entries()) {
    await writeFile(path.join(options.out, `${section}.csv`), sheetToCsv(sheets[i]!));
  }
  ctx.out(`wrote ${BUNDLE_SECTIONS.length} CSV files to ${options.out}`);
}

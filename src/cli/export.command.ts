import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLE_SECTIONS } from '../ingest/bundle.schema';
import { exportBundle } from '../ingest/export-bundle';
import { bundleToSheets, sheetsToXlsx, sheetToCsv } from '../ingest/tabular/write-tabular';
import { AppError } from '../shared/app-error';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../store/memory/snapshot-file';
import type { CommandContext } from './command-context';

export type ExportFormat = 'json' | 'xlsx' | 'csv';

/**
 * json to a file or standard output; xlsx to a file; csv to a folder, one file per kind. An export
 * holds party membership and contact data, so its files are private as the data directory's are
 * (0600, folders it makes 0700), and a folder missing on the way is made: a backup script's
 * `--out /var/backups/redchain/$(date +%F).json` works on its first night.
 */
export async function exportCommand(
  ctx: CommandContext,
  options: { format: ExportFormat; out?: string },
): Promise<void> {
  const bundle = await exportBundle(ctx.store);
  if (options.format === 'json') {
    const text = `${JSON.stringify(bundle, null, 2)}\n`;
    if (options.out) await writePrivateFile(options.out, text);
    else ctx.out(text.trimEnd());
    return;
  }
  if (!options.out)
    throw AppError.badInput('out', `--out is needed for ${options.format} (a file for xlsx, a folder for csv)`);
  const sheets = bundleToSheets(bundle);
  if (options.format === 'xlsx') {
    await writePrivateFile(options.out, await sheetsToXlsx(sheets));
    ctx.out(`wrote ${options.out}`);
    return;
  }
  await makeFolder(options.out, options.out);
  for (const [i, section] of BUNDLE_SECTIONS.entries()) {
    await writePrivateFile(path.join(options.out, `${section}.csv`), sheetToCsv(sheets[i]!));
  }
  ctx.out(`wrote ${BUNDLE_SECTIONS.length} CSV files to ${options.out}`);
}

/**
 * Writes `file` readable by its owner only. An existing file (an earlier export, 0644) is made
 * 0600 before the new content goes in, since `open`'s mode applies only to a file it creates.
 */
async function writePrivateFile(file: string, content: string | Buffer): Promise<void> {
  await makeFolder(path.dirname(file), file);
  try {
    const handle = await open(file, 'w', PRIVATE_FILE_MODE);
    try {
      await handle.chmod(PRIVATE_FILE_MODE);
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw cannotWrite(file, error);
  }
}

/** Makes `folder` and any missing above it 0700; folders already there are left as they are. */
async function makeFolder(folder: string, forPath: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true, mode: PRIVATE_DIR_MODE });
  } catch (error) {
    // mkdir says EEXIST when a file stands where a folder is needed, which reads as if all were well
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'EEXIST' || code === 'ENOTDIR'
      ? cannotWrite(forPath, 'a file is in the way of its folder')
      : cannotWrite(forPath, error);
  }
}

/** One line naming the path and why (EACCES, ENOSPC…), not a stack trace. */
function cannotWrite(file: string, error: unknown): AppError {
  const reason =
    typeof error === 'string' ? error : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  return new AppError('bad_input', `cannot write ${file} (${reason})`, [{ field: 'out', reason }]);
}

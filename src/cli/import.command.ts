import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importBundle } from '../ingest/import-bundle.use-case';
import { summariseReport, type ImportReport } from '../ingest/import-report';
import { AppError } from '../shared/app-error';
import type { CommandContext } from './command-context';
import { progressReporter } from './progress';

const SHOWN = 30;

export async function importCommand(
  ctx: CommandContext,
  file: string,
  options: { dryRun: boolean; report?: string },
): Promise<void> {
  if (path.extname(file).toLowerCase() !== '.json')
    throw AppError.badInput('file', 'must be a .json redchain-bundle/1 file');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw AppError.badInput('file', `${file} is not readable JSON (${(error as Error).message})`);
  }
  const progress = progressReporter('import');
  const report = await importBundle(ctx.store, raw, { dryRun: options.dryRun, onProgress: progress.onProgress });
  progress.stop();
  printReport(ctx, report);
  if (options.report) await writeFile(options.report, JSON.stringify(report, null, 2));
}

export function printReport(ctx: CommandContext, report: ImportReport): void {
  ctx.out(summariseReport(report));
  for (const r of report.rejected.slice(0, SHOWN))
    ctx.out(
      `rejected ${r.position}${r.line ? ` (line ${r.line})` : ''}${r.id ? ` ${r.id}` : ''}: ${r.field}: ${r.reason}`,
    );
  if (report.rejected.length > SHOWN)
    ctx.out(`… and ${report.rejected.length - SHOWN} more rejections (--report writes them all)`);
  for (const r of report.review.slice(0, SHOWN))
    ctx.out(
      `review ${r.position}${r.name ? ` ${r.name}` : ''}: ${r.reason}${r.candidates.length ? `: ${r.candidates.map((c) => `${c.name} (${c.id})`).join(', ')}` : ''}`,
    );
  for (const l of report.linked.slice(0, SHOWN))
    ctx.out(`linked ${l.position} ${l.incomingName} → ${l.linkedName} (${l.linkedTo}, by ${l.by})`);
}

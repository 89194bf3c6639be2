import { access, constants, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importFile } from '../ingest/import-file.use-case';
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
  await checkReadable(file);
  const progress = progressReporter('import');
  const report = await importFile(
    ctx.store,
    { name: path.basename(file), path: file },
    { dryRun: options.dryRun, onProgress: progress.onProgress },
  );
  progress.stop();
  printReport(ctx, report);
  if (options.report) await writeFile(options.report, JSON.stringify(report, null, 2));
}

/** Checked here, so the error names the file in words; the import reads it as a stream, never whole. */
async function checkReadable(file: string): Promise<void> {
  let problem: string;
  try {
    await access(file, constants.R_OK);
    if (!(await stat(file)).isDirectory()) return;
    problem = `${file} is a folder, not a file`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problem =
      code === 'ENOENT'
        ? `no such file: ${file}`
        : code === 'EACCES' || code === 'EPERM'
          ? `no permission to read ${file}`
          : `${file} cannot be read: ${(error as Error).message}`;
  }
  throw new AppError('bad_input', problem, [{ field: 'file', reason: problem }]);
}

export function printReport(ctx: CommandContext, report: ImportReport): void {
  ctx.out(summariseReport(report));
  for (const r of report.rejected.slice(0, SHOWN)) {
    ctx.out(
      `rejected ${r.position}${r.line ? ` (line ${r.line})` : ''}${r.id ? ` ${r.id}` : ''}: ${r.field}: ${r.reason}`,
    );
  }
  if (report.rejected.length > SHOWN)
    ctx.out(`… and ${report.rejected.length - SHOWN} more rejections (--report writes them all)`);
  for (const r of report.review.slice(0, SHOWN)) {
    const candidates = r.candidates.map((c) => `${c.name} (${c.id})`).join(', ');
    ctx.out(`review ${r.position}${r.name ? ` ${r.name}` : ''}: ${r.reason}${candidates ? `: ${candidates}` : ''}`);
  }
  for (const l of report.linked.slice(0, SHOWN)) {
    ctx.out(
      `linked ${l.position} ${l.incomingName} → ${l.linkedName} (${l.linkedTo}, by ${l.by}${l.evidence ? `: ${l.evidence}` : ''})${l.filled?.length ? `; filled ${l.filled.join(', ')}` : ''}`,
    );
    for (const c of l.conflicts ?? [])
      ctx.out(`  conflict ${c.field}: kept ${JSON.stringify(c.kept)}, the row says ${JSON.stringify(c.incoming)}`);
  }
}

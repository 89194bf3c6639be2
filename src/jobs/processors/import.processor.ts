import { readFile, rm } from 'node:fs/promises';
import { importFile } from '../../ingest/import-file.use-case';
import { AppError } from '../../shared/app-error';
import { isNotWorthRetrying } from '../job-failure';
import { ChangeReportingStore } from '../change-reporting-store';
import type { Processor } from './processor';

/** Entries of each list of the import report kept with the job (the report can be long: every rejected row). */
const REPORT_LIST_LIMIT = 200;

/**
 * An uploaded file imported; the import report is the job's answer. The upload is personal data
 * (contacts, party membership) that must not pile up on the volume: it is removed once the job
 * has finished for good — imported (the report says what was kept and what was not), or failed
 * with no retry to follow (a file that cannot be read, or the last attempt). A failure that will
 * be retried keeps it, for the retry reads it.
 */
export const importUploadedFile: Processor<'import.file'> = async (payload, ctx) => {
  try {
    const summary = await importUpload(payload, ctx);
    await rm(payload.path, { force: true });
    return summary;
  } catch (error) {
    if (isNotWorthRetrying(error) || ctx.lastAttempt === true) await rm(payload.path, { force: true });
    throw error;
  }
};

const importUpload: Processor<'import.file'> = async ({ path, name, dryRun, submittedBy }, ctx) => {
  // through a reporting store: what the import writes queues the recomputes it affects
  const store = new ChangeReportingStore(ctx.store, (changes) => ctx.changed(changes));
  let lastPercent = -1;
  const report = await importFile(
    store,
    { name, content: await readUpload(path, name) },
    {
      dryRun,
      ...(submittedBy ? { caller: { role: submittedBy.role, regionId: submittedBy.regionId } } : {}),
      onProgress: (done, total) => {
        const percent = Math.floor((100 * done) / Math.max(1, total));
        if (percent !== lastPercent) void ctx.progress((lastPercent = percent));
      },
    },
  );
  return {
    ...report,
    rejected: report.rejected.slice(0, REPORT_LIST_LIMIT),
    review: report.review.slice(0, REPORT_LIST_LIMIT),
    linked: report.linked.slice(0, REPORT_LIST_LIMIT),
    totals: { rejected: report.rejected.length, review: report.review.length, linked: report.linked.length },
  };
};

/** The upload's bytes; one removed already (its job finished, then was retried by hand) is named, not retried. */
async function readUpload(path: string, name: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw AppError.badInput('file', `${name}: the upload is no longer kept (its import has finished); send it again`);
    throw error;
  }
}

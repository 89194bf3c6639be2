import { readFile, rm } from 'node:fs/promises';
import { importFile } from '../../ingest/import-file.use-case';
import { ChangeReportingStore } from '../change-reporting-store';
import type { Processor } from './processor';

/** Entries of each list of the import report kept with the job (the report can be long: every rejected row). */
const REPORT_LIST_LIMIT = 200;

/** An uploaded file imported; the import report is the job's answer. */
export const importUploadedFile: Processor<'import.file'> = async ({ path, name, dryRun, submittedBy }, ctx) => {
  // through a reporting store: what the import writes queues the recomputes it affects
  const store = new ChangeReportingStore(ctx.store, (changes) => ctx.changed(changes));
  let lastPercent = -1;
  const report = await importFile(
    store,
    { name, content: await readFile(path) },
    {
      dryRun,
      ...(submittedBy ? { caller: { role: submittedBy.role, regionId: submittedBy.regionId } } : {}),
      onProgress: (done, total) => {
        const percent = Math.floor((100 * done) / Math.max(1, total));
        if (percent !== lastPercent) void ctx.progress((lastPercent = percent));
      },
    },
  );
  // imported (the report says what was kept and what was not): the upload has served its purpose
  // and is personal data (contacts, party membership) that must not pile up on the volume; a
  // failed import keeps it, so its retries can read it and an admin can see what was sent
  await rm(path, { force: true });
  return {
    ...report,
    rejected: report.rejected.slice(0, REPORT_LIST_LIMIT),
    review: report.review.slice(0, REPORT_LIST_LIMIT),
    linked: report.linked.slice(0, REPORT_LIST_LIMIT),
    totals: { rejected: report.rejected.length, review: report.review.length, linked: report.linked.length },
  };
};

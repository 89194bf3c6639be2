import { useState } from 'preact/hooks';
import { JobProgress } from '../../components/job-progress';
import { ErrorNote } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../session-context';
import { ImportReportView } from './import-report-view';
import { useImportJob } from './use-import-job';

/** A file sent to POST /import, its job followed live, its report of rejected rows shown. */
export function ImportUpload({ onReview }: { onReview?(): void }) {
  const { t } = useT();
  const { may } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const { job, running, error, report, upload, recompute } = useImportJob();

  const submit = (event: Event) => {
    event.preventDefault();
    if (file) void upload(file, dryRun);
  };

  return (
    <>
      <form class="panel" onSubmit={submit}>
        <p class="small">{t('import.explain')}</p>
        <div class="form-row">
          <label>
            {t('import.file')}
            <input
              type="file"
              name="file"
              accept=".json,.csv,.xlsx"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          </label>
          <label class="toggle">
            <input type="checkbox" checked={dryRun} onChange={() => setDryRun(!dryRun)} />
            {t('import.dryRun')}
          </label>
          <button type="submit" class="primary" disabled={!file || running !== null || !may('post /import')}>
            {t('import.start')}
          </button>
          {may('post /recompute') && (
            <button type="button" disabled={running !== null} onClick={() => void recompute(t('import.recompute'))}>
              {t('import.recompute')}
            </button>
          )}
        </div>
      </form>
      <ErrorNote error={error} />
      {(running || job) && (
        <JobProgress
          job={job}
          label={running ?? (job?.name === 'import.file' ? t('import.upload') : t('import.recompute'))}
        />
      )}
      {report && <ImportReportView report={report} onReview={onReview} />}
    </>
  );
}

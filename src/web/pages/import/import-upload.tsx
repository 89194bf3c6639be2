import { useState } from 'preact/hooks';
import { apiErrorOf, apiUrl, authHeaders, post } from '../../api/client';
import { followJob } from '../../api/follow-job';
import type { Job } from '../../api/types';
import { JobProgress } from '../../components/job-progress';
import { ErrorNote } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../session-context';
import { ImportReportView, type ImportReport } from './import-report-view';

const TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A file sent to POST /import, its job followed live, its report of rejected rows shown. */
export function ImportUpload({ onReview }: { onReview?(): void }) {
  const { t } = useT();
  const { may } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [job, setJob] = useState<Job | null>(null);
  const [running, setRunning] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const follow = async (jobId: string, label: string) => {
    setRunning(label);
    setJob(null);
    try {
      const done = await followJob(jobId, setJob);
      setJob(done);
    } finally {
      setRunning(null);
    }
  };

  const upload = async (event: Event) => {
    event.preventDefault();
    if (!file) return;
    setError(null);
    try {
      const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
      const type = TYPES[extension];
      if (!type) throw new Error(`${file.name}: .json, .csv or .xlsx`);
      const response = await fetch(apiUrl('import', { name: file.name, dryRun: String(dryRun) }), {
        method: 'POST',
        headers: { ...authHeaders(), 'Content-Type': type },
        body: file,
      });
      if (!response.ok) throw await apiErrorOf(response);
      const { jobId } = (await response.json()) as { jobId: string };
      await follow(jobId, file.name);
    } catch (caught) {
      setError(caught as Error);
    }
  };

  const recompute = async () => {
    setError(null);
    try {
      const answer = await post<{ jobId: string }>('recompute', {});
      await follow(answer.body.jobId, t('import.recompute'));
    } catch (caught) {
      setError(caught as Error);
    }
  };

  const report =
    job?.state === 'completed' && job.name === 'import.file' ? (job.result as unknown as ImportReport) : null;
  return (
    <>
      <form class="panel" onSubmit={upload}>
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
            <button type="button" disabled={running !== null} onClick={() => void recompute()}>
              {t('import.recompute')}
            </button>
          )}
        </div>
      </form>
      <ErrorNote error={error} />
      {(running || job) && <JobProgress job={job} label={running ?? job?.name} />}
      {report && <ImportReportView report={report} onReview={onReview} />}
    </>
  );
}

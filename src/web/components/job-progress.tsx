import type { Job } from '../api/types';
import { useT } from '../i18n/i18n';

/** A job's state and progress bar, as its event stream reports them. */
export function JobProgress({ job, label }: { job: Job | null; label?: string }) {
  const { t } = useT();
  const progress = job ? Math.round(job.progress) : 0;
  return (
    <div class="job" role="status" aria-live="polite">
      <span>{label ?? t('job.progress')}</span>
      <progress max={100} value={progress} />
      <span class="job-state">
        {job ? `${t(`job.${job.state}`)} ${progress}%` : t('computing')}
        {job?.error ? ` — ${job.error}` : ''}
      </span>
    </div>
  );
}

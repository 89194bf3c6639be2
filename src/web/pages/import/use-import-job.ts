import { useState } from 'preact/hooks';
import { post } from '../../api/client';
import { followJob } from '../../api/follow-job';
import type { Job } from '../../api/types';
import type { ImportReport } from './import-report';
import { sendImportFile } from './send-import-file';

/**
 * The import page's job, followed live: a file imported or the lists recomputed. `running` names
 * what runs (null when nothing does); `report` is a finished import's report.
 */
export function useImportJob() {
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

  /** Runs `start` (which answers a job's id) and follows that job, showing what failed. */
  const run = async (label: string, start: () => Promise<string>) => {
    setError(null);
    try {
      await follow(await start(), label);
    } catch (caught) {
      setError(caught as Error);
    }
  };

  const upload = (file: File, dryRun: boolean) => run(file.name, () => sendImportFile(file, dryRun));
  const recompute = (label: string) =>
    run(label, async () => (await post<{ jobId: string }>('recompute', {})).body.jobId);

  const report =
    job?.state === 'completed' && job.name === 'import.file' ? (job.result as unknown as ImportReport) : null;
  return { job, running, error, report, upload, recompute };
}

import { useCallback, useEffect, useState } from 'preact/hooks';
import { get } from './client';
import { followJob } from './follow-job';
import type { Job } from './types';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'computing'; job: Job | null }
  | { state: 'ready'; data: T }
  | { state: 'error'; error: Error };

/** The job id of a 202 answer: at its top, or in one of its lists (candidates: experts and institutions). */
export function jobIdOf(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const direct = (body as { jobId?: unknown }).jobId;
  if (typeof direct === 'string') return direct;
  for (const value of Object.values(body)) {
    const nested = value && typeof value === 'object' ? (value as { jobId?: unknown }).jobId : undefined;
    if (typeof nested === 'string') return nested;
  }
  return null;
}

/**
 * Reads a GET of the API for a component. An answer the API is still computing (202 with a job)
 * is followed live through the job's events and read again when the job is done, so a page
 * never shows a half-empty list as if it were the answer.
 */
export function useApi<T>(
  path: string | null,
  query: Record<string, string | number | undefined> = {},
): Loaded<T> & { reload(): void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    if (!path) return;
    const abort = new AbortController();
    setLoaded({ state: 'loading' });
    void (async () => {
      try {
        for (let attempt = 0; attempt < 3; attempt++) {
          const answer = await get<T>(path, query);
          const jobId = answer.status === 202 ? jobIdOf(answer.body) : null;
          if (!jobId) {
            if (!abort.signal.aborted) setLoaded({ state: 'ready', data: answer.body });
            return;
          }
          setLoaded({ state: 'computing', job: null });
          const job = await followJob(jobId, (j) => setLoaded({ state: 'computing', job: j }), abort.signal);
          if (job.state === 'failed') throw new Error(job.error ?? `job ${job.id} failed`);
        }
        throw new Error(`${path}: still computing after three jobs`);
      } catch (error) {
        if (!abort.signal.aborted) setLoaded({ state: 'error', error: error as Error });
      }
    })();
    return () => abort.abort();
    // the query is compared by its text: a new object with the same values is the same query
  }, [path, queryKey, round]);
  return { ...loaded, reload };
}

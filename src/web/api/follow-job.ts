import { apiErrorOf, apiUrl, authHeaders } from './client';
import type { Job } from './types';

/**
 * Follows a job's progress through GET /jobs/:id/events (server-sent events) until it is done
 * or failed. EventSource cannot send the Authorization header, so the stream is read with
 * fetch and split into events here.
 */
export async function followJob(jobId: string, onProgress: (job: Job) => void, signal?: AbortSignal): Promise<Job> {
  const response = await fetch(apiUrl(`jobs/${encodeURIComponent(jobId)}/events`), {
    headers: { ...authHeaders(), Accept: 'text/event-stream' },
    ...(signal ? { signal } : {}),
  });
  if (!response.ok || !response.body) throw await apiErrorOf(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let last: Job | null = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trim())
        .join('\n');
      if (!data) continue;
      last = JSON.parse(data) as Job;
      onProgress(last);
    }
  }
  if (!last) throw new Error(`job ${jobId}: the event stream ended without a state`);
  return last;
}

import { z } from 'zod';
import { describeIssue } from '../shared/describe-issue';
import { AppError } from '../shared/app-error';
import { isJobName, JOBS, jobKey, parsePayload, type JobName, type JobRequest } from './job-definitions';

/**
 * Where jobs are added: BullMQ on Redis in production (bullmq-job-queue.ts), or in process for
 * the embedded default (inline-job-queue.ts). Both run the same definitions and processors.
 */
/** A job as a caller follows it (GET /jobs/:id): where it is, how far, and what came of it. */
export interface JobStatus {
  id: string;
  name: JobName;
  /** What it was asked to do (ids only): who may read the job is decided from it. Not served. */
  payload: Record<string, unknown>;
  state: 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';
  /** 0–100. */
  progress: number;
  attempts: number;
  /** What the processor returned (an import's report, a run's counts), once completed. */
  result: Record<string, unknown> | null;
  /** Why it failed, once failed. */
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface JobQueue {
  readonly kind: 'bullmq' | 'inline';
  /**
   * Adds the jobs, each under its business key: a duplicate of a waiting one is absorbed.
   * Returns each request's job id (the waiting job's, for an absorbed duplicate).
   */
  add(requests: JobRequest[]): Promise<string[]>;
  /** A job by id, or null when there is none (or it was cleaned up: done jobs are kept a day). */
  status(id: string): Promise<JobStatus | null>;
  /** Runs the job at every time the cron pattern names (replacing an earlier schedule of it). */
  schedule(request: JobRequest, cron: string): Promise<void>;
  close(): Promise<void>;
}

/** A request checked before it is queued: an unknown job or a bad payload is refused, naming the field. */
export function checkedRequest(request: JobRequest): { name: JobName; payload: unknown; key: string; delayMs: number } {
  if (!isJobName(request.name)) throw AppError.badInput('name', `no job named '${String(request.name)}'`);
  try {
    const payload = parsePayload(request.name, request.payload);
    return { name: request.name, payload, key: jobKey(request.name, payload as never), delayMs: request.delayMs ?? 0 };
  } catch (error) {
    if (error instanceof z.ZodError) {
      const issue = error.issues[0]!;
      throw AppError.badInput(
        `${request.name}.${issue.path.join('.') || 'payload'}`,
        describeIssue(issue, request.payload),
      );
    }
    throw error;
  }
}

export const JOB_QUEUE_OF = Object.fromEntries(Object.entries(JOBS).map(([name, job]) => [name, job.queue]));

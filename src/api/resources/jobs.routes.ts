import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { JsonObject } from '../../domain/answers';
import type { JobStatus } from '../../jobs/job-queue';
import { AppError } from '../../shared/app-error';
import { ADMINS, EVERYONE, route } from '../routing/route';
import { audit } from './audit';
import { saveUpload } from './import-upload';
import { readableJob } from './job-readers';

const JobOut = z
  .object({
    id: z.string(),
    name: z.string(),
    state: z.enum(['waiting', 'delayed', 'active', 'completed', 'failed']),
    progress: z.number().describe('0–100'),
    attempts: z.number().int(),
    result: JsonObject.nullable().describe('What the job reported (an import’s report), once completed'),
    error: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });

const Accepted = z.object({ jobId: z.string(), status: z.string().describe('Where to follow it') });

/** What an upload may be named after: its type decides how it is read. */
const EXTENSION_OF: Record<string, string> = {
  'application/json': '.json',
  'text/csv': '.csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
};

/** How often the event stream looks at a job, and how long it follows one at most. */
const EVENT_EVERY_MS = 500;
const EVENT_STREAM_MS = 30 * 60_000;

export const jobRoutes = [
  route({
    method: 'post',
    path: '/import',
    tag: 'jobs',
    summary: 'Import a bundle (JSON) or a CSV / XLSX file',
    description:
      'Send the bundle as application/json, or the file’s bytes with Content-Type text/csv or the XLSX type (name it with ?name=企业.xlsx: the name tells the sheet kind). 202 with the job; its result is the import report (every rejected row with its line and reason).',
    allow: ['admin', 'secretary'],
    query: z.object({
      name: z.string().trim().min(1).max(200).optional().describe('The file’s name, e.g. enterprises.csv'),
      dryRun: z.enum(['true', 'false']).default('false').describe('Validate and report without writing'),
    }),
    status: 202,
    response: Accepted,
    handle: async (input) => {
      const { req, query, app, res, caller } = input;
      const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const extension = EXTENSION_OF[type];
      if (!extension)
        throw AppError.badInput(
          'content-type',
          `must be one of ${Object.keys(EXTENSION_OF).join(', ')} (got '${type || 'none'}')`,
        );
      const content: Buffer =
        type === 'application/json' ? Buffer.from(JSON.stringify(req.body ?? null)) : (req.body as Buffer);
      if (!Buffer.isBuffer(content) || content.length === 0) throw AppError.badInput('body', 'is empty');
      const importId = randomUUID();
      const name = query.name ?? `upload${extension}`;
      if (path.extname(name).toLowerCase() !== extension)
        throw AppError.badInput('name', `must end in ${extension} for Content-Type ${type}`);
      // the job reads the file by path: a worker process on the same volume, or this process
      const file = await saveUpload(app.uploadDir, `${importId}${extension}`, content);
      const [jobId] = await app.jobs.add([
        {
          name: 'import.file',
          payload: {
            importId,
            path: file,
            name: path.basename(name),
            dryRun: query.dryRun === 'true',
            submittedBy: { keyId: caller.keyId, role: caller.role, regionId: caller.regionId },
          },
        },
      ]);
      await audit(app, input, 'import', null, null, {
        jobId,
        name,
        bytes: content.length,
        dryRun: query.dryRun === 'true',
      });
      res.location(`/api/v1/jobs/${jobId}`);
      return { jobId: jobId!, status: `/api/v1/jobs/${jobId}` };
    },
  }),

  route({
    method: 'post',
    path: '/recompute',
    tag: 'jobs',
    summary: 'Recompute every match (partners, tackling lists, gap maps, assignment)',
    description: 'Normally nightly (RECOMPUTE_CRON); 202 with the job that starts the runs.',
    allow: ADMINS,
    status: 202,
    response: Accepted,
    handle: async (input) => {
      const [jobId] = await input.app.jobs.add([{ name: 'recompute.full', payload: {} }]);
      await audit(input.app, input, 'recompute', null, null, { jobId });
      input.res.location(`/api/v1/jobs/${jobId}`);
      return { jobId: jobId!, status: `/api/v1/jobs/${jobId}` };
    },
  }),

  route({
    method: 'get',
    path: '/jobs/:id',
    tag: 'jobs',
    summary: 'A job’s state, progress and result',
    description:
      'Read by whoever may read what it works on: an import by the key that sent it, a recompute of an enterprise (a problem, a request, a region’s map) by a key whose region holds it, whole-graph runs by keys without a region; admins read every job. Any other job answers 404, as one that does not exist.',
    allow: EVERYONE,
    params: z.object({ id: z.string().min(1).max(200) }),
    response: JobOut,
    handle: async ({ params, app, caller }) => {
      const { payload: _payload, result, ...status } = await readableJob(app, caller, params.id);
      // what a job reports crosses Redis as JSON
      return { ...status, result: result as JsonObject | null };
    },
  }),

  route({
    method: 'get',
    path: '/jobs/:id/events',
    tag: 'jobs',
    summary: 'A job’s progress as server-sent events',
    description:
      'An event `progress` each time it changes, then `done` (or `failed`) with the final state, then the stream ends.',
    allow: EVERYONE,
    params: z.object({ id: z.string().min(1).max(200) }),
    response: null,
    handle: async ({ params, app, caller, req, res }) => {
      let status: JobStatus | null = await readableJob(app, caller, params.id);
      res
        .status(200)
        .set({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
      res.flushHeaders();
      let closed = false;
      req.on('close', () => (closed = true));
      const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const until = Date.now() + EVENT_STREAM_MS;
      let last = '';
      while (!closed && status && Date.now() < until) {
        const shown = `${status.state}:${status.progress}`;
        const { payload: _payload, ...shownStatus } = status;
        if (shown !== last) send('progress', shownStatus);
        last = shown;
        if (status.state === 'completed' || status.state === 'failed') {
          send(status.state === 'completed' ? 'done' : 'failed', shownStatus);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, EVENT_EVERY_MS));
        status = await app.jobs.status(params.id);
      }
      res.end();
      return undefined;
    },
  }),
];

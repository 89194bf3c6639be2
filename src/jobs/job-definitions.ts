import { z } from 'zod';
import { ROLES } from '../domain/roles';

/**
 * Every background job of redchain, in one place: its queue, its payload schema and the payload
 * fields that, after its name, make its business key (none: one job of its kind waits at a time).
 * The key is the job's deduplication id: while a job with the same key is waiting, adding it again
 * is a no-op, so ten edits to one enterprise queue one recompute; one that arrives while it runs is
 * kept (once) and runs after it, so no edit is lost.
 */
export const QUEUE_NAMES = {
  /** Recomputes of matches: partners, tackling candidates, assignment, gap maps. */
  recompute: 'redchain-recompute',
} as const;
export type QueueRole = keyof typeof QUEUE_NAMES;
/** The Redis key prefix of redchain's queues (BullMQ's default is 'bull'). */
export const QUEUE_PREFIX = 'redchain';

const Id = z.string().trim().min(1, 'must not be empty').max(200);
const RunId = z.string().trim().min(1).max(100);
/** Enterprises per chunk of a full partner recompute: a few seconds of work for any worker. */
export const PARTNER_CHUNK = 2_000;

/** A job of the recompute queue: its payload schema and the payload fields its key names. */
function recompute<S extends z.ZodObject, F extends keyof z.input<S> & string = never>(payload: S, key: F[] = []) {
  return { queue: 'recompute' as const, payload, key: key as readonly F[] };
}

/** A recompute about one node: its payload that node's id, its key the job's name and the id. */
function aboutOne<F extends string>(field: F) {
  const payload = z.object({ [field]: Id } as { [K in F]: typeof Id }).strict();
  return { queue: 'recompute' as const, payload, key: [field] as readonly F[] };
}

export const JOBS = {
  /** Both partner lists of one enterprise. */
  'partners.enterprise': aboutOne('enterpriseId'),
  /** The lists an enterprise may appear in: those of every enterprise it could supply or buy from. */
  'partners.affected': aboutOne('enterpriseId'),
  /**
   * The lists a producer or buyer of a segment may appear in: after an enterprise left the
   * segment, those it sat in are found from the segment (the enterprise is no longer there).
   */
  'partners.segment': aboutOne('segmentId'),
  /** Both lists of a chunk of enterprises, as part of a full recompute run. */
  'partners.chunk': recompute(
    z
      .object({ runId: RunId, enterpriseIds: z.array(Id).min(1).max(PARTNER_CHUNK), chunk: z.number().int().min(0) })
      .strict(),
    ['runId', 'chunk'],
  ),
  /** Every enterprise's lists: splits the work into chunks any worker can take. One waits at a time. */
  'partners.all': recompute(
    z.object({ runId: RunId, chunkSize: z.number().int().min(1).max(PARTNER_CHUNK).default(PARTNER_CHUNK) }).strict(),
  ),
  /** One problem's candidate experts and institutions. */
  'tackling.problem': aboutOne('problemId'),
  /**
   * What an enterprise has asked for, after it changed: its problems' candidates (ranked by
   * closeness to the poster, its staff excluded) and its requests' responders (ranked by the
   * raiser's place and segments). Queues those jobs.
   */
  'enterprise.asks': aboutOne('enterpriseId'),
  /** The candidate lists of the problems that fit one person (after an edit of their profile). */
  'tackling.person': aboutOne('personId'),
  /** Every problem's candidates. */
  'tackling.all': recompute(z.object({ runId: RunId }).strict()),
  /** The global assignment of experts to the open problems. */
  assignment: recompute(z.object({}).strict()),
  /** The gap map, with leads, of one chain in one region. */
  'gaps.map': recompute(z.object({ chainId: Id, regionId: Id }).strict(), ['chainId', 'regionId']),
  /** The maps of an enterprise's chains in each region it is in (park, district, city, province). */
  'gaps.enterprise': aboutOne('enterpriseId'),
  /** Every chain's map in every region. */
  'gaps.all': recompute(z.object({ runId: RunId }).strict()),
  /** 派单: the ranked responders of a request (and its SLA escalation, queued for its due date). */
  'dispatch.request': aboutOne('requestId'),
  /** At a request's due date: escalate it if it is still open (once per due date). */
  'sla.escalate': aboutOne('requestId'),
  /**
   * The escalations of the open requests past their due date, queued at once; with `upcoming`,
   * every other open request's too, for its due date. Queued at each start and full recompute:
   * data written past the change reports (a seed, a command-line import) queued none, and the
   * embedded default's delayed jobs live in its memory, so its start asks for the upcoming ones.
   */
  'sla.sweep': recompute(z.object({ upcoming: z.boolean().default(false) }).strict(), ['upcoming']),
  /**
   * Import of an uploaded file (JSON bundle, CSV, XLSX) already saved where workers can read it;
   * the import report is the job's result, and its writes queue the recomputes they affect.
   */
  'import.file': recompute(
    z
      .object({
        importId: RunId,
        path: z
          .string()
          .trim()
          .min(1)
          .refine((p) => p.startsWith('/'), 'must be an absolute path'),
        /** The file's own name: its extension and, for CSV, its kind (企业.csv). */
        name: z.string().trim().min(1).max(255),
        dryRun: z.boolean().default(false),
        /**
         * The key that sent it (ids only): the import is checked against its role and region
         * where it runs, and only that key (or an admin) reads the job. Absent: an admin's import.
         */
        submittedBy: z
          .object({ keyId: Id, role: z.enum(ROLES), regionId: Id.nullable() })
          .strict()
          .optional(),
      })
      .strict(),
    ['importId'],
  ),
  /** The scheduled full recompute (RECOMPUTE_CRON): every full run, under one run id. */
  'recompute.full': recompute(z.object({}).strict()),
} as const satisfies Record<string, { queue: QueueRole; payload: z.ZodType; key: readonly string[] }>;

export type JobName = keyof typeof JOBS;
/** A payload as a processor receives it (defaults applied). */
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]['payload']>;
/** A payload as it may be queued (defaults may be left out). */
export type JobInput<N extends JobName> = z.input<(typeof JOBS)[N]['payload']>;
export const JOB_NAMES = Object.keys(JOBS) as JobName[];

/** A job to add: its name and payload, and how long to wait for more of the same first. */
export interface JobRequest<N extends JobName = JobName> {
  name: N;
  payload: JobInput<N>;
  /** Debounce: the job waits this long, absorbing duplicates, before a worker may take it. */
  delayMs?: number;
}

/** The payload checked against its job's schema; throws a ZodError naming the field. */
export function parsePayload<N extends JobName>(name: N, payload: unknown): JobPayload<N> {
  return JOBS[name].payload.parse(payload) as JobPayload<N>;
}

/** The job's business key: its name, then the payload fields its definition names, joined by ':'. */
export function jobKey<N extends JobName>(name: N, payload: JobInput<N>): string {
  const fields: readonly string[] = JOBS[name].key;
  return [name, ...fields.map((field) => String((payload as Record<string, unknown>)[field]))].join(':');
}

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOBS, name);
}

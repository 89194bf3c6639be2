import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const port = (fallback: number) =>
  z.coerce.number().int('must be a whole number').min(0).max(65535, 'must be at most 65535').default(fallback);

/**
 * Every environment variable redchain reads, with its default. Nothing else in the code reads
 * process.env (docs/operations.md, Settings).
 */
function isCron(pattern: string): boolean {
  try {
    CronExpressionParser.parse(pattern);
    return true;
  } catch {
    return false;
  }
}

export const EnvSchema = z
  .object({
    /** HTTP port of the API and web page. Default 3000; 0 picks a free one. */
    PORT: port(3000),
    /** Interface to listen on. Default 0.0.0.0 (all). */
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    /** bolt:// or neo4j:// URI of the system of record. Absent: the embedded memory store. */
    NEO4J_URI: optionalText.pipe(
      z
        .string()
        .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt:// or neo4j:// URI')
        .optional(),
    ),
    NEO4J_USER: z.string().trim().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    /** Always named in every session. Default neo4j. */
    NEO4J_DATABASE: z.string().trim().min(1).default('neo4j'),
    /** redis:// URL for BullMQ. Absent: the in-process job runner. */
    REDIS_URL: optionalText.pipe(
      z
        .string()
        .regex(/^rediss?:\/\/[^\s]+$/, 'must be a redis:// or rediss:// URL')
        .optional(),
    ),
    /**
     * Snapshot file of the embedded memory store. Default .redchain/snapshot.json. Its folder is
     * the data directory: the journal (<snapshot>.journal), keys.json, audit.jsonl and the lock
     * (redchain.lock) sit beside it, all 0600; the folder is made 0700 when missing.
     */
    REDCHAIN_SNAPSHOT: z.string().trim().min(1).default('.redchain/snapshot.json'),
    /**
     * What a data directory that never held anything is given at the first start of the embedded
     * default: demo, the demo world (the articles' records inside a generated surrounding marked
     * synthetic); articles, the articles' dataset alone; none, nothing. Default demo.
     */
    REDCHAIN_FIRST_DATA: z.enum(['demo', 'articles', 'none']).default('demo'),
    /**
     * Where worker processes keep a snapshot of their projection between runs, to start from it
     * and the change log instead of reading the whole graph from Neo4j. Default: projections/ in
     * the data directory (beside REDCHAIN_SNAPSHOT); off: none.
     */
    REDCHAIN_PROJECTION_DIR: z.string().trim().default(''),
    /** How often a worker rewrites its projection snapshot when the graph changed, in ms; 0: only after a full load and at stop. Default 600000. */
    PROJECTION_SAVE_MS: z.coerce.number().int('must be a whole number').min(0).max(86_400_000).default(600_000),
    /** pino level. Default info. */
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /**
     * How log lines are written. Default auto: readable lines when standard output is a terminal
     * (someone is watching `npm start`), JSON lines otherwise (a log collector reads them); json
     * or pretty choose one whatever the output is.
     */
    LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
    /** Jobs a worker process runs at once. Default 1 (engines are CPU-bound: add processes, not concurrency). */
    WORKER_CONCURRENCY: z.coerce.number().int('must be a whole number').min(1).max(64).default(1),
    /** Redis key prefix of the job queues (one per deployment sharing a Redis). Default redchain. */
    REDCHAIN_QUEUE_PREFIX: z
      .string()
      .trim()
      .regex(/^[a-zA-Z0-9:_-]{1,64}$/, 'must be 1-64 letters, digits, : _ -')
      .default('redchain'),
    /** How long a worker's hold on a job lasts unrenewed: a killed worker's job goes to another after it. Default 30000. */
    WORKER_LOCK_MS: z.coerce.number().int('must be a whole number').min(1_000).max(600_000).default(30_000),
    /** When the full recompute runs (cron, 5 or 6 fields). Default nightly at 03:00; empty: never. */
    RECOMPUTE_CRON: z
      .string()
      .trim()
      .default('0 3 * * *')
      .refine((pattern) => pattern === '' || isCron(pattern), 'must be a cron pattern such as 0 3 * * *'),
    /** How long a recompute waits for more edits of the same thing before it runs, in ms. Default 500. */
    JOB_DEBOUNCE_MS: z.coerce.number().int('must be a whole number').min(0).max(600_000).default(500),
    /**
     * Where each escalation (a request still open past its due date) is posted as JSON, besides
     * the page's 督办 inbox: an SMS gateway, a 钉钉 / 企业微信 robot relay. Unset: the inbox only.
     */
    ESCALATION_WEBHOOK_URL: optionalText.pipe(
      z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    ),
    /** Signs each webhook body (X-Redchain-Signature: sha256=HMAC), at least 16 characters; unset: unsigned. */
    ESCALATION_WEBHOOK_SECRET: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    /** The bootstrap admin API key (at least 24 characters), for creating the first keys; unset: none. */
    REDCHAIN_ADMIN_KEY: optionalText.pipe(z.string().min(24, 'must be at least 24 characters').optional()),
    /** Where uploaded import files wait for their job (a directory the workers can read too). */
    REDCHAIN_UPLOAD_DIR: z.string().trim().min(1).default('.redchain/uploads'),
    /** Origins a browser may call the API from, comma-separated (https://portal.example.gov.cn); empty: same origin only. */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((list) =>
        list
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url('each must be an origin such as https://portal.example.gov.cn'))),
    /** Requests one API key (or, without one, one address) may make a minute. Default 1200. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int('must be a whole number').min(1).max(1_000_000).default(1200),
    /** Failed authentications (no key, or not a valid one) one address may make a minute; then 429 for every request from it. Default 30. */
    AUTH_FAILURES_PER_MINUTE: z.coerce.number().int('must be a whole number').min(1).max(1_000_000).default(30),
    /**
     * The proxies in front of the API whose X-Forwarded-For is believed (the address limits and
     * logs use): empty or false (default) ignores the header, so a caller cannot choose its
     * address; a number of proxies (1 for a park's nginx); or their addresses / subnets,
     * comma-separated (10.0.0.5, 10.1.0.0/16, loopback). `true` (every hop) is refused.
     */
    TRUST_PROXY: z
      .string()
      .trim()
      .default('')
      .transform((value, ctx): false | number | string[] => {
        if (value === '' || value.toLowerCase() === 'false') return false;
        if (/^\d+$/.test(value)) return Number(value);
        if (value.toLowerCase() === 'true') {
          ctx.addIssue({
            code: 'custom',
            message: 'must name the number of proxies or their addresses: true would believe any X-Forwarded-For',
          });
          return z.NEVER;
        }
        const list = value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean);
        const bad = list.find((entry) => !/^([0-9a-fA-F.:]+(\/\d{1,3})?|loopback|linklocal|uniquelocal)$/.test(entry));
        if (bad) {
          ctx.addIssue({
            code: 'custom',
            message: `'${bad}' is not an address, a subnet (10.1.0.0/16), loopback, linklocal or uniquelocal`,
          });
          return z.NEVER;
        }
        return list;
      }),
    /**
     * API processes serving the port (node:cluster). Default 1. Each is single-threaded: on a
     * machine with cores to spare, 2 or more serve more requests. Needs NEO4J_URI and REDIS_URL
     * (the memory store lives in one process; the change log that keeps them in step is in Redis).
     */
    API_PROCESSES: z.coerce.number().int('must be a whole number').min(1).max(64).default(1),
    /** Hard limit on a graceful shutdown, in ms. Default 10000. */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  })
  .superRefine((env, ctx) => {
    if (env.API_PROCESSES > 1 && !(env.NEO4J_URI && env.REDIS_URL)) {
      ctx.addIssue({
        code: 'custom',
        path: ['API_PROCESSES'],
        message:
          'can be more than 1 only with NEO4J_URI and REDIS_URL: the embedded memory store lives in one process, and without Redis one process would not see the changes written by another',
      });
    }
    if (env.NEO4J_URI && env.NEO4J_PASSWORD === '' && !/^bolt:\/\/(127\.0\.0\.1|localhost)/.test(env.NEO4J_URI)) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'is required when NEO4J_URI is not on loopback',
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

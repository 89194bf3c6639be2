import path from 'node:path';
import { describeIssue } from '../shared/describe-issue';
import type { LogFormat } from '../shared/logger';
import { EnvSchema } from './config.schema';

export interface Config {
  readonly http: { readonly port: number; readonly host: string; readonly processes: number };
  /** null: the embedded memory store. */
  readonly neo4j: {
    readonly uri: string;
    readonly user: string;
    readonly password: string;
    readonly database: string;
  } | null;
  readonly memory: { readonly snapshotFile: string };
  /** What the first start puts into a data directory that never held anything (REDCHAIN_FIRST_DATA). */
  readonly firstData: 'demo' | 'articles' | 'none';
  /** A worker's projection snapshot: its directory (null: none) and how often it is rewritten (0: only after loads and at stop). */
  readonly projection: { readonly snapshotDir: string | null; readonly saveEveryMs: number };
  /** null: the in-process job runner. */
  readonly redis: { readonly url: string } | null;
  readonly jobs: {
    readonly concurrency: number;
    readonly debounceMs: number;
    readonly queuePrefix: string;
    readonly lockMs: number;
    /** Cron pattern of the full recompute; null: never. */
    readonly recomputeCron: string | null;
  };
  /** Where escalations are posted besides the inbox; null: the inbox only. */
  readonly escalationWebhook: { readonly url: string; readonly secret: string | null } | null;
  readonly logLevel: string;
  readonly logFormat: LogFormat;
  readonly adminKey: string | null;
  readonly uploadDir: string;
  readonly corsOrigins: readonly string[];
  readonly rateLimitPerMinute: number;
  readonly authFailuresPerMinute: number;
  /** false: X-Forwarded-For ignored; else the number of proxies or their addresses. */
  readonly trustProxy: false | number | readonly string[];
  readonly shutdownTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * The one frozen, typed config, from the environment. Throws a ConfigError naming each bad
 * variable and why.
 * @example loadConfig({ PORT: '8080' }).http.port // 8080
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(environment)'}: ${describeIssue(issue, env)}`,
    );
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return deepFreeze({
    http: { port: e.PORT, host: e.HOST, processes: e.API_PROCESSES },
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : null,
    memory: { snapshotFile: e.REDCHAIN_SNAPSHOT },
    firstData: e.REDCHAIN_FIRST_DATA,
    projection: {
      snapshotDir: projectionDir(e.REDCHAIN_PROJECTION_DIR, e.REDCHAIN_SNAPSHOT),
      saveEveryMs: e.PROJECTION_SAVE_MS,
    },
    redis: e.REDIS_URL ? { url: e.REDIS_URL } : null,
    jobs: {
      concurrency: e.WORKER_CONCURRENCY,
      debounceMs: e.JOB_DEBOUNCE_MS,
      queuePrefix: e.REDCHAIN_QUEUE_PREFIX,
      lockMs: e.WORKER_LOCK_MS,
      recomputeCron: e.RECOMPUTE_CRON || null,
    },
    escalationWebhook: e.ESCALATION_WEBHOOK_URL
      ? { url: e.ESCALATION_WEBHOOK_URL, secret: e.ESCALATION_WEBHOOK_SECRET ?? null }
      : null,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    adminKey: e.REDCHAIN_ADMIN_KEY ?? null,
    uploadDir: e.REDCHAIN_UPLOAD_DIR,
    corsOrigins: e.CORS_ORIGINS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    authFailuresPerMinute: e.AUTH_FAILURES_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
  });
}

/** The projection snapshots' directory: as set, none for `off`, else projections/ in the data directory. */
function projectionDir(setting: string, snapshotFile: string): string | null {
  if (setting.toLowerCase() === 'off') return null;
  return setting || path.join(path.dirname(snapshotFile), 'projections');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../shared/app-error';
import { fromNeo4j } from './neo4j-values';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  /** Always named: a driver left to guess the home database costs a round trip per session. */
  database: string;
  /**
   * How long a managed transaction retries a lost connection or a deadlock before giving up.
   * Workers keep the driver's 30 s (two writing at once meet deadlocks the retry resolves); the
   * API passes a few seconds, so a request while Neo4j is away answers 503 instead of hanging.
   */
  maxRetryMs?: number;
}

export type Row = Record<string, unknown>;

/**
 * Managed transactions with the database named and the session closed in `finally`
 * (as Neo4j's own driver examples do). Transaction functions may be retried by the driver, so
 * the work passed in only runs queries. Rows come back as plain values.
 */
export class Neo4jConnection {
  readonly driver: Driver;
  private closed = false;

  constructor(readonly settings: Neo4jSettings) {
    this.driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: false,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 30_000,
      maxTransactionRetryTime: settings.maxRetryMs ?? 30_000,
    });
  }

  async read<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => work(runner(tx)));
    } catch (error) {
      throw unavailableOr(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * One read statement as an auto-commit transaction: RUN and PULL go out in one write and no
   * BEGIN / COMMIT round trips follow, which is what the API's hottest reads (a stored list per
   * request, hundreds a second) need. No driver retries: a lost server answers 503 at once,
   * which a read can afford. Use it only for a single statement that reads.
   */
  async readOnce(statement: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await withoutDriverStack(() => session.run(statement, params));
      return result.records.map((record) => fromNeo4j(record.toObject()) as Row);
    } catch (error) {
      throw unavailableOr(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async write<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(runner(tx)));
    } catch (error) {
      throw unavailableOr(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Schema statements cannot run inside a managed transaction with other work: auto-commit. */
  async runSchema(statement: string): Promise<void> {
    const session = this.driver.session({ database: this.settings.database });
    try {
      await session.run(statement);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }
}

export interface TxRunner {
  /** Runs one statement and returns its rows as plain values. */
  rows(statement: string, params?: Record<string, unknown>): Promise<Row[]>;
}

function runner(tx: ManagedTransaction): TxRunner {
  return {
    async rows(statement, params = {}) {
      const result = await tx.run(statement, params);
      return result.records.map((record) => fromNeo4j(record.toObject()) as Row);
    },
  };
}

/** The server gone (stopped, unreachable, restarting) becomes a 503 naming Neo4j; other errors pass as they are. */
function unavailableOr(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED)
    return AppError.unavailable('Neo4j', error);
  return error;
}

/**
 * Runs `start` with V8 capturing no stack frames. The driver builds every result with
 * `new Error('').stack`, kept to give a failed query the caller's stack; formatting it was 6 % of
 * an API process's CPU on list reads at 500 a second (issue 18's API benchmark). A read's failure
 * still says what failed: unavailableOr keeps the server's code and message. `start` must create
 * the result synchronously (session.run does), so no other code runs while the limit is 0.
 */
function withoutDriverStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

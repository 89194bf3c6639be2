import { isNotWorthRetrying } from './job-failure';
import { randomUUID } from 'node:crypto';
import { CronExpressionParser } from 'cron-parser';
import type { Logger } from '../shared/logger';
import type { GraphStore } from '../store/graph-store';
import type { JobName, JobRequest } from './job-definitions';
import { checkedRequest, type JobQueue, type JobStatus } from './job-queue';
import { PROCESSORS, type JobContext, type JobSummary } from './processors';
import type { ChangeLog } from './change-log';
import { changeHandler } from './change-handler';
import type { EscalationNotifier } from './escalation-notifier';
import { LiveProjection } from '../projection/live-projection';

/** Tries per job before it is given up (logged), and the first wait between them. */
const ATTEMPTS = 3;
const BACKOFF_MS = 500;

interface Slot {
  /** The job id of the run it waits for (GET /jobs/:id). */
  id: string;
  name: JobName;
  payload: unknown;
  timer: NodeJS.Timeout | null;
  /** When it may run (epoch ms). */
  dueAt: number;
  running: boolean;
  /**
   * A duplicate arrived while it ran: run once more after, with the latest payload, as job `id`,
   * once its delay has passed (a job that re-queues itself for later must not run again at once).
   */
  again: { payload: unknown; id: string; dueAt: number } | null;
}

/** The longest wait one setTimeout holds (2^31-1 ms, 24.8 days); a longer one fires at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Job statuses kept for GET /jobs/:id (the most recent ones). */
const KEPT_STATUSES = 1_000;

/**
 * The embedded default's jobs (no Redis): the same definitions and processors, run in this
 * process one at a time, with the same business-key deduplication as BullMQ's — a duplicate of
 * a waiting job is absorbed, one arriving while it runs makes it run once more after.
 */
export class InlineJobQueue implements JobQueue {
  readonly kind = 'inline';
  private readonly slots = new Map<string, Slot>();
  private chain: Promise<void> = Promise.resolve();
  private readonly projection: LiveProjection;
  private closed = false;
  /** The next run's timer of each scheduled job, by key. */
  private readonly schedules = new Map<string, NodeJS.Timeout>();
  /** The recent finished jobs, newest last: how it went, in how many tries. */
  readonly finished: { name: JobName; key: string; attempts: number; summary?: JobSummary; error?: string }[] = [];
  private readonly statuses = new Map<string, JobStatus>();

  constructor(
    private readonly store: GraphStore,
    private readonly logger: Logger,
    private readonly changes: ChangeLog,
    /** Where escalations are told besides the inbox (ESCALATION_WEBHOOK_URL). */
    private readonly notifier: EscalationNotifier | null = null,
  ) {
    this.projection = new LiveProjection(store, changes, logger);
  }

  async add(requests: JobRequest[]): Promise<string[]> {
    const ids: string[] = [];
    for (const { name, payload, key, delayMs } of requests.map(checkedRequest)) {
      if (this.closed) throw new Error('job queue is closed');
      const slot = this.slots.get(key);
      if (slot?.running) {
        const id = slot.again?.id ?? this.newStatus(name, delayMs > 0 ? 'delayed' : 'waiting', payload);
        slot.again = { payload, id, dueAt: Date.now() + delayMs };
        ids.push(slot.again.id);
      } else if (slot) ids.push(slot.id);
      else {
        const id = this.newStatus(name, delayMs > 0 ? 'delayed' : 'waiting', payload);
        const fresh: Slot = {
          id,
          name,
          payload,
          timer: null,
          dueAt: Date.now() + delayMs,
          running: false,
          again: null,
        };
        this.slots.set(key, fresh);
        this.arm(key, fresh, delayMs);
        ids.push(id);
      }
    }
    return ids;
  }

  async status(id: string): Promise<JobStatus | null> {
    const status = this.statuses.get(id);
    return status ? { ...status } : null;
  }

  private newStatus(name: JobName, state: 'waiting' | 'delayed', payload: unknown): string {
    // random, not a counter: a job's id (and so its report) must not be guessable from another's
    const id = `inline-${randomUUID()}`;
    this.statuses.set(id, {
      id,
      name,
      payload: payload as Record<string, unknown>,
      state,
      progress: 0,
      attempts: 0,
      result: null,
      error: null,
      createdAt: new Date().toISOString(),
      finishedAt: null,
    });
    // a Map iterates in insertion order: the first key is the oldest
    if (this.statuses.size > KEPT_STATUSES) this.statuses.delete(this.statuses.keys().next().value!);
    return id;
  }

  async schedule(request: JobRequest, cron: string): Promise<void> {
    const { key } = checkedRequest(request);
    const pattern = CronExpressionParser.parse(cron);
    clearTimeout(this.schedules.get(key));
    const waitFor = (at: number) => {
      if (this.closed) return;
      const wait = Math.max(0, at - Date.now());
      // a yearly pattern waits longer than one setTimeout holds: wait in steps
      const timer =
        wait > LONGEST_TIMER_MS
          ? setTimeout(() => waitFor(at), LONGEST_TIMER_MS)
          : setTimeout(() => {
              void this.add([request]).catch((error: unknown) =>
                this.logger.error({ error: (error as Error).message, name: request.name }, 'scheduled job not queued'),
              );
              waitFor(pattern.next().getTime());
            }, wait);
      timer.unref();
      this.schedules.set(key, timer);
    };
    waitFor(pattern.next().getTime());
  }

  /**
   * Resolves when no job is running or due within `withinMs` (for tests and shutdown): a job
   * delayed for days, such as an escalation at a due date next week, is not waited for.
   */
  async idle(withinMs = 60_000): Promise<void> {
    const busy = () => [...this.slots.values()].some((slot) => slot.running || slot.dueAt - Date.now() < withinMs);
    while (busy()) await new Promise((resolve) => setTimeout(resolve, 20));
    await this.chain;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.schedules.values()) clearTimeout(timer);
    for (const [key, slot] of this.slots) {
      if (slot.timer && !slot.running) {
        clearTimeout(slot.timer);
        this.slots.delete(key);
      }
    }
    await this.chain;
  }

  private arm(key: string, slot: Slot, delayMs: number): void {
    slot.dueAt = Date.now() + delayMs;
    this.armUntilDue(key, slot);
  }

  /** Waits for the slot's due time, in steps setTimeout can hold: an escalation 30 days out waits 30 days. */
  private armUntilDue(key: string, slot: Slot): void {
    const wait = Math.max(0, slot.dueAt - Date.now());
    if (wait > LONGEST_TIMER_MS) {
      slot.timer = setTimeout(() => this.armUntilDue(key, slot), LONGEST_TIMER_MS);
    } else {
      slot.timer = setTimeout(() => {
        // one at a time, in the order they come due: the embedded default is a small graph
        this.chain = this.chain.then(() => this.run(key, slot));
      }, wait);
    }
    slot.timer.unref();
  }

  private async run(key: string, slot: Slot): Promise<void> {
    slot.running = true;
    const status = this.statuses.get(slot.id);
    if (status) status.state = 'active';
    let summary: JobSummary | undefined;
    let error: string | undefined;
    let attempts = 0;
    const started = Date.now();
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      attempts = attempt;
      if (status) status.attempts = attempt;
      try {
        summary = await (PROCESSORS[slot.name] as (p: unknown, c: unknown) => Promise<JobSummary>)(slot.payload, {
          store: this.store,
          projection: this.projection,
          enqueue: async (requests: JobRequest[]) => void (await this.add(requests)),
          changed: changeHandler(this.changes, this),
          reloadProjections: () => this.changes.appendReload(),
          ...(this.notifier ? { notifier: this.notifier } : {}),
          lastAttempt: attempt === ATTEMPTS,
          progress: async (percent: number) => {
            if (status) status.progress = Math.max(0, Math.min(100, Math.round(percent)));
          },
        } satisfies JobContext);
        error = undefined;
        // debug: the embedded default's first start runs some 250 of them, burying the one line that matters
        this.logger.debug({ name: slot.name, key, ms: Date.now() - started, summary }, 'job done');
        break;
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught);
        this.logger.warn({ name: slot.name, key, attempt, error }, 'job failed');
        if (isNotWorthRetrying(caught)) break;
        if (attempt < ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, BACKOFF_MS * 2 ** (attempt - 1)));
      }
    }
    this.finished.push({
      name: slot.name,
      key,
      attempts,
      ...(summary ? { summary } : {}),
      ...(error ? { error } : {}),
    });
    // a record of the recent ones only: the process may run for months
    if (this.finished.length > 1_000) this.finished.splice(0, this.finished.length - 1_000);
    if (status) {
      Object.assign(status, {
        state: error ? 'failed' : 'completed',
        progress: error ? status.progress : 100,
        result: summary ?? null,
        error: error ?? null,
        finishedAt: new Date().toISOString(),
      });
    }
    slot.running = false;
    if (slot.again && !this.closed) {
      slot.payload = slot.again.payload;
      slot.id = slot.again.id;
      slot.dueAt = slot.again.dueAt;
      slot.again = null;
      this.armUntilDue(key, slot);
    } else this.slots.delete(key);
  }
}

import type { Logger } from '../shared/logger';
import type { ChangeLog } from './change-log';

/** How often a process that could not log a change tries again to ask every projection to reload. */
const RETRY_MS = 5_000;

/**
 * A write is answered once it is in the store, even when its change could not be logged (Redis
 * away): failing it would lose nothing less. But every projection then goes on without it. So the
 * process remembers that it wrote past the log and, once Redis answers again, appends one reload
 * to the log: every reader reloads from the store, and the missed writes are in. If the process
 * stops before Redis is back, the next full recompute finds the projections short (counted
 * against the store) and asks the reload itself; an edit of properties alone is then missed until
 * the processes restart.
 */
export class UnloggedWrites {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly changes: Pick<ChangeLog, 'appendReload'>,
    private readonly logger: Logger,
    private readonly retryMs = RETRY_MS,
  ) {}

  /** A write's change could not be logged: a reload is asked as soon as the log takes it. */
  noted(): void {
    if (this.timer) return;
    this.schedule();
  }

  /** Whether a reload is still waiting for the log to answer. */
  get pending(): boolean {
    return this.timer !== null;
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    // unref: a process that stops does not wait for Redis (the full recompute's count catches up)
    this.timer = setTimeout(() => void this.retry(), this.retryMs).unref();
  }

  private async retry(): Promise<void> {
    try {
      await this.changes.appendReload();
      this.timer = null;
      this.logger.warn('change log: writes made while it could not be reached are caught up: every projection reloads');
    } catch {
      if (this.timer) this.schedule();
    }
  }
}

import { MemoryChangeLog } from '../../src/jobs/change-log';
import { UnloggedWrites } from '../../src/jobs/unlogged-writes';
import { createLogger } from '../../src/shared/logger';
import { until } from '../helpers/until';

/** The in-process log, refusing its first appends as a Redis that is away does. */
class AwayThenBack extends MemoryChangeLog {
  attempts = 0;
  constructor(private readonly away: number) {
    super();
  }
  override async appendReload(): Promise<void> {
    this.attempts += 1;
    if (this.attempts <= this.away) throw new Error('connect ECONNREFUSED');
    await super.appendReload();
  }
}

describe('writes answered while the change log could not be reached', () => {
  test('when the log answers again, then one reload is appended for every reader, however many writes missed it', async () => {
    const log = new AwayThenBack(2);
    const before = await log.head();
    const unlogged = new UnloggedWrites(log, createLogger('silent'), 10);
    for (let i = 0; i < 5; i++) unlogged.noted();
    expect(unlogged.pending).toBe(true);
    await until(async () => !unlogged.pending, 5_000, 'the reload appended');
    expect(log.attempts).toBe(3);
    expect(await log.since(before)).toBe('reload');
    unlogged.close();
  });

  test('when the process closes first, then it stops trying', async () => {
    const log = new AwayThenBack(1_000);
    const unlogged = new UnloggedWrites(log, createLogger('silent'), 10);
    unlogged.noted();
    await until(async () => log.attempts >= 2, 5_000, 'two attempts');
    unlogged.close();
    const attempts = log.attempts;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(log.attempts).toBeLessThanOrEqual(attempts + 1);
    expect(unlogged.pending).toBe(false);
  });
});

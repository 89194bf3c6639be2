import type { Logger } from './logger';

export type CleanupStep = { name: string; run: () => Promise<void> };

/**
 * The one shutdown routine (the composition root's, docs/architecture.md): runs every step in
 * order even when one fails, under a hard timeout, and is safe to call twice (the second call gets
 * the first's promise).
 */
export function createShutdown(steps: CleanupStep[], logger: Logger, timeoutMs: number): () => Promise<boolean> {
  let running: Promise<boolean> | null = null;
  return () => {
    running ??= (async () => {
      let clean = true;
      const timer = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
      const work = (async () => {
        for (const step of steps) {
          try {
            await step.run();
            logger.info({ step: step.name }, 'shutdown step done');
          } catch (error) {
            clean = false;
            logger.error({ step: step.name, err: error }, 'shutdown step failed');
          }
        }
        return clean;
      })();
      const finished = await Promise.race([work, timer]);
      if (!finished) logger.error({ timeoutMs }, 'shutdown did not finish in time or a step failed');
      return finished;
    })();
    return running;
  };
}

/**
 * Runs the steps (createShutdown) on SIGTERM or SIGINT, then exits 0 when all went cleanly, else
 * 1.
 */
export function shutdownOnSignals(steps: CleanupStep[], logger: Logger, timeoutMs: number): void {
  const shutdown = createShutdown(steps, logger, timeoutMs);
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    void shutdown().then((clean) => process.exit(clean ? 0 : 1));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

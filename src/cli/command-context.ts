import { loadConfig } from '../config/config';
import { AppError } from '../shared/app-error';
import type { GraphStore } from '../store/graph-store';
import { openStore } from '../store/open-store';

export interface CommandContext {
  store: GraphStore;
  out: (line: string) => void;
}

/** Opens the configured store, runs the command, always closes the store; errors become exit 1. */
export async function commandContext(run: (ctx: CommandContext) => Promise<void>): Promise<void> {
  let store: GraphStore | null = null;
  try {
    store = await openStore(loadConfig());
    await run({ store, out: (line) => process.stdout.write(`${line}\n`) });
  } catch (error) {
    const message = error instanceof AppError ? error.message : ((error as Error).stack ?? String(error));
    process.stderr.write(`redchain: ${message}\n`);
    process.exitCode = 1;
  } finally {
    await store?.close();
  }
}

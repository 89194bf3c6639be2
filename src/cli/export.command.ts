import { writeFile } from 'node:fs/promises';
import { exportBundle } from '../ingest/export-bundle';
import type { CommandContext } from './command-context';

export async function exportCommand(ctx: CommandContext, options: { format: 'json'; out?: string }): Promise<void> {
  const text = JSON.stringify(await exportBundle(ctx.store), null, 2);
  if (options.out) await writeFile(options.out, `${text}\n`);
  else ctx.out(text);
}

import { loadEnterpriseNames } from '../ingest/load-enterprise-names';
import { NameResolver } from '../text/name-resolver';
import type { CommandContext } from './command-context';

export async function resolveCommand(ctx: CommandContext, name: string, options: { uscc?: string }): Promise<void> {
  const resolver = new NameResolver(await loadEnterpriseNames(ctx.store));
  ctx.out(JSON.stringify(resolver.resolve({ name, ...(options.uscc ? { uscc: options.uscc } : {}) }), null, 2));
}

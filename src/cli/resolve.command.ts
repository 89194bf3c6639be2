import { loadEnterpriseNames } from '../ingest/load-enterprise-names';
import { NameResolver, type Resolution } from '../text/name-resolver';
import type { CommandContext } from './command-context';

/** `redchain resolve <name>`: which enterprise a company name is, in one readable line (JSON with --json). */
export async function resolveCommand(
  ctx: CommandContext,
  name: string,
  options: { uscc?: string; json: boolean },
): Promise<void> {
  const resolver = new NameResolver(await loadEnterpriseNames(ctx.store));
  const resolution = resolver.resolve({ name, ...(options.uscc ? { uscc: options.uscc } : {}) });
  if (options.json) return ctx.out(JSON.stringify(resolution, null, 2));
  for (const line of readable(resolution)) ctx.out(line);
}

const BY = { uscc: 'by USCC', name: 'by name', core: 'by core name', fuzzy: 'by similar spelling' } as const;

/** The answer as the README shows it: `match: 江苏省镇江船厂（集团）有限公司 (ent-zj-shipyard)`, then how. */
export function readable(resolution: Resolution): string[] {
  if (resolution.outcome === 'match')
    return [
      `match: ${resolution.name} (${resolution.id})`,
      `  ${BY[resolution.by]}, similarity ${round(resolution.similarity)}${resolution.evidence ? `; ${resolution.evidence}` : ''}`,
    ];
  const candidates = resolution.candidates.map((c) => `  ${c.name} (${c.id})  similarity ${round(c.similarity)}`);
  if (resolution.outcome === 'ambiguous')
    return [`ambiguous: ${resolution.candidates.length} enterprises fit; none is taken for it`, ...candidates];
  return [
    candidates.length > 0 ? 'none: no enterprise is this one; the nearest names:' : 'none: no similar name',
    ...candidates,
  ];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

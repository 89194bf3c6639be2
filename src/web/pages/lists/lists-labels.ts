import type { MessageKey } from '../../i18n/i18n';

type T = (key: MessageKey) => string;

/** The label of a code: never the code itself in the Chinese view. */
export const categoryLabel = (t: T, category: string) => t(`kind.${category}` as MessageKey);
export const sourceLabel = (t: T, source: string) => t(`lists.from.${source}` as MessageKey);
export const resourceKindLabel = (t: T, kind: string) => t(`lists.kind.${kind}` as MessageKey);
export const projectStatusLabel = (t: T, status: string) => t(`lists.status.${status}` as MessageKey);

/** The place and chain named in a file name, as the listed items name them (ids where none does). */
export function sheetPlace(
  items: readonly { region?: { id: string; name: string } | null; chains: readonly { id: string; name: string }[] }[],
  region: string,
  chain: string,
): string[] {
  const regionName = items.find((n) => n.region?.id === region)?.region?.name ?? region;
  const chainName = items.flatMap((n) => n.chains).find((c) => c.id === chain)?.name ?? chain;
  return [regionName, chainName];
}

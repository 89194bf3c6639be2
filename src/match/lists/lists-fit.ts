import { bigramTokenizer } from '../../text/tokenizer';
import { kindFit } from './kind-fit';
import { LISTS_WEIGHTS, type ListNeed, type ListResource, type ListsComponents } from './lists-inputs';

/** What the score rests on, for the reasons. */
export interface ListsFacts {
  /** The resource's keywords the need's words show. */
  keywords: string[];
  /** The enterprise's chains the resource is for; null when it is for any chain. */
  chains: string[] | null;
  /** The region the resource serves, when the enterprise lies in it; null when it names none. */
  region: string | null;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

/** Dice overlap of two sets of tokens, in [0, 1]. */
function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Text fit: the share of the resource's keywords the need shows (two of them are a full match),
 * or the bigram overlap of the need's words with the resource's name and description, whichever
 * is higher.
 */
function textFit(need: ListNeed, resource: ListResource): { score: number; keywords: string[] } {
  const said = fold(`${need.title} ${need.text}`);
  const keywords = resource.keywords.filter((k) => fold(k).length > 0 && said.includes(fold(k)));
  const byKeywords = Math.min(1, keywords.length / Math.min(2, Math.max(1, resource.keywords.length)));
  const needTokens = new Set(bigramTokenizer(`${need.title} ${need.text}`));
  const resourceTokens = new Set(bigramTokenizer(`${resource.name} ${resource.description}`));
  // the overlap of short texts rarely passes one half: doubled, capped at 1
  const byWords = Math.min(1, 2 * dice(needTokens, resourceTokens));
  return { score: Math.max(byKeywords, byWords), keywords };
}

/** Region: the resource serves where the enterprise is (1), names no region (0.5), or another place (not eligible). */
function regionFit(need: ListNeed, resource: ListResource): number {
  if (resource.regionId === undefined) return 0.5;
  return need.enterprise.regionIds.includes(resource.regionId) ? 1 : 0;
}

/** Chain: for one of the enterprise's chains (1), for any chain (0.5), for other chains only (0). */
function chainFit(need: ListNeed, resource: ListResource): { score: number; chains: string[] | null } {
  if (resource.chainIds.length === 0) return { score: 0.5, chains: null };
  const shared = resource.chainIds.filter((c) => need.enterprise.chainIds.includes(c));
  return { score: shared.length > 0 ? 1 : 0, chains: shared };
}

export function judgeFit(need: ListNeed, resource: ListResource): { components: ListsComponents; facts: ListsFacts } {
  const text = textFit(need, resource);
  const chain = chainFit(need, resource);
  const region = regionFit(need, resource);
  return {
    components: { kind: kindFit(need.category, resource.kind), text: text.score, chain: chain.score, region },
    facts: {
      keywords: text.keywords,
      chains: chain.chains,
      region: region === 1 ? resource.regionId! : null,
    },
  };
}

/**
 * A resource is proposed when it serves the enterprise's place, is still valid on the day asked,
 * and answers the need by its kind or by its words.
 */
export function eligible(c: ListsComponents, resource: ListResource, asOf: string): boolean {
  if (c.region === 0) return false;
  if (resource.validUntil !== undefined && resource.validUntil.slice(0, 10) < asOf.slice(0, 10)) return false;
  return c.kind > 0 || c.text >= 0.25;
}

export function totalScore(c: ListsComponents): number {
  const w = LISTS_WEIGHTS;
  return Math.round((w.kind * c.kind + w.text * c.text + w.chain * c.chain + w.region * c.region) * 1000) / 1000;
}

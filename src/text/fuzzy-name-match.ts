import Fuse from 'fuse.js';
import { bigrams, type NameIndex, type Variant } from './name-index';
import type { Resolution } from './name-resolution';
import { placeEvidence, type RegisteredName } from './registered-name';

/**
 * The resolver's last path: fuzzy matching with fuse.js for misspellings, over the few
 * candidates that share character bigrams with the query (blocking, as record-linkage systems do).
 */

export function fuzzyResolution(names: NameIndex, core: string, query: RegisteredName): Resolution {
  const block = fuzzyBlock(names, core);
  if (block.length === 0) return { outcome: 'none', candidates: [] };
  const fuse = new Fuse(block, {
    keys: ['core'],
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: 1,
    isCaseSensitive: true,
  });
  const best = new Map<number, { score: number; text: string }>();
  const askedTrade = tradeOf(query);
  for (const result of fuse.search(core.slice(0, 32))) {
    // a hit that shares no character of the trade name (字号) shares only industry or place words
    // (百耀新材料 and XX新材料有限公司): neither a misspelling nor a question
    const trade = tradeOf(result.item.parsed);
    if (askedTrade && trade && ![...askedTrade].some((char) => trade.includes(char))) continue;
    let score = result.score ?? 1;
    // a misspelling changes a character or two; fuse also scores 数源科技 inside 新能源科技 well.
    // Such a name is not a match, and for a registered name not even a question (another registration)
    if (Math.abs(result.item.core.length - core.length) > 1) {
      score = Math.max(score, query.hasForm ? 1 : names.options.candidateScore);
    }
    if (placeEvidence(query.places, names.placesOf[result.item.entry] ?? []) === 'against')
      score += names.options.placeAgainst;
    const current = best.get(result.item.entry);
    if (!current || score < current.score) best.set(result.item.entry, { score, text: result.item.text });
  }
  const ranked = [...best.entries()].sort((a, b) => a[1].score - b[1].score);
  const [top, runnerUp] = ranked;
  if (!top) return { outcome: 'none', candidates: [] };
  const { matchScore, fuzzyMatchScore, candidateScore, margin, maxCandidates } = names.options;
  const shown = ranked.slice(0, maxCandidates).map(([i, s]) => names.candidate(i, Math.max(0, 1 - s.score), s.text));
  if (
    top[1].score <= Math.min(matchScore, fuzzyMatchScore) &&
    (!runnerUp || runnerUp[1].score - top[1].score >= margin)
  ) {
    return { ...names.match(top[0], 'fuzzy', 1 - top[1].score), evidence: 'misspelling' } as Resolution;
  }
  // a registered name is a question only about near-misspellings of it (吉林电力 is not a slip for 长江电力)
  const askUpTo = query.hasForm ? Math.min(candidateScore, matchScore) : candidateScore;
  if (top[1].score <= askUpTo) {
    return names.ambiguous(shown.filter((c) => 1 - c.similarity <= askUpTo));
  }
  return { outcome: 'none', candidates: shown };
}

/** The variants sharing the most bigrams with the query, ignoring bigrams too common to tell. */
function fuzzyBlock(names: NameIndex, core: string): Variant[] {
  const grams = [...new Set(bigrams(core))];
  const lists = grams.map((g) => names.postings.get(g) ?? []).filter((l) => l.length > 0);
  const usable = lists.filter((l) => l.length <= names.options.commonBigram);
  const counts = new Map<number, number>();
  for (const list of usable.length > 0 ? usable : lists.sort((a, b) => a.length - b.length).slice(0, 1)) {
    for (const variant of list) counts.set(variant, (counts.get(variant) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(
      (a, b) =>
        b[1] - a[1] ||
        Math.abs((names.variants[a[0]] as Variant).core.length - core.length) -
          Math.abs((names.variants[b[0]] as Variant).core.length - core.length),
    )
    .slice(0, names.options.blockSize)
    .map(([variant]) => names.variants[variant] as Variant);
}

/** The trade name (字号) of a parsed name: between its place and its industry words. */
function tradeOf(name: RegisteredName): string {
  return name.text.slice(name.coreStart, name.industryStart);
}

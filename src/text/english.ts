import stem from 'wink-porter2-stemmer';
import { eng } from 'stopword';

/**
 * English words for text matching: stop words dropped (the `stopword` package's English list),
 * the rest reduced to their Porter2 stems (Snowball English, via wink-porter2-stemmer), so that
 * "networks", "network" and "networking" meet. Words are expected lower case and NFKC-normalised
 * (tokenizer.ts does that). Short technical acronyms (LFP, NCM, LiDAR) pass through unchanged in
 * practice: Porter2 leaves them alone. Which step is worth what was measured on real papers
 * (docs/quality.md, `npm run eval -- real`).
 */
export const ENGLISH_DEFAULTS = {
  /** Drop English stop words ("the", "of", "we"). */
  stopWords: true,
  /** Reduce words to their Porter2 stems. */
  stem: true,
} as const;

export interface EnglishOptions {
  stopWords?: boolean;
  stem?: boolean;
}

const STOP_WORDS = new Set(eng);
/** Stemming is the costly part and papers repeat their words: stems are remembered (bounded). */
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function stemOf(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    // numbers and words with digits or symbols (5g, c++, 3d) are names, not English inflections
    stemmed = /^[a-z]+$/u.test(word) ? stem(word) : word;
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

/**
 * The matching form of one lower-case English word, or null when it is a stop word or empty.
 * @example englishTerm('networks') // 'network';  englishTerm('the') // null
 */
export function englishTerm(
  word: string,
  { stopWords = ENGLISH_DEFAULTS.stopWords, stem: stemming = ENGLISH_DEFAULTS.stem }: EnglishOptions = {},
): string | null {
  // "methods." or "state-of-the-art-" at a sentence's end: the trailing punctuation is not the word
  const bare = word.replace(/[.+-]+$/u, (tail) => (tail.startsWith('+') ? tail : ''));
  if (bare.length === 0) return null;
  if (stopWords && STOP_WORDS.has(bare)) return null;
  return stemming ? stemOf(bare) : bare;
}

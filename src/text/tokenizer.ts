import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { englishTerm, type EnglishOptions } from './english';

/**
 * Chinese-aware tokenizers for text matching (docs/architecture.md, The engines, in short). Two
 * are kept because which ranks better is measured, not assumed (docs/quality.md): character
 * bigrams need no dictionary and never miss a new technical term; jieba (@node-rs/jieba, a Rust
 * port of the jieba segmenter) gives word-level tokens with less noise. ASCII words (LFP, NCM,
 * LiDAR) are kept whole, and English prose (papers' titles and abstracts) goes through english.ts:
 * stop words dropped, words stemmed. Hyphenated words are split ("graph-based" is "graph" and
 * "based").
 */
export type Tokenizer = (text: string) => string[];

const STOPWORDS = new Set([
  '的',
  '与',
  '和',
  '及',
  '等',
  '了',
  '在',
  '对',
  '为',
  '以',
  '是',
  '中',
  '将',
  '由',
  '于',
  '其',
  '并',
  '或',
  '相关',
  '技术',
  '研究',
  '提升',
]);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
const RUNS = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9][a-z0-9+.]*/gu;
const ASCII_WORD = /^[a-z0-9]/u;

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Overlapping character bigrams of each Chinese run (a one-character run is itself), English words
 * as english.ts makes them.
 */
export function bigramTokenizerWith(english: EnglishOptions = {}): Tokenizer {
  return (text) => {
    const tokens: string[] = [];
    for (const run of normalise(text).match(RUNS) ?? []) {
      if (!CJK.test(run)) {
        const term = englishTerm(run, english);
        if (term !== null) tokens.push(term);
        continue;
      }
      const chars = [...run];
      if (chars.length === 1) {
        if (!STOPWORDS.has(run)) tokens.push(run);
        continue;
      }
      for (let i = 0; i < chars.length - 1; i++) {
        const gram = `${chars[i]}${chars[i + 1]}`;
        if (!STOPWORDS.has(gram)) tokens.push(gram);
      }
    }
    return tokens;
  };
}

export const bigramTokenizer: Tokenizer = bigramTokenizerWith();

let jieba: Jieba | null = null;

/**
 * jieba words without punctuation and stop words, English words as english.ts makes them. The
 * dictionary loads on first use.
 */
export function jiebaTokenizerWith(english: EnglishOptions = {}): Tokenizer {
  return (text) => {
    jieba ??= Jieba.withDict(dict);
    const tokens: string[] = [];
    for (const piece of jieba.cut(normalise(text), false)) {
      const word = piece.trim();
      if (word.length === 0) continue;
      if (CJK.test(word)) {
        if (!STOPWORDS.has(word)) tokens.push(word);
        continue;
      }
      if (!ASCII_WORD.test(word)) continue;
      // jieba keeps "graph-based" or "3.5" in one piece: split as the bigram tokenizer's runs are
      for (const run of word.match(RUNS) ?? []) {
        const term = englishTerm(run, english);
        if (term !== null) tokens.push(term);
      }
    }
    return tokens;
  };
}

export const jiebaTokenizer: Tokenizer = jiebaTokenizerWith();

export const TOKENIZERS = { bigram: bigramTokenizer, jieba: jiebaTokenizer } as const;
export type TokenizerName = keyof typeof TOKENIZERS;

import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/**
 * Chinese-aware tokenizers for text matching (DESIGN.md §6). Two are kept because which ranks
 * better is measured, not assumed (docs/quality.md): character bigrams need no dictionary and
 * never miss a new technical term; jieba (@node-rs/jieba, a Rust port of the jieba segmenter)
 * gives word-level tokens with less noise. ASCII words (LFP, NCM, LiDAR) are kept whole.
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
const RUNS = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9][a-z0-9+.-]*/gu;

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Overlapping character bigrams of each Chinese run (a one-character run is itself), ASCII words whole. */
export const bigramTokenizer: Tokenizer = (text) => {
  const tokens: string[] = [];
  for (const run of normalise(text).match(RUNS) ?? []) {
    if (!CJK.test(run)) {
      tokens.push(run);
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

let jieba: Jieba | null = null;

/** jieba words without punctuation and stop words. The dictionary loads on first use. */
export const jiebaTokenizer: Tokenizer = (text) => {
  jieba ??= Jieba.withDict(dict);
  return jieba
    .cut(normalise(text), false)
    .map((word) => word.trim())
    .filter((word) => word.length > 0 && (CJK.test(word) || /^[a-z0-9]/u.test(word)) && !STOPWORDS.has(word));
};

export const TOKENIZERS = { bigram: bigramTokenizer, jieba: jiebaTokenizer } as const;
export type TokenizerName = keyof typeof TOKENIZERS;

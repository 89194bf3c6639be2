import type { Tokenizer } from './tokenizer';

/**
 * BM25 with field weights (BM25F in its simple summed form: Robertson & Zaragoza, "The
 * Probabilistic Relevance Framework: BM25 and Beyond", 2009, §3.3): each field keeps its own
 * length normalisation, and a term's saturated frequencies are weighted and summed across
 * fields before the IDF is applied.
 */
export const BM25_DEFAULTS = { k1: 1.2, b: 0.75 } as const;

interface FieldIndex {
  postings: Map<string, Map<number, number>>;
  lengths: number[];
  totalLength: number;
}

export class Bm25Index<F extends string> {
  private readonly fields = new Map<F, FieldIndex>();
  private readonly ids: string[] = [];
  private readonly documentFrequency = new Map<string, number>();

  constructor(
    private readonly tokenizer: Tokenizer,
    private readonly weights: Record<F, number>,
    private readonly params: { k1: number; b: number } = BM25_DEFAULTS,
  ) {
    for (const field of Object.keys(weights) as F[]) {
      if (!(weights[field] >= 0)) throw new Error(`bm25: weight of field '${field}' must be a number ≥ 0`);
      this.fields.set(field, { postings: new Map(), lengths: [], totalLength: 0 });
    }
  }

  get size(): number {
    return this.ids.length;
  }

  /** Adds a document; fields absent from `text` count as empty. */
  add(id: string, text: Partial<Record<F, string>>): void {
    const doc = this.ids.push(id) - 1;
    const seen = new Set<string>();
    for (const [field, index] of this.fields) {
      const tokens = this.tokenizer(text[field] ?? '');
      index.lengths[doc] = tokens.length;
      index.totalLength += tokens.length;
      for (const token of tokens) {
        let postings = index.postings.get(token);
        if (!postings) index.postings.set(token, (postings = new Map()));
        postings.set(doc, (postings.get(doc) ?? 0) + 1);
        seen.add(token);
      }
    }
    for (const token of seen) this.documentFrequency.set(token, (this.documentFrequency.get(token) ?? 0) + 1);
  }

  /** Every document sharing a term with the query, with its BM25F score (higher is better). */
  search(query: string): Map<string, number> {
    const { k1, b } = this.params;
    const n = this.ids.length;
    const scores = new Map<number, number>();
    for (const term of new Set(this.tokenizer(query))) {
      const df = this.documentFrequency.get(term);
      if (!df) continue;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const pseudo = new Map<number, number>();
      for (const [field, index] of this.fields) {
        const postings = index.postings.get(term);
        if (!postings) continue;
        const average = index.totalLength / Math.max(1, n) || 1;
        for (const [doc, tf] of postings) {
          const normalised = tf / (1 - b + (b * (index.lengths[doc] ?? 0)) / average);
          pseudo.set(doc, (pseudo.get(doc) ?? 0) + this.weights[field] * normalised);
        }
      }
      for (const [doc, tf] of pseudo) scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (k1 + 1)) / (tf + k1));
    }
    const out = new Map<string, number>();
    for (const [doc, score] of scores) out.set(this.ids[doc] as string, score);
    return out;
  }
}

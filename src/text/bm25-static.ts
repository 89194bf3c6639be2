import { BM25_DEFAULTS } from './bm25';
import type { Tokenizer } from './tokenizer';

/**
 * BM25F (bm25.ts: the same formula and parameters) over a fixed set of documents, finished once
 * into typed arrays: an inverted index to find the documents that share a term with a query,
 * and a forward index to score chosen documents against another query. For engines that ask
 * thousands of queries of one projection: Bm25Index's per-term Maps, walked for every query,
 * cost the tackling list 10 ms a problem.
 */
export class StaticBm25<F extends string> {
  private readonly terms = new Map<string, number>();
  private pending: Int32Array[][] = [];
  private readonly ids: string[] = [];
  // inverted: documents and weights of term t at [postingAt[t], postingAt[t + 1])
  private postingAt = new Int32Array(0);
  private postingDoc = new Int32Array(0);
  private postingWeight = new Float64Array(0);
  // forward: terms and weights of document d at [forwardAt[d], forwardAt[d + 1])
  private forwardAt = new Int32Array(0);
  private forwardTerm = new Int32Array(0);
  private forwardWeight = new Float64Array(0);
  private marked = new Uint8Array(0);
  private accumulated = new Float64Array(0);
  private wanted = new Uint8Array(0);
  private found = new Int32Array(0);
  private foundScores = new Float64Array(0);
  private docScores = new Float64Array(0);
  private sealed = false;

  constructor(
    private readonly tokenizer: Tokenizer,
    private readonly weights: Record<F, number>,
    private readonly params: { k1: number; b: number } = BM25_DEFAULTS,
  ) {
    for (const field of Object.keys(weights) as F[])
      if (!(weights[field] >= 0)) throw new Error(`bm25: weight of field '${field}' must be a number ≥ 0`);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Adds a document; returns its number. Fields absent from `text` count as empty. */
  add(id: string, text: Partial<Record<F, string>>): number {
    const tokens = {} as Partial<Record<F, string[]>>;
    for (const field of Object.keys(this.weights) as F[]) tokens[field] = this.tokenizer(text[field] ?? '');
    return this.addTokens(id, tokens);
  }

  /** Adds a document already tokenized (with this index's tokenizer), e.g. one assembled from others' tokens. */
  addTokens(id: string, tokens: Partial<Record<F, readonly string[]>>): number {
    if (this.sealed) throw new Error('bm25: add after seal');
    this.pending.push(
      (Object.keys(this.weights) as F[]).map((field) =>
        Int32Array.from(tokens[field] ?? [], (token) => {
          let term = this.terms.get(token);
          if (term === undefined) this.terms.set(token, (term = this.terms.size));
          return term;
        }),
      ),
    );
    return this.ids.push(id) - 1;
  }

  /** The index's tokenizer, for callers of addTokens. */
  tokenize(text: string): string[] {
    return this.tokenizer(text);
  }

  idOf(doc: number): string {
    return this.ids[doc]!;
  }

  /** Computes the weights; nothing can be added after. */
  seal(): void {
    const { k1, b } = this.params;
    const fieldWeights = Object.values(this.weights) as number[];
    const n = this.ids.length;
    const averages = fieldWeights.map(
      (_w, f) => this.pending.reduce((sum, doc) => sum + doc[f]!.length, 0) / Math.max(1, n) || 1,
    );
    const documentFrequency = new Int32Array(this.terms.size);
    const pseudo: Map<number, number>[] = this.pending.map((fields) => {
      // BM25F's pseudo-frequency: each field's length-normalised count, weighted and summed
      const tf = new Map<number, number>();
      fields.forEach((tokens, f) => {
        const norm = 1 - b + (b * tokens.length) / averages[f]!;
        for (const term of tokens) tf.set(term, (tf.get(term) ?? 0) + fieldWeights[f]! / norm);
      });
      for (const term of tf.keys()) documentFrequency[term]! += 1;
      return tf;
    });
    this.pending = [];
    const idf = Float64Array.from(documentFrequency, (df) => Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    this.forwardAt = new Int32Array(n + 1);
    pseudo.forEach((tf, doc) => (this.forwardAt[doc + 1] = this.forwardAt[doc]! + tf.size));
    this.forwardTerm = new Int32Array(this.forwardAt[n]!);
    this.forwardWeight = new Float64Array(this.forwardAt[n]!);
    this.postingAt = new Int32Array(this.terms.size + 1);
    for (let t = 0; t < this.terms.size; t++) this.postingAt[t + 1] = this.postingAt[t]! + documentFrequency[t]!;
    this.postingDoc = new Int32Array(this.postingAt[this.terms.size]!);
    this.postingWeight = new Float64Array(this.postingDoc.length);
    const fill = this.postingAt.slice(0, this.terms.size);
    pseudo.forEach((tf, doc) => {
      let at = this.forwardAt[doc]!;
      for (const [term, frequency] of tf) {
        const weight = (idf[term]! * frequency * (k1 + 1)) / (frequency + k1);
        this.forwardTerm[at] = term;
        this.forwardWeight[at++] = weight;
        const slot = fill[term]!;
        fill[term] = slot + 1;
        this.postingDoc[slot] = doc;
        this.postingWeight[slot] = weight;
      }
    });
    this.marked = new Uint8Array(this.terms.size);
    this.accumulated = new Float64Array(n);
    this.wanted = new Uint8Array(n);
    this.found = new Int32Array(n);
    this.foundScores = new Float64Array(n);
    this.docScores = new Float64Array(n);
    this.sealed = true;
  }

  /**
   * Every document sharing a term with the query, with its score (numbers, not ids). The arrays
   * are views of buffers the next search reuses: read them before searching again. (Allocating
   * fresh typed arrays for every query cost more in garbage collection than the search itself.)
   */
  search(query: string): { docs: Int32Array; scores: Float64Array } {
    this.requireSealed();
    let count = 0;
    const found = this.found;
    for (const term of this.termsOf(query)) {
      for (let at = this.postingAt[term]!; at < this.postingAt[term + 1]!; at++) {
        const doc = this.postingDoc[at]!;
        if (this.accumulated[doc] === 0) found[count++] = doc;
        this.accumulated[doc]! += this.postingWeight[at]!;
      }
    }
    const docs = found.subarray(0, count);
    const scores = this.foundScores.subarray(0, count);
    for (let i = 0; i < count; i++) {
      scores[i] = this.accumulated[docs[i]!]!;
      this.accumulated[docs[i]!] = 0;
    }
    return { docs, scores };
  }

  /**
   * The scores of the given documents for the query (0 for one sharing no term). Reads whichever
   * index touches fewer entries: the documents' own terms, or the query terms' postings. The
   * result is a view of a buffer the next scoreDocs reuses.
   */
  scoreDocs(query: string, docs: ArrayLike<number>): Float64Array {
    this.requireSealed();
    const terms = this.termsOf(query);
    let forwardCost = 0;
    for (let i = 0; i < docs.length; i++) forwardCost += this.forwardAt[docs[i]! + 1]! - this.forwardAt[docs[i]!]!;
    const scores = this.docScores.subarray(0, docs.length);
    let invertedCost = 0;
    for (const term of terms) invertedCost += this.postingAt[term + 1]! - this.postingAt[term]!;
    if (invertedCost < forwardCost) {
      // walk the postings, adding only for the wanted documents
      for (let i = 0; i < docs.length; i++) this.wanted[docs[i]!] = 1;
      for (const term of terms) {
        for (let at = this.postingAt[term]!; at < this.postingAt[term + 1]!; at++) {
          const doc = this.postingDoc[at]!;
          if (this.wanted[doc] === 1) this.accumulated[doc]! += this.postingWeight[at]!;
        }
      }
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        scores[i] = this.accumulated[doc]!;
        this.accumulated[doc] = 0;
        this.wanted[doc] = 0;
      }
      return scores;
    }
    for (const term of terms) this.marked[term] = 1;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      let total = 0;
      for (let at = this.forwardAt[doc]!; at < this.forwardAt[doc + 1]!; at++)
        if (this.marked[this.forwardTerm[at]!] === 1) total += this.forwardWeight[at]!;
      scores[i] = total;
    }
    for (const term of terms) this.marked[term] = 0;
    return scores;
  }

  private termsOf(query: string): number[] {
    const seen = new Set<number>();
    for (const token of this.tokenizer(query)) {
      const term = this.terms.get(token);
      if (term !== undefined) seen.add(term);
    }
    return [...seen];
  }

  private requireSealed(): void {
    if (!this.sealed) throw new Error('bm25: seal() before searching');
  }
}

/**
 * A TF-IDF vector space for cosine similarity (Salton & Buckley, "Term-weighting approaches in
 * automatic text retrieval", 1988: sublinear term frequency 1 + ln tf, inverse document
 * frequency ln((N + 1) / (df + 1)) + 1, vectors of unit length). Cosine is in [0, 1] for these
 * non-negative vectors and does not depend on what else is ranked, so scores from different
 * lists can be compared (BM25 scores cannot: they grow with the query's length).
 *
 * Use: count every document once with `count`, `seal`, then make vectors with `vector`.
 */
export interface SparseVector {
  /** Term numbers, ascending. */
  terms: Int32Array;
  weights: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = { terms: new Int32Array(0), weights: new Float64Array(0) };

export class TfIdfSpace {
  private readonly terms = new Map<string, number>();
  private documentFrequency: number[] = [];
  private documents = 0;
  private idf = new Float64Array(0);
  private sealed = false;

  /** Counts one document of the collection (its distinct tokens). */
  count(tokens: readonly string[]): void {
    if (this.sealed) throw new Error('tfidf: count after seal');
    this.documents++;
    for (const token of new Set(tokens)) {
      let term = this.terms.get(token);
      if (term === undefined) {
        this.terms.set(token, (term = this.terms.size));
        this.documentFrequency.push(0);
      }
      this.documentFrequency[term]!++;
    }
  }

  seal(): void {
    const n = this.documents;
    this.idf = Float64Array.from(this.documentFrequency, (df) => Math.log((n + 1) / (df + 1)) + 1);
    this.documentFrequency = [];
    this.sealed = true;
  }

  get size(): number {
    return this.terms.size;
  }

  /**
   * The unit TF-IDF vector of weighted token lists (e.g. a title counted twice and its abstract
   * once); tokens the collection never saw are left out.
   */
  vector(parts: readonly { tokens: readonly string[]; weight: number }[]): SparseVector {
    if (!this.sealed) throw new Error('tfidf: seal() before making vectors');
    const tf = new Map<number, number>();
    for (const { tokens, weight } of parts) {
      for (const token of tokens) {
        const term = this.terms.get(token);
        if (term !== undefined) tf.set(term, (tf.get(term) ?? 0) + weight);
      }
    }
    const entries = [...tf].filter(([, f]) => f > 0).sort((a, b) => a[0] - b[0]);
    const weights = Float64Array.from(entries, ([term, f]) => (1 + Math.log(f)) * this.idf[term]!);
    return unit({ terms: Int32Array.from(entries, ([term]) => term), weights });
  }
}

/** The vector scaled to length 1 (unchanged when it is empty). */
export function unit(v: SparseVector): SparseVector {
  let norm = 0;
  for (const w of v.weights) norm += w * w;
  if (norm === 0) return v;
  const scale = 1 / Math.sqrt(norm);
  return { terms: v.terms, weights: v.weights.map((w) => w * scale) };
}

/** Σ weight × vector, summed term by term (not normalised). */
export function weightedSum(parts: readonly { vector: SparseVector; weight: number }[]): SparseVector {
  const sum = new Map<number, number>();
  for (const { vector, weight } of parts) {
    if (weight === 0) continue;
    for (let i = 0; i < vector.terms.length; i++)
      sum.set(vector.terms[i]!, (sum.get(vector.terms[i]!) ?? 0) + weight * vector.weights[i]!);
  }
  const entries = [...sum].sort((a, b) => a[0] - b[0]);
  return { terms: Int32Array.from(entries, ([t]) => t), weights: Float64Array.from(entries, ([, w]) => w) };
}

/** The dot product of two vectors (their cosine when both are unit vectors), by merging the sorted terms. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i]!;
    const tb = b.terms[j]!;
    if (ta === tb) total += a.weights[i++]! * b.weights[j++]!;
    else if (ta < tb) i++;
    else j++;
  }
  return total;
}

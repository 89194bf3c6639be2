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
    const tf = termSums();
    for (const { tokens, weight } of parts) {
      for (const token of tokens) {
        const term = this.terms.get(token);
        if (term !== undefined) tf.add(term, weight);
      }
    }
    const { terms, sums: weights } = tf.collect(true);
    // in place, in the order unit() scales, so vectors are bit-identical to unit(…) of the weights:
    // the sums are this vector's own (plain loops: a mapping `from` walks an iterator per element)
    let norm = 0;
    for (let i = 0; i < terms.length; i++) {
      const w = (1 + Math.log(weights[i]!)) * this.idf[terms[i]!]!;
      weights[i] = w;
      norm += w * w;
    }
    if (norm === 0) return { terms, weights };
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < weights.length; i++) weights[i]! *= scale;
    return { terms, weights };
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
  const sum = termSums();
  for (const { vector, weight } of parts) {
    if (weight === 0) continue;
    for (let i = 0; i < vector.terms.length; i++) sum.add(vector.terms[i]!, weight * vector.weights[i]!);
  }
  const { terms, sums } = sum.collect(false);
  return { terms, weights: sums };
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

/**
 * Sums per term number on one dense buffer shared by every call (vectors are made one at a time):
 * a Map per vector made the garbage collector most of building 21,000 expert profiles. Each sum
 * adds its values in the order given, as the Map did, so vectors are bit-identical.
 */
function termSums(): {
  add(term: number, value: number): void;
  /** The terms touched, ascending, with their sums; `positiveOnly` leaves out sums ≤ 0. */
  collect(positiveOnly: boolean): { terms: Int32Array; sums: Float64Array };
} {
  let count = 0;
  return {
    add(term, value) {
      if (term >= buffer.sums.length) buffer = grown(buffer, term + 1);
      if (buffer.seen[term] === 0) {
        buffer.seen[term] = 1;
        if (count === buffer.touched.length) buffer = grown(buffer, buffer.sums.length);
        buffer.touched[count++] = term;
      }
      buffer.sums[term]! += value;
    },
    collect(positiveOnly) {
      const { sums, seen } = buffer;
      const touched = buffer.touched.subarray(0, count).sort();
      let kept = 0;
      for (let i = 0; i < count; i++) if (!positiveOnly || sums[touched[i]!]! > 0) kept++;
      const terms = new Int32Array(kept);
      const values = new Float64Array(kept);
      for (let i = 0, at = 0; i < count; i++) {
        const term = touched[i]!;
        if (!positiveOnly || sums[term]! > 0) {
          terms[at] = term;
          values[at++] = sums[term]!;
        }
        sums[term] = 0;
        seen[term] = 0;
      }
      count = 0;
      return { terms, sums: values };
    },
  };
}

interface SumBuffer {
  sums: Float64Array;
  seen: Uint8Array;
  touched: Int32Array;
}

let buffer: SumBuffer = { sums: new Float64Array(1024), seen: new Uint8Array(1024), touched: new Int32Array(1024) };

/** The buffer with room for `terms` term numbers and twice the touched list, contents kept. */
function grown(old: SumBuffer, terms: number): SumBuffer {
  const size = Math.max(terms, old.sums.length * 2);
  const next = {
    sums: new Float64Array(size),
    seen: new Uint8Array(size),
    touched: new Int32Array(Math.max(size, old.touched.length * 2)),
  };
  next.sums.set(old.sums);
  next.seen.set(old.seen);
  next.touched.set(old.touched);
  return next;
}

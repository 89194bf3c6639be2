import { BM25_DEFAULTS } from '../../text/bm25';

/** The two ways a partner is read: upstream candidates by what they make, downstream ones by what they need. */
export type TextView = 'offer' | 'need';

/** Field weights: the products or needs say what a firm trades, the description only what it is about. */
const WANTED_WEIGHT = 3;
const ABOUT_WEIGHT = 1;

export const VIEWS: readonly TextView[] = ['offer', 'need'];

export interface TokenDoc {
  products: Int32Array;
  needs: Int32Array;
  about: Int32Array;
}

/** What BM25F weighs with: document count, average field lengths, document frequency by term number. */
export interface ViewStats {
  documents: number;
  avgWanted: number;
  avgAbout: number;
  df: Int32Array;
}

export interface PinnedViewStats {
  documents: number;
  avgWanted: number;
  avgAbout: number;
  df: ReadonlyMap<string, number>;
}

/** A partner-text index's statistics per view, document frequencies by term text. */
export interface TextStatistics {
  views: Record<TextView, PinnedViewStats>;
}

/** One view's BM25F weights, by document (forward) and by term (postings, documents ascending). */
export interface View {
  offsets: Int32Array;
  terms: Int32Array;
  weights: Float64Array;
  postingAt: Int32Array;
  postingDoc: Int32Array;
  postingWeight: Float64Array;
  stats: ViewStats;
}

/** One document's terms and finished BM25F weights, from its two fields, with these statistics. */
export function docEntries(
  wanted: Int32Array,
  about: Int32Array,
  stats: ViewStats,
): { terms: number[]; weights: number[] } {
  const { k1, b } = BM25_DEFAULTS;
  // BM25F's pseudo-frequency: each field's length-normalised count, weighted and summed
  const pseudo = new Map<number, number>();
  const normWanted = 1 - b + (b * wanted.length) / stats.avgWanted;
  const normAbout = 1 - b + (b * about.length) / stats.avgAbout;
  for (const term of wanted) pseudo.set(term, (pseudo.get(term) ?? 0) + WANTED_WEIGHT / normWanted);
  for (const term of about) pseudo.set(term, (pseudo.get(term) ?? 0) + ABOUT_WEIGHT / normAbout);
  const terms: number[] = [];
  const weights: number[] = [];
  for (const [term, tf] of pseudo) {
    // a term new since the statistics were taken counts as in no document
    const df = stats.df[term] ?? 0;
    const idf = Math.log(1 + (stats.documents - df + 0.5) / (df + 0.5));
    terms.push(term);
    weights.push((idf * tf * (k1 + 1)) / (tf + k1));
  }
  return { terms, weights };
}

/** The same weights by term, documents in number order, for scans of a range of documents. */
export function withPostings(size: number, forward: Pick<View, 'offsets' | 'terms' | 'weights' | 'stats'>): View {
  const { offsets, terms, weights } = forward;
  const postingAt = new Int32Array(size + 1);
  for (const term of terms) postingAt[term + 1]! += 1;
  for (let t = 0; t < size; t++) postingAt[t + 1]! += postingAt[t]!;
  const postingDoc = new Int32Array(terms.length);
  const postingWeight = new Float64Array(terms.length);
  const fill = postingAt.slice(0, size);
  for (let doc = 0; doc + 1 < offsets.length; doc++) {
    for (let at = offsets[doc]!; at < offsets[doc + 1]!; at++) {
      const slot = fill[terms[at]!]!;
      fill[terms[at]!] = slot + 1;
      postingDoc[slot] = doc;
      postingWeight[slot] = weights[at]!;
    }
  }
  return { ...forward, postingAt, postingDoc, postingWeight };
}

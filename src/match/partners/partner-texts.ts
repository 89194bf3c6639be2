import type { ProjectedGraph } from '../../projection/projected-graph';
import { BM25_DEFAULTS } from '../../text/bm25';
import { TOKENIZERS, type Tokenizer, type TokenizerName } from '../../text/tokenizer';
import { enterpriseSpaceOf } from '../enterprise-space';
import { derived } from '../../projection/derived';

/** The two ways a partner is read: upstream candidates by what they make, downstream ones by what they need. */
export type TextView = 'offer' | 'need';

/** Field weights: the products or needs say what a firm trades, the description only what it is about. */
const WANTED_WEIGHT = 3;
const ABOUT_WEIGHT = 1;

/**
 * Product/need text fit for partners: BM25F (bm25.ts, the same formula and parameters) over
 * every enterprise of the projection, precomputed as a forward index — per enterprise and view,
 * its terms with their finished BM25F weights — so that scoring a candidate against an ask is a
 * sum over its dozen terms. Statistics (IDF, average field lengths) are the province's; one
 * index per query over its candidates, rebuilt 200,000 times, was most of a query's cost.
 */
export class PartnerTexts {
  private readonly terms = new Map<string, number>();
  private pending: { products: Int32Array; needs: Int32Array; about: Int32Array }[] = [];
  private readonly views = new Map<TextView, View>();
  private marked = new Uint8Array(0);
  private readonly markedList: number[] = [];

  constructor(private readonly tokenizer: Tokenizer) {}

  /** Adds the next enterprise's texts (documents are numbered in the order added). */
  add(products: string, needs: string, about: string): void {
    if (this.views.size > 0) throw new Error('partner texts: add after seal');
    this.pending.push({ products: this.ids(products), needs: this.ids(needs), about: this.ids(about) });
  }

  /** Computes the weights; no document can be added after. */
  seal(): void {
    const docs = this.pending;
    this.views.set(
      'offer',
      this.weigh(
        docs.map((d) => d.products),
        docs.map((d) => d.about),
      ),
    );
    this.views.set(
      'need',
      this.weigh(
        docs.map((d) => d.needs),
        docs.map((d) => d.about),
      ),
    );
    this.marked = new Uint8Array(this.terms.size);
    this.pending = [];
  }

  /** Sets the ask that score() reads, until the next ask. */
  ask(text: string): void {
    for (const term of this.markedList) this.marked[term] = 0;
    this.markedList.length = 0;
    for (const token of this.tokenizer(text)) {
      const term = this.terms.get(token);
      if (term === undefined || this.marked[term] === 1) continue;
      this.marked[term] = 1;
      this.markedList.push(term);
    }
  }

  /** Scores documents in `view` against the current ask: BM25F, 0 when no term is shared. */
  scorer(view: TextView): (doc: number) => number {
    const { offsets, terms, weights } = this.views.get(view)!;
    const marked = this.marked;
    return (doc) => {
      let total = 0;
      const end = offsets[doc + 1]!;
      for (let at = offsets[doc]!; at < end; at++) if (marked[terms[at]!] === 1) total += weights[at]!;
      return total;
    };
  }

  private ids(text: string): Int32Array {
    return Int32Array.from(this.tokenizer(text), (token) => {
      let id = this.terms.get(token);
      if (id === undefined) this.terms.set(token, (id = this.terms.size));
      return id;
    });
  }

  /**
   * Adds the current ask's score of every document numbered in [from, to) into `into` (which
   * must hold 0 for them): one binary search and a short walk per ask term. A segment's own
   * producers are numbered together (enterprise-space.ts), so this scores a candidate segment
   * while touching only the documents that share a term with the ask.
   */
  addRange(view: TextView, from: number, to: number, into: Float64Array): void {
    const { postingAt, postingDoc, postingWeight } = this.views.get(view)!;
    for (const term of this.markedList) {
      let low = postingAt[term]!;
      let high = postingAt[term + 1]!;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (postingDoc[middle]! < from) low = middle + 1;
        else high = middle;
      }
      for (let at = low; at < postingAt[term + 1]! && postingDoc[at]! < to; at++)
        into[postingDoc[at]!]! += postingWeight[at]!;
    }
  }

  private weigh(wanted: Int32Array[], about: Int32Array[]): View {
    const { k1, b } = BM25_DEFAULTS;
    const n = wanted.length;
    const average = (fields: Int32Array[]) => fields.reduce((sum, f) => sum + f.length, 0) / Math.max(1, n) || 1;
    const [avgWanted, avgAbout] = [average(wanted), average(about)];
    const documentFrequency = new Int32Array(this.terms.size);
    const perDoc: Map<number, number>[] = [];
    for (let doc = 0; doc < n; doc++) {
      // BM25F's pseudo-frequency: each field's length-normalised count, weighted and summed
      const pseudo = new Map<number, number>();
      const normWanted = 1 - b + (b * wanted[doc]!.length) / avgWanted;
      const normAbout = 1 - b + (b * about[doc]!.length) / avgAbout;
      for (const term of wanted[doc]!) pseudo.set(term, (pseudo.get(term) ?? 0) + WANTED_WEIGHT / normWanted);
      for (const term of about[doc]!) pseudo.set(term, (pseudo.get(term) ?? 0) + ABOUT_WEIGHT / normAbout);
      for (const term of pseudo.keys()) documentFrequency[term]! += 1;
      perDoc.push(pseudo);
    }
    const offsets = new Int32Array(n + 1);
    perDoc.forEach((pseudo, doc) => (offsets[doc + 1] = offsets[doc]! + pseudo.size));
    const terms = new Int32Array(offsets[n]!);
    const weights = new Float64Array(offsets[n]!);
    perDoc.forEach((pseudo, doc) => {
      let at = offsets[doc]!;
      for (const [term, tf] of pseudo) {
        const df = documentFrequency[term]!;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        terms[at] = term;
        weights[at++] = (idf * tf * (k1 + 1)) / (tf + k1);
      }
    });
    // the same weights by term, documents in number order, for scans of a range of documents
    const postingAt = new Int32Array(this.terms.size + 1);
    for (let t = 0; t < this.terms.size; t++) postingAt[t + 1] = postingAt[t]! + documentFrequency[t]!;
    const postingDoc = new Int32Array(terms.length);
    const postingWeight = new Float64Array(terms.length);
    const fill = postingAt.slice(0, this.terms.size);
    for (let doc = 0; doc < n; doc++) {
      for (let at = offsets[doc]!; at < offsets[doc + 1]!; at++) {
        const slot = fill[terms[at]!]!;
        fill[terms[at]!] = slot + 1;
        postingDoc[slot] = doc;
        postingWeight[slot] = weights[at]!;
      }
    }
    return { offsets, terms, weights, postingAt, postingDoc, postingWeight };
  }
}

/** One view's BM25F weights, by document (forward) and by term (postings, documents ascending). */
interface View {
  offsets: Int32Array;
  terms: Int32Array;
  weights: Float64Array;
  postingAt: Int32Array;
  postingDoc: Int32Array;
  postingWeight: Float64Array;
}

/** The partner texts of a projection's enterprises (numbered as in its enterprise space), once per tokenizer. */
export function partnerTextsOf(graph: ProjectedGraph, tokenizer: TokenizerName): PartnerTexts {
  return derived(graph, `partner-texts:${tokenizer}`, () => {
    const texts = new PartnerTexts(TOKENIZERS[tokenizer]);
    for (const { products, needs, about } of enterpriseSpaceOf(graph).texts) texts.add(products, needs, about);
    texts.seal();
    return texts;
  });
}

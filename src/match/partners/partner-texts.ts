import type { ProjectedGraph } from '../../projection/projected-graph';

export type { TextStatistics, TextView } from './partner-text-weights';
import { TOKENIZERS, type Tokenizer, type TokenizerName } from '../../text/tokenizer';
import { derived, peekDerived } from '../../projection/derived';
import {
  docEntries,
  VIEWS,
  withPostings,
  type PinnedViewStats,
  type TextStatistics,
  type TextView,
  type TokenDoc,
  type View,
  type ViewStats,
} from './partner-text-weights';
import { ENTERPRISE_SPACE, enterpriseSpaceOf, type EnterpriseSpace } from '../enterprise-space';

/**
 * Product/need text fit for partners: BM25F (bm25.ts, the same formula and parameters) over
 * every enterprise of the projection, precomputed as a forward index — per enterprise and view,
 * its terms with their finished BM25F weights — so that scoring a candidate against an ask is a
 * sum over its dozen terms. Statistics (IDF, average field lengths) are the province's; one
 * index per query over its candidates, rebuilt 200,000 times, was most of a query's cost.
 *
 * An edited enterprise's document is replaced in place (`update`) and weighed with the
 * statistics of the last build, which are kept as they were: exact ones would move every
 * document's weights (the average lengths) with each edit. So between builds an edited
 * document's terms count as rare or common as they were when the index was built (a term new
 * since counts as in no document), and every other document keeps its weights exactly; a
 * patched index scores like an index built afresh with those statistics pinned
 * (`statistics()`, test/unit/patch-derived.test.ts). partnerTextsOf rebuilds it with fresh
 * statistics once REFRESH_SHARE of its documents were patched.
 */
export class PartnerTexts {
  private readonly terms = new Map<string, number>();
  private docs: TokenDoc[] = [];
  private readonly views = new Map<TextView, View>();
  private marked = new Uint8Array(0);
  private readonly markedList: number[] = [];
  /** Documents replaced since the build (each counted once per replacement). */
  patched = 0;

  /** `pinned`: statistics to weigh with instead of the documents' own (a patched index's, to compare). */
  constructor(
    private readonly tokenizer: Tokenizer,
    private readonly pinned?: TextStatistics,
  ) {}

  /** Adds the next enterprise's texts (documents are numbered in the order added). */
  add(products: string, needs: string, about: string): void {
    if (this.views.size > 0) throw new Error('partner texts: add after seal');
    this.docs.push(this.tokenDoc(products, needs, about));
  }

  /** Computes the weights; no document can be added after. */
  seal(): void {
    for (const view of VIEWS) {
      const stats = this.pinned ? this.unpin(this.pinned.views[view]) : this.measure(view);
      this.views.set(view, this.weigh(view, stats));
    }
    this.marked = new Uint8Array(this.terms.size);
  }

  /** Replaces documents' texts, weighed with the statistics of the build (see the class comment). */
  update(changed: readonly { doc: number; products: string; needs: string; about: string }[]): void {
    for (const { doc, products, needs, about } of changed) this.docs[doc] = this.tokenDoc(products, needs, about);
    const docs = new Set(changed.map(({ doc }) => doc));
    for (const view of VIEWS) this.views.set(view, this.reweigh(view, this.views.get(view)!, docs));
    this.marked = new Uint8Array(this.terms.size);
    this.markedList.length = 0;
    this.patched += changed.length;
  }

  /** The statistics the weights were computed with, by term text (to pin them in another index). */
  statistics(): TextStatistics {
    const texts = [...this.terms.keys()];
    const views = {} as TextStatistics['views'];
    for (const view of VIEWS) {
      const { documents, avgWanted, avgAbout, df } = this.views.get(view)!.stats;
      const byTerm = new Map<string, number>();
      df.forEach((count, term) => count > 0 && byTerm.set(texts[term]!, count));
      views[view] = { documents, avgWanted, avgAbout, df: byTerm };
    }
    return { views };
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

  private tokenDoc(products: string, needs: string, about: string): TokenDoc {
    return { products: this.ids(products), needs: this.ids(needs), about: this.ids(about) };
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

  private fields(view: TextView, doc: TokenDoc): [Int32Array, Int32Array] {
    return [view === 'offer' ? doc.products : doc.needs, doc.about];
  }

  /** The view's statistics over the documents as they are. */
  private measure(view: TextView): ViewStats {
    const n = this.docs.length;
    let [wantedLength, aboutLength] = [0, 0];
    const df = new Int32Array(this.terms.size);
    const seen = new Int32Array(this.terms.size).fill(-1);
    this.docs.forEach((doc, d) => {
      const [wanted, about] = this.fields(view, doc);
      wantedLength += wanted.length;
      aboutLength += about.length;
      for (const field of [wanted, about])
        for (const term of field) {
          if (seen[term] === d) continue;
          seen[term] = d;
          df[term]! += 1;
        }
    });
    const average = (total: number) => total / Math.max(1, n) || 1;
    return { documents: n, avgWanted: average(wantedLength), avgAbout: average(aboutLength), df };
  }

  private unpin(pinned: PinnedViewStats): ViewStats {
    const df = new Int32Array(this.terms.size);
    for (const [text, term] of this.terms) df[term] = pinned.df.get(text) ?? 0;
    return { documents: pinned.documents, avgWanted: pinned.avgWanted, avgAbout: pinned.avgAbout, df };
  }

  /** Every document's weights in this view, as a forward index and postings. */
  private weigh(view: TextView, stats: ViewStats): View {
    const entries = this.docs.map((doc) => docEntries(...this.fields(view, doc), stats));
    const offsets = new Int32Array(entries.length + 1);
    entries.forEach((entry, doc) => (offsets[doc + 1] = offsets[doc]! + entry.terms.length));
    const terms = new Int32Array(offsets[entries.length]!);
    const weights = new Float64Array(terms.length);
    entries.forEach((entry, doc) => {
      terms.set(entry.terms, offsets[doc]!);
      weights.set(entry.weights, offsets[doc]!);
    });
    return withPostings(this.terms.size, { offsets, terms, weights, stats });
  }

  /**
   * The view with the changed documents' weights replaced: the unchanged runs of the forward
   * index are copied as they are, then the postings are redone (linear, typed arrays only).
   */
  private reweigh(view: TextView, old: View, changed: ReadonlySet<number>): View {
    const n = this.docs.length;
    const entries = new Map(
      [...changed].map((doc) => [doc, docEntries(...this.fields(view, this.docs[doc]!), old.stats)]),
    );
    const offsets = new Int32Array(n + 1);
    for (let doc = 0; doc < n; doc++) {
      const length = entries.get(doc)?.terms.length ?? old.offsets[doc + 1]! - old.offsets[doc]!;
      offsets[doc + 1] = offsets[doc]! + length;
    }
    const terms = new Int32Array(offsets[n]!);
    const weights = new Float64Array(terms.length);
    let runFrom = 0;
    const copyRun = (to: number) => {
      terms.set(old.terms.subarray(old.offsets[runFrom]!, old.offsets[to]!), offsets[runFrom]!);
      weights.set(old.weights.subarray(old.offsets[runFrom]!, old.offsets[to]!), offsets[runFrom]!);
    };
    for (const doc of [...changed].sort((x, y) => x - y)) {
      copyRun(doc);
      terms.set(entries.get(doc)!.terms, offsets[doc]!);
      weights.set(entries.get(doc)!.weights, offsets[doc]!);
      runFrom = doc + 1;
    }
    copyRun(n);
    return withPostings(this.terms.size, { offsets, terms, weights, stats: old.stats });
  }
}

/**
 * The share of documents that may be patched with the build's statistics before the index is
 * rebuilt with fresh ones (about 2 s at province scale, once per 1,000 edits there): until then
 * a term's document frequency is off by at most that share of the documents.
 */
export const REFRESH_SHARE = 0.01;
/** ...or that many, in a small graph. */
export const REFRESH_FLOOR = 20;

/** The partner texts of a projection's enterprises (numbered as in its enterprise space), once per tokenizer. */
export function partnerTextsOf(graph: ProjectedGraph, tokenizer: TokenizerName): PartnerTexts {
  let numbering: string[] | undefined;
  /** Every enterprise's texts in the space's numbering, weighed with `pinned` statistics or their own. */
  const build = (space: EnterpriseSpace, pinned?: TextStatistics) => {
    numbering = space.keys;
    const texts = new PartnerTexts(TOKENIZERS[tokenizer], pinned);
    for (const { products, needs, about } of space.texts) texts.add(products, needs, about);
    texts.seal();
    return texts;
  };
  return derived(
    graph,
    `partner-texts:${tokenizer}`,
    () => build(enterpriseSpaceOf(graph)),
    (texts, change) => {
      // the space is patched first (it was built first); one that could not be is built again now
      const space = peekDerived<EnterpriseSpace>(graph, ENTERPRISE_SPACE) ?? enterpriseSpaceOf(graph);
      const docs: number[] = [];
      for (const [key, node] of change.nodes) if (node.kind === 'Enterprise') docs.push(space.index.get(key)!);
      if (docs.length === 0 && space.keys === numbering) return texts;
      if (texts.patched + docs.length > Math.max(REFRESH_FLOOR, REFRESH_SHARE * space.keys.length)) return null;
      if (space.keys !== numbering) {
        // renumbered (an enterprise's home segment moved): built again in the new numbering with
        // the statistics of the last build, as a patch weighs them. With fresh statistics every
        // list's text fit would move a little, and only the lists around the edit be recomputed.
        const rebuilt = build(space, texts.statistics());
        rebuilt.patched = texts.patched + docs.length;
        return rebuilt;
      }
      texts.update(docs.map((doc) => ({ doc, ...space.texts[doc]! })));
      return texts;
    },
  );
}

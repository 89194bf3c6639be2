import type { SparseVector } from '../../text/tfidf-space';

/** One person's profile as the postings read it: the whole vector and its pieces, in order. */
export interface PostedProfile {
  whole: SparseVector;
  pieces: readonly { vector: SparseVector; title: string | null }[];
}

/** What a problem's pass left for one person: cosines with the whole profile and the closest piece. */
export interface PostedMatch {
  whole: number;
  bestWork: number;
  closestWork: string | null;
}

/**
 * Everyone's profile against one problem at once, through term postings (an inverted index of
 * pieces and whole profiles). Matching piece by piece costs every term of every profile per
 * problem: 5,000 problems × 21,000 people at province scale took minutes. A pass over the
 * postings of the problem's own terms costs about 1/40 of that on the generated province.
 *
 * Each dot product adds the same products in the same order as a term-by-term dot product (the
 * problem's terms ascending, and products with a term the problem lacks are zeros), so the
 * cosines are bit-identical to expert-profiles.ts's own and rankings do not move.
 */
export class ProfilePostings {
  private readonly ordinal = new Map<string, number>();
  private readonly pieceOwner: Int32Array;
  private readonly pieceTitle: (string | null)[] = [];
  private readonly pieces: Postings;
  private readonly wholes: Postings;
  // the last problem's pass, reset entry by entry (a fresh fill per problem would cost the whole arrays)
  private readonly pieceDot: Float64Array;
  private readonly wholeDot: Float64Array;
  private readonly best: Float64Array;
  private readonly bestPiece: Int32Array;
  private touchedPieces: number[] = [];
  private touchedPeople: number[] = [];
  private passFor: SparseVector | null = null;

  constructor(profiles: Iterable<[string, PostedProfile]>, terms: number) {
    const owners: number[] = [];
    const pieceVectors: SparseVector[] = [];
    const wholeVectors: SparseVector[] = [];
    for (const [key, profile] of profiles) {
      const person = this.ordinal.size;
      this.ordinal.set(key, person);
      wholeVectors.push(profile.whole);
      for (const piece of profile.pieces) {
        owners.push(person);
        pieceVectors.push(piece.vector);
        this.pieceTitle.push(piece.title);
      }
    }
    this.pieceOwner = Int32Array.from(owners);
    this.pieces = postingsOf(pieceVectors, terms);
    this.wholes = postingsOf(wholeVectors, terms);
    this.pieceDot = new Float64Array(pieceVectors.length);
    this.wholeDot = new Float64Array(wholeVectors.length);
    this.best = new Float64Array(wholeVectors.length);
    this.bestPiece = new Int32Array(wholeVectors.length).fill(-1);
  }

  /** Whether the person was posted (people added later are matched piece by piece). */
  has(personKey: string): boolean {
    return this.ordinal.has(personKey);
  }

  /** The person's cosines with the problem, from one pass over the problem's postings per problem. */
  match(personKey: string, problem: SparseVector): PostedMatch {
    if (this.passFor !== problem) this.pass(problem);
    const person = this.ordinal.get(personKey);
    if (person === undefined) return { whole: 0, bestWork: 0, closestWork: null };
    const piece = this.bestPiece[person]!;
    return {
      whole: this.wholeDot[person]!,
      bestWork: this.best[person]!,
      closestWork: piece >= 0 ? this.pieceTitle[piece]! : null,
    };
  }

  private pass(problem: SparseVector): void {
    for (const piece of this.touchedPieces) this.pieceDot[piece] = 0;
    for (const person of this.touchedPeople) {
      this.wholeDot[person] = 0;
      this.best[person] = 0;
      this.bestPiece[person] = -1;
    }
    this.touchedPieces = accumulate(this.pieces, problem, this.pieceDot);
    this.touchedPeople = accumulate(this.wholes, problem, this.wholeDot);
    // the closest piece: the highest cosine, the earliest piece among equals (as a loop over pieces in order keeps)
    for (const piece of this.touchedPieces) {
      const person = this.pieceOwner[piece]!;
      const cosine = this.pieceDot[piece]!;
      const best = this.best[person]!;
      if (cosine > best || (cosine === best && cosine > 0 && piece < this.bestPiece[person]!)) {
        this.best[person] = cosine;
        this.bestPiece[person] = piece;
      }
    }
    this.passFor = problem;
  }
}

/** Compressed columns: the documents holding each term (ascending) and their weights. */
interface Postings {
  start: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
}

function postingsOf(vectors: readonly SparseVector[], terms: number): Postings {
  const start = new Int32Array(terms + 1);
  for (const v of vectors) for (const term of v.terms) start[term + 1]!++;
  for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
  const next = start.slice(0, terms);
  const docs = new Int32Array(start[terms]!);
  const weights = new Float64Array(start[terms]!);
  vectors.forEach((v, doc) => {
    for (let i = 0; i < v.terms.length; i++) {
      const at = next[v.terms[i]!]!++;
      docs[at] = doc;
      weights[at] = v.weights[i]!;
    }
  });
  return { start, docs, weights };
}

/** Adds each document's products with the problem into `dots`, terms ascending; returns the documents touched. */
function accumulate(postings: Postings, problem: SparseVector, dots: Float64Array): number[] {
  const touched: number[] = [];
  for (let i = 0; i < problem.terms.length; i++) {
    const term = problem.terms[i]!;
    const q = problem.weights[i]!;
    for (let at = postings.start[term]!; at < postings.start[term + 1]!; at++) {
      const doc = postings.docs[at]!;
      // a touched document keeps a non-zero product or was already listed; zero weights add nothing
      if (dots[doc] === 0) touched.push(doc);
      dots[doc]! += postings.weights[at]! * q;
    }
  }
  return touched;
}

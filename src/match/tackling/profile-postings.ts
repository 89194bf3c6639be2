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
  /** Each person's score with the last problem (0 for people who share no term with it). */
  private readonly score: Float64Array;
  /** Pieces and people the last pass touched (the first `…Count` entries): reused, not reallocated. */
  private readonly touchedPieces: Int32Array;
  private readonly touchedPeople: Int32Array;
  private touchedPieceCount = 0;
  private touchedPeopleCount = 0;
  private passFor: SparseVector | null = null;

  constructor(
    profiles: Iterable<[string, PostedProfile]>,
    terms: number,
    /** The score of a person from the two cosines (the profiles' own mix, so both paths agree). */
    private readonly mix: (whole: number, bestWork: number) => number,
  ) {
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
    this.score = new Float64Array(wholeVectors.length);
    this.touchedPieces = new Int32Array(pieceVectors.length);
    this.touchedPeople = new Int32Array(wholeVectors.length);
  }

  /** The person's number in `scores`, -1 when they were not posted (matched piece by piece then). */
  ordinalOf(personKey: string): number {
    return this.ordinal.get(personKey) ?? -1;
  }

  /**
   * Everyone's score with the problem, by ordinal: the array is rewritten by the next problem's
   * pass. What `match` says of one person, for thousands without a lookup or an object each.
   */
  scores(problem: SparseVector): Float64Array {
    if (this.passFor !== problem) this.pass(problem);
    return this.score;
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
    for (let i = 0; i < this.touchedPieceCount; i++) this.pieceDot[this.touchedPieces[i]!] = 0;
    for (let i = 0; i < this.touchedPeopleCount; i++) {
      const person = this.touchedPeople[i]!;
      this.wholeDot[person] = 0;
      this.best[person] = 0;
      this.bestPiece[person] = -1;
      this.score[person] = 0;
    }
    this.touchedPieceCount = accumulate(this.pieces, problem, this.pieceDot, this.touchedPieces);
    this.touchedPeopleCount = accumulate(this.wholes, problem, this.wholeDot, this.touchedPeople);
    // the closest piece: the highest cosine, the earliest piece among equals (as a loop over pieces in order keeps)
    for (let i = 0; i < this.touchedPieceCount; i++) {
      const piece = this.touchedPieces[i]!;
      const person = this.pieceOwner[piece]!;
      const cosine = this.pieceDot[piece]!;
      const best = this.best[person]!;
      if (cosine > best || (cosine === best && cosine > 0 && piece < this.bestPiece[person]!)) {
        this.best[person] = cosine;
        this.bestPiece[person] = piece;
      }
    }
    for (let i = 0; i < this.touchedPeopleCount; i++) {
      const person = this.touchedPeople[i]!;
      this.score[person] = this.mix(this.wholeDot[person]!, this.best[person]!);
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

/**
 * Adds each document's products with the problem into `dots`, terms ascending; lists the documents
 * touched in `touched` and returns how many.
 */
function accumulate(postings: Postings, problem: SparseVector, dots: Float64Array, touched: Int32Array): number {
  let count = 0;
  for (let i = 0; i < problem.terms.length; i++) {
    const term = problem.terms[i]!;
    const q = problem.weights[i]!;
    const end = postings.start[term + 1]!;
    for (let at = postings.start[term]!; at < end; at++) {
      const doc = postings.docs[at]!;
      // every weight is positive, so a document at 0 has not been touched by this problem yet
      if (dots[doc] === 0) touched[count++] = doc;
      dots[doc]! += postings.weights[at]! * q;
    }
  }
  return count;
}

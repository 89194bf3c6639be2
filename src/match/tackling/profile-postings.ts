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
  /** Each person's pieces are numbered together: person p's are [firstPiece[p], firstPiece[p + 1]). */
  private readonly firstPiece: Int32Array;
  private readonly pieceTitle: (string | null)[] = [];
  private readonly pieces: Postings;
  /** The whole profiles, each holding every term of its pieces (at weight 0 where the whole lacks one). */
  private readonly wholes: Postings;
  // the last problem's pass, reset entry by entry (a fresh fill per problem would cost the whole arrays)
  private readonly pieceDot: Float64Array;
  private readonly wholeDot: Float64Array;
  private readonly best: Float64Array;
  private readonly bestPiece: Int32Array;
  /** Each person's score with the last problem (0 for people who share no term with it). */
  private readonly score: Float64Array;
  /** People the last pass touched (the first `touchedCount` entries, marked in `touchedMark`): reused. */
  private readonly touched: Int32Array;
  private readonly touchedMark: Uint8Array;
  private touchedCount = 0;
  private passFor: SparseVector | null = null;

  constructor(
    profiles: Iterable<[string, PostedProfile]>,
    terms: number,
    /** The score of a person from the two cosines (the profiles' own mix, so both paths agree). */
    private readonly mix: (whole: number, bestWork: number) => number,
  ) {
    const firstPiece: number[] = [0];
    const pieceVectors: SparseVector[] = [];
    const wholeVectors: SparseVector[] = [];
    const seen = new Uint8Array(terms);
    for (const [key, profile] of profiles) {
      this.ordinal.set(key, this.ordinal.size);
      wholeVectors.push(reaching(profile, seen));
      for (const piece of profile.pieces) {
        pieceVectors.push(piece.vector);
        this.pieceTitle.push(piece.title);
      }
      firstPiece.push(pieceVectors.length);
    }
    this.firstPiece = Int32Array.from(firstPiece);
    this.pieces = postingsOf(pieceVectors, terms);
    this.wholes = postingsOf(wholeVectors, terms);
    const people = wholeVectors.length;
    this.pieceDot = new Float64Array(pieceVectors.length);
    this.wholeDot = new Float64Array(people);
    this.best = new Float64Array(people);
    this.bestPiece = new Int32Array(people).fill(-1);
    this.score = new Float64Array(people);
    this.touched = new Int32Array(people);
    this.touchedMark = new Uint8Array(people);
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

  /**
   * The people sharing a term with the problem (ordinals, in the order the pass met them): a view
   * the next problem's pass rewrites. Everyone else scores 0.
   */
  touchedBy(problem: SparseVector): Int32Array {
    if (this.passFor !== problem) this.pass(problem);
    return this.touched.subarray(0, this.touchedCount);
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

  /**
   * The pieces' postings are most of the work (six in seven entries at province scale), so their
   * loop only adds: who was touched comes from the wholes, which hold every term of their pieces,
   * and each touched person's pieces are then read in order (contiguous) for the closest one and
   * zeroed for the next problem. At 100k a pass took 1.7 ms this way against 2.3 ms tracking
   * touched pieces in the loop (the pass alone, timed over 1,000 problems).
   */
  private pass(problem: SparseVector): void {
    const { touched, touchedMark, wholeDot, pieceDot, firstPiece } = this;
    for (let i = 0; i < this.touchedCount; i++) {
      const person = touched[i]!;
      wholeDot[person] = 0;
      this.best[person] = 0;
      this.bestPiece[person] = -1;
      this.score[person] = 0;
      touchedMark[person] = 0;
    }
    let count = 0;
    const { pieces, wholes } = this;
    for (let i = 0; i < problem.terms.length; i++) {
      const term = problem.terms[i]!;
      const q = problem.weights[i]!;
      // each product is added to its sum in the problem's term order, as a term-by-term dot product does
      for (let at = pieces.start[term]!, end = pieces.start[term + 1]!; at < end; at++)
        pieceDot[pieces.docs[at]!]! += pieces.weights[at]! * q;
      for (let at = wholes.start[term]!, end = wholes.start[term + 1]!; at < end; at++) {
        const person = wholes.docs[at]!;
        if (touchedMark[person] === 0) {
          touchedMark[person] = 1;
          touched[count++] = person;
        }
        wholeDot[person]! += wholes.weights[at]! * q;
      }
    }
    for (let i = 0; i < count; i++) {
      const person = touched[i]!;
      // the closest piece: the highest cosine, the earliest piece among equals (as a loop over pieces in order keeps)
      let best = 0;
      let bestPiece = -1;
      for (let piece = firstPiece[person]!, end = firstPiece[person + 1]!; piece < end; piece++) {
        const cosine = pieceDot[piece]!;
        if (cosine > best) {
          best = cosine;
          bestPiece = piece;
        }
        pieceDot[piece] = 0;
      }
      this.best[person] = best;
      this.bestPiece[person] = bestPiece;
      this.score[person] = this.mix(wholeDot[person]!, best);
    }
    this.touchedCount = count;
    this.passFor = problem;
  }
}

/**
 * The whole profile with every term of its pieces: a term only a piece holds (a part weighted 0
 * in the whole) is added at weight 0, so the pass still finds whoever a problem touches through
 * the wholes, and the whole's cosine is unchanged (adding 0 × q leaves a sum as it was). `seen`
 * is a buffer of the space's size, left as it was found.
 */
function reaching(profile: PostedProfile, seen: Uint8Array): SparseVector {
  const { whole } = profile;
  for (let i = 0; i < whole.terms.length; i++) seen[whole.terms[i]!] = 1;
  const missing: number[] = [];
  for (const piece of profile.pieces) {
    for (let i = 0; i < piece.vector.terms.length; i++) {
      const term = piece.vector.terms[i]!;
      if (seen[term] === 0) {
        seen[term] = 1;
        missing.push(term);
      }
    }
  }
  for (let i = 0; i < whole.terms.length; i++) seen[whole.terms[i]!] = 0;
  for (const term of missing) seen[term] = 0;
  if (missing.length === 0) return whole;
  const terms = Int32Array.from([...whole.terms, ...missing]);
  const weights = new Float64Array(terms.length);
  weights.set(whole.weights);
  return { terms, weights };
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

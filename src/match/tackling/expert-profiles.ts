import { derived } from '../../projection/derived';
import { tacklingUntouched } from './tackling-reads';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { EMPTY_VECTOR, TfIdfSpace, unit, weightedSum, type SparseVector } from '../../text/tfidf-space';
import { TOKENIZERS, type Tokenizer, type TokenizerName } from '../../text/tokenizer';
import { nodeAt, outOf } from '../graph-access';
import { ProfilePostings } from './profile-postings';

/**
 * What an expert is known for, as a text profile: their works (Work nodes they AUTHORED, title
 * and abstract, recent ones weighing more), skills and bio, in one TF-IDF space with the
 * problems. A problem is matched to an expert by the cosine with the whole profile mixed with
 * the cosine of the single closest work (a researcher with one paper on the subject among many
 * on others still knows it). Cosines lie in [0, 1] and depend on neither the other experts nor
 * the other problems, so one expert's problem list and one problem's expert list are on the same
 * scale. Defaults chosen on the reviewer-match dev half (`npm run eval -- real`, docs/quality.md).
 */
export const EXPERT_PROFILE_DEFAULTS = {
  tokenizer: 'jieba' as TokenizerName,
  /** A work this many years older than the expert's newest weighs half as much in the profile. */
  halfLifeYears: 5,
  /** Share of the closest single work in the match; the rest is the whole profile. */
  bestWorkShare: 0.6,
  /** A title counts this many times its abstract's words (titles say what a paper is about). */
  titleWeight: 2,
  /** Weight of skills and bio beside the works (whose recency-weighted mean has weight 1). */
  skillsWeight: 1,
  bioWeight: 0.5,
};
export type ExpertProfileOptions = typeof EXPERT_PROFILE_DEFAULTS;

export interface ProfileMatch {
  /** (1 - bestWorkShare) × whole + bestWorkShare × bestWork, in [0, 1]. */
  score: number;
  /** Cosine with the whole profile. */
  whole: number;
  /** Cosine with the closest single piece (a work, the skills or the bio). */
  bestWork: number;
  /** Title of the closest work, when a work is the closest piece. */
  closestWork: string | null;
}

interface Profile {
  whole: SparseVector;
  pieces: { vector: SparseVector; title: string | null }[];
}

/** The profiles of a projection with the defaults, built once per projection and kept through a patch that touched nothing they read. */
export function expertProfilesOf(graph: ProjectedGraph): ExpertProfiles {
  return derived(
    graph,
    'expert-profiles',
    () => new ExpertProfiles(graph),
    (profiles, change) => (tacklingUntouched(change) ? profiles : null),
  );
}

export class ExpertProfiles {
  private readonly space = new TfIdfSpace();
  private readonly options: ExpertProfileOptions;
  private readonly tokenize: Tokenizer;
  private readonly tokens = new Map<string, string[]>();
  private readonly profiles = new Map<string, Profile>();
  private readonly problems = new Map<string, SparseVector>();
  /**
   * The problem last matched, spread over a dense array by term: matching one problem against
   * thousands of people then costs each piece's own terms only (the sorted merge of two sparse
   * vectors cost the tackling list five times more).
   */
  private dense = new Float64Array(0);
  private denseFor: SparseVector | null = null;
  /** Everyone's profiles by term, built when a problem is first matched against many people. */
  private postings: ProfilePostings | null = null;
  /** The problem last asked about, and how many people were matched against it. */
  private asked: SparseVector | null = null;
  private askedFor = 0;

  constructor(
    private readonly graph: ProjectedGraph,
    options: Partial<ExpertProfileOptions> = {},
    /** A tokenizer other than the named ones (to measure what each text step is worth). */
    tokenize?: Tokenizer,
  ) {
    this.options = { ...EXPERT_PROFILE_DEFAULTS, ...options };
    this.tokenize = tokenize ?? TOKENIZERS[this.options.tokenizer];
    // document frequencies over everything matched: works, problems, people's skills and bios
    graph.forEachNode((key, node) => {
      if (node.kind === 'Work' || node.kind === 'Problem') {
        this.space.count(this.textTokens(`${key}#title`, String(node.props['title'] ?? '')));
        const body = node.kind === 'Work' ? node.props['abstract'] : node.props['description'];
        this.space.count(this.textTokens(`${key}#body`, String(body ?? '')));
      } else if (node.kind === 'Person') {
        this.space.count(this.textTokens(`${key}#skills`, skillsOf(node.props).join(' ')));
        this.space.count(this.textTokens(`${key}#bio`, String(node.props['bio'] ?? '')));
      }
    });
    this.space.seal();
    this.dense = new Float64Array(this.space.size);
  }

  /** Whether the person has anything to match on: works, skills or a bio. */
  hasProfile(personKey: string): boolean {
    return this.profileOf(personKey).pieces.length > 0;
  }

  /** The unit vector of a problem (title, skills, description), remembered. */
  problemVector(problemKey: string): SparseVector {
    let vector = this.problems.get(problemKey);
    if (!vector) {
      const props = nodeAt(this.graph, problemKey)?.props ?? {};
      const { titleWeight } = this.options;
      vector = this.space.vector([
        { tokens: this.textTokens(`${problemKey}#title`, String(props['title'] ?? '')), weight: titleWeight },
        { tokens: this.tokenize(skillsOf(props).join(' ')), weight: titleWeight },
        { tokens: this.textTokens(`${problemKey}#body`, String(props['description'] ?? '')), weight: 1 },
      ]);
      this.problems.set(problemKey, vector);
    }
    return vector;
  }

  /**
   * The person's match with the problem. The first few people asked about a problem are matched
   * piece by piece (one expert's problem list asks once per problem); from then on one pass over
   * the problem's term postings answers for everyone (a problem's expert list asks about
   * thousands), with the same cosines (profile-postings.ts).
   * @example profiles.match('Person:alice', profiles.problemVector('Problem:lidar')).score // 0.41
   */
  match(personKey: string, problem: SparseVector): ProfileMatch {
    if (this.asked !== problem) [this.asked, this.askedFor] = [problem, 0];
    const { whole, bestWork, closestWork } =
      ++this.askedFor > PIECE_BY_PIECE_PER_PROBLEM && this.posted().ordinalOf(personKey) >= 0
        ? this.posted().match(personKey, problem)
        : this.matchPieces(personKey, problem);
    return { score: this.mix(whole, bestWork), whole, bestWork, closestWork };
  }

  /**
   * Everyone's `match(…).score` with the problem at once, by the person's `ordinalOf` number (a
   * view the next problem rewrites): the expert list's way to score thousands of people.
   */
  scores(problem: SparseVector): Float64Array {
    return this.posted().scores(problem);
  }

  /**
   * The people the problem shares a word with (by `ordinalOf` number) and everyone's scores, as
   * `scores` gives them: views the next problem rewrites. Everyone else scores 0.
   */
  matchedBy(problem: SparseVector): { people: Int32Array; scores: Float64Array } {
    const postings = this.posted();
    return { people: postings.touchedBy(problem), scores: postings.scores(problem) };
  }

  /** A person's number in `scores`, -1 for someone the postings do not hold (use `match`). */
  ordinalOf(personKey: string): number {
    return this.posted().ordinalOf(personKey);
  }

  private readonly mix = (whole: number, bestWork: number): number => {
    const share = this.options.bestWorkShare;
    return clamp01((1 - share) * whole + share * bestWork);
  };

  private matchPieces(personKey: string, problem: SparseVector): Omit<ProfileMatch, 'score'> {
    const profile = this.profileOf(personKey);
    this.spread(problem);
    let bestWork = 0;
    let closestWork: string | null = null;
    for (const piece of profile.pieces) {
      const cosine = this.dotDense(piece.vector);
      if (cosine > bestWork) [bestWork, closestWork] = [cosine, piece.title];
    }
    return { whole: this.dotDense(profile.whole), bestWork, closestWork };
  }

  private posted(): ProfilePostings {
    if (!this.postings) {
      const people: [string, Profile][] = [];
      this.graph.forEachNode((key, node) => {
        if (node.kind === 'Person') people.push([key, this.profileOf(key)]);
      });
      this.postings = new ProfilePostings(people, this.space.size, this.mix);
    }
    return this.postings;
  }

  /**
   * The title of the person's newest work whose title or abstract holds every word of the skill
   * (null when none does): a skill shown by works rather than claimed as a tag, for the
   * consortium's and the assignment's skill cover of experts known by their works.
   * @example profiles.workShowing('Person:wang', '激光雷达') // '车载激光雷达点云目标检测方法'
   */
  workShowing(personKey: string, skill: string): string | null {
    const wanted = this.textTokens(`skill#${skill}`, skill);
    if (wanted.length === 0) return null;
    let best: { title: string; year: number } | null = null;
    for (const workKey of outOf(this.graph, personKey, 'AUTHORED')) {
      const props = nodeAt(this.graph, workKey)?.props;
      if (!props) continue;
      const title = String(props['title'] ?? '');
      // a skill is a word or three: looking each up in the work's tokens beats building a set of them
      const inTitle = this.textTokens(`${workKey}#title`, title);
      const inBody = this.textTokens(`${workKey}#body`, String(props['abstract'] ?? ''));
      const year = typeof props['year'] === 'number' ? props['year'] : -Infinity;
      if (wanted.every((w) => inTitle.includes(w) || inBody.includes(w)) && (!best || year > best.year))
        best = { title, year };
    }
    return best?.title ?? null;
  }

  /**
   * The tokens of the person's works (titles and abstracts, work by work), those the profiles
   * already made: what the tokenizer makes of `worksText`, whose parts are joined by spaces,
   * which no token spans (test/unit/text.test.ts). The expert index's works field, without
   * tokenizing every work a second time.
   */
  worksTokens(personKey: string): string[] {
    const tokens: string[] = [];
    for (const workKey of outOf(this.graph, personKey, 'AUTHORED')) {
      const props = nodeAt(this.graph, workKey)?.props;
      tokens.push(
        ...this.textTokens(`${workKey}#title`, String(props?.['title'] ?? '')),
        ...this.textTokens(`${workKey}#body`, String(props?.['abstract'] ?? '')),
      );
    }
    return tokens;
  }

  private spread(problem: SparseVector): void {
    if (this.denseFor === problem) return;
    if (this.denseFor) for (const term of this.denseFor.terms) this.dense[term] = 0;
    for (let i = 0; i < problem.terms.length; i++) this.dense[problem.terms[i]!] = problem.weights[i]!;
    this.denseFor = problem;
  }

  private dotDense(v: SparseVector): number {
    let total = 0;
    for (let i = 0; i < v.terms.length; i++) total += v.weights[i]! * this.dense[v.terms[i]!]!;
    return total;
  }

  private profileOf(personKey: string): Profile {
    let profile = this.profiles.get(personKey);
    if (profile) return profile;
    const { titleWeight, halfLifeYears, skillsWeight, bioWeight } = this.options;
    const works = outOf(this.graph, personKey, 'AUTHORED').flatMap((workKey) => {
      const props = nodeAt(this.graph, workKey)?.props;
      if (!props) return [];
      const vector = this.space.vector([
        { tokens: this.textTokens(`${workKey}#title`, String(props['title'] ?? '')), weight: titleWeight },
        { tokens: this.textTokens(`${workKey}#body`, String(props['abstract'] ?? '')), weight: 1 },
      ]);
      const year = typeof props['year'] === 'number' ? props['year'] : null;
      return vector.terms.length > 0 ? [{ vector, title: String(props['title'] ?? ''), year }] : [];
    });
    const newest = Math.max(...works.map((w) => w.year ?? -Infinity));
    // undated works count as recent: nothing says they are old
    const recency = (year: number | null) =>
      year === null || !Number.isFinite(newest) ? 1 : 0.5 ** ((newest - year) / halfLifeYears);
    const worksPart = unit(weightedSum(works.map((w) => ({ vector: w.vector, weight: recency(w.year) }))));
    const props = nodeAt(this.graph, personKey)?.props ?? {};
    const skills = this.space.vector([
      { tokens: this.textTokens(`${personKey}#skills`, skillsOf(props).join(' ')), weight: 1 },
    ]);
    const bio = this.space.vector([
      { tokens: this.textTokens(`${personKey}#bio`, String(props['bio'] ?? '')), weight: 1 },
    ]);
    const whole = unit(
      weightedSum([
        { vector: worksPart, weight: 1 },
        { vector: skills, weight: skillsWeight },
        { vector: bio, weight: bioWeight },
      ]),
    );
    const pieces = [
      ...works.map(({ vector, title }) => ({ vector, title })),
      ...[skills, bio].filter((v) => v.terms.length > 0).map((vector) => ({ vector, title: null })),
    ];
    profile = { whole: pieces.length > 0 ? whole : EMPTY_VECTOR, pieces };
    this.profiles.set(personKey, profile);
    return profile;
  }

  /** Tokens of a node's text field, tokenized once (counting and vectors both need them). */
  private textTokens(slot: string, text: string): string[] {
    let tokens = this.tokens.get(slot);
    if (!tokens) this.tokens.set(slot, (tokens = this.tokenize(text)));
    return tokens;
  }
}

/** People matched piece by piece per problem before one pass over the postings answers for everyone. */
const PIECE_BY_PIECE_PER_PROBLEM = 64;

function skillsOf(props: Record<string, unknown>): string[] {
  return (props['skills'] as string[] | undefined) ?? [];
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

import type { ProjectedGraph } from '../../projection/projected-graph';
import { StaticBm25 } from '../../text/bm25-static';
import { coveredSkills, normaliseSkills, rememberingTagMatch } from '../../text/skill-overlap';
import { TOKENIZERS, type TokenizerName } from '../../text/tokenizer';
import { nodeAt } from '../graph-access';
import { currentLoad, employers } from './expert-facts';
import { ExpertProfiles, expertProfilesOf, EXPERT_PROFILE_DEFAULTS } from './expert-profiles';
import type { Solved } from './solved-problems';
import { TACKLING_DEFAULTS } from './tackling-defaults';
import type { ExpertCandidate } from './tackling-result';

/** Marks in `scratch.asked`: named by the ask; named and already among the hits. */
const ASKED = 1;
const ASKED_AND_KEPT = 2;

/** What the index keeps of each person with a profile, read per candidate without walking the graph. */
export interface PersonFacts {
  key: string;
  skills: string[];
  normalisedSkills: string[];
  /** Enterprises and institutions they work at; the first is shown as their employer. */
  employers: string[];
  load: number;
  maxLoad: number;
  /** 1 - load / maxLoad, 0 when full or without a maximum. */
  availability: number;
  partyMember: boolean;
  /** The track record if every solved problem were in the asked segment. */
  trackRecordAtBest: number;
  /** Problems they helped solve (accepted or closed), with the segments each was about. */
  solved: Solved[];
}

/** Per institution, its people's skill and works tokens: the institution's document (institution-index.ts). */
export type StaffTokens = Map<string, { skills: string[]; works: string[] }[]>;

/**
 * The people side of the tackling index: a text index over everyone with works, skills or a bio,
 * their profiles, and the facts ranking reads per candidate (rank-experts.ts), with the working
 * buffers ranking reuses from problem to problem.
 */
export class ExpertIndex {
  private readonly people: StaticBm25<'skills' | 'bio' | 'works'>;
  private readonly profiles: ExpertProfiles;
  /** Per people-index document; the three arrays repeat facts that every hit reads, packed. */
  readonly facts: PersonFacts[] = [];
  readonly availability: Float64Array;
  readonly partyMember: Uint8Array;
  readonly trackRecordAtBest: Float64Array;
  /** Working buffers of a ranking, one per hit at most (reused: fresh ones per problem cost more in GC). */
  readonly scratch: {
    floors: Float64Array;
    scored: Uint8Array;
    asked: Uint8Array;
    /** 1 for the documents of the poster's own staff, while one ranking leaves them out. */
    posterStaff: Uint8Array;
    hitDocs: Int32Array;
    relevance: Float64Array;
  };
  readonly tagMatch = rememberingTagMatch();
  /** Per document, the person's number in the profiles' batch scores (-1: matched one by one). */
  private readonly profileOrdinal: Int32Array;
  /** Per profile number, the person's document here (-1 for people without one). */
  private readonly docOfOrdinal: Int32Array;
  private readonly docOfKey = new Map<string, number>();

  /**
   * Indexes the graph's people. An institution's document is its people's skills and works: their
   * tokens are put in `staff` rather than tokenized twice (jieba was most of the index build).
   */
  constructor(
    graph: ProjectedGraph,
    tokenizerName: TokenizerName,
    solvedBy: Map<string, Solved[]>,
    staff: StaffTokens,
  ) {
    this.profiles =
      tokenizerName === EXPERT_PROFILE_DEFAULTS.tokenizer
        ? expertProfilesOf(graph)
        : new ExpertProfiles(graph, { tokenizer: tokenizerName });
    this.people = new StaticBm25(TOKENIZERS[tokenizerName], { skills: 3, bio: 1, works: 1 });
    graph.forEachNode((key, node) => {
      if (node.kind !== 'Person') return;
      const skills = (node.props['skills'] as string[] | undefined) ?? [];
      const tokens = {
        skills: this.people.tokenize(skills.join(' ')),
        bio: this.people.tokenize(String(node.props['bio'] ?? '')),
        // the profiles' own tokens of each work: tokenizing every work again was a tenth of the index build
        works: this.profiles.worksTokens(key),
      };
      const employedAt = employers(graph, key);
      for (const employer of employedAt) {
        if (nodeAt(graph, employer)?.kind !== 'Institution') continue;
        const list = staff.get(employer);
        const entry = { skills: tokens.skills, works: tokens.works };
        if (list) list.push(entry);
        else staff.set(employer, [entry]);
      }
      if (skills.length === 0 && !node.props['bio'] && tokens.works.length === 0) return;
      this.docOfKey.set(key, this.facts.length);
      this.people.addTokens(key, tokens);
      const load = currentLoad(graph, key);
      const maxLoad = Number(node.props['maxLoad'] ?? 0);
      const solved = solvedBy.get(key) ?? [];
      this.facts.push({
        key,
        skills,
        normalisedSkills: normaliseSkills(skills),
        employers: employedAt,
        load,
        maxLoad,
        availability: maxLoad > 0 ? Math.max(0, 1 - load / maxLoad) : 0,
        partyMember: node.props['partyMember'] === true,
        trackRecordAtBest: Math.min(1, solved.length / 2),
        solved,
      });
    });
    this.people.seal();
    this.availability = Float64Array.from(this.facts, (f) => f.availability);
    this.partyMember = Uint8Array.from(this.facts, (f) => (f.partyMember ? 1 : 0));
    this.trackRecordAtBest = Float64Array.from(this.facts, (f) => f.trackRecordAtBest);
    this.profileOrdinal = Int32Array.from(this.facts, (f) => this.profiles.ordinalOf(f.key));
    this.docOfOrdinal = new Int32Array(this.profileOrdinal.reduce((a, b) => Math.max(a, b), -1) + 1).fill(-1);
    this.profileOrdinal.forEach((ordinal, doc) => {
      if (ordinal >= 0) this.docOfOrdinal[ordinal] = doc;
    });
    const n = this.facts.length;
    this.scratch = {
      floors: new Float64Array(n),
      scored: new Uint8Array(n),
      asked: new Uint8Array(n),
      posterStaff: new Uint8Array(n),
      hitDocs: new Int32Array(n),
      relevance: new Float64Array(n),
    };
  }

  /** The person's document number (their entry in `facts`), -1 for someone without words to match. */
  docOf(personKey: string): number {
    return this.docOfKey.get(personKey) ?? -1;
  }

  /**
   * The people the ask names (BM25 hits of title and skills) or whose profile matches the whole
   * problem by at least minProfileRelevance, with that profile match as their relevance. The
   * arrays are views of buffers the next call reuses.
   *
   * Whoever shares a word with the whole problem is met by the profiles' pass (their profiles hold
   * the same words of skills, bio and works, tokenized alike), so that pass, not a BM25 search of
   * the whole text, lists the candidates: the search met the same people a second time.
   */
  hits(problemKey: string, ask: string): { docs: Int32Array; relevance: Float64Array } {
    const { asked, hitDocs, relevance } = this.scratch;
    const named = this.people.search(ask).docs;
    for (let i = 0; i < named.length; i++) asked[named[i]!] = ASKED;
    const { people, scores } = this.profiles.matchedBy(this.profiles.problemVector(problemKey));
    // read once, not for each of the thousands of people met: an imported constant's read can be a call
    const floor = TACKLING_DEFAULTS.minProfileRelevance;
    let kept = 0;
    for (let i = 0; i < people.length; i++) {
      // people without a document here have no words either (a pass meets them only through words)
      const doc = this.docOfOrdinal[people[i]!] ?? -1;
      if (doc < 0) continue;
      const match = scores[people[i]!]!;
      if (asked[doc] === ASKED || match >= floor) {
        if (asked[doc] === ASKED) asked[doc] = ASKED_AND_KEPT;
        hitDocs[kept] = doc;
        relevance[kept++] = match;
      }
    }
    // anyone the ask named whom the pass did not meet (none, while both read the same words) is kept
    for (let i = 0; i < named.length; i++) {
      const doc = named[i]!;
      if (asked[doc] === ASKED) {
        const ordinal = this.profileOrdinal[doc]!;
        hitDocs[kept] = doc;
        relevance[kept++] =
          ordinal >= 0
            ? scores[ordinal]!
            : this.profiles.match(this.facts[doc]!.key, this.profiles.problemVector(problemKey)).score;
      }
      asked[doc] = 0;
    }
    return { docs: hitDocs.subarray(0, kept), relevance: relevance.subarray(0, kept) };
  }

  /**
   * Required skills an expert's tags cover, and those their works show (every word of the skill
   * in one work: counted at 0.5, as a near tag is), so that a researcher known by papers can
   * complete a consortium's or an assignment's skill cover.
   */
  coveredByTagsOrWorks(personKey: string, wanted: string[], tags: string[]): ExpertCandidate['coveredSkills'] {
    const covered = coveredSkills(wanted, tags);
    for (const skill of wanted) {
      if (covered.some((c) => c.skill === skill)) continue;
      const work = this.profiles.workShowing(personKey, skill);
      if (work) covered.push({ skill, by: `成果「${work}」`, score: 0.5 });
    }
    return covered;
  }
}

import type { ProjectedGraph } from '../../projection/projected-graph';
import { StaticBm25 } from '../../text/bm25-static';
import { coveredSkills, normaliseSkills, rememberingTagMatch } from '../../text/skill-overlap';
import { TOKENIZERS, type TokenizerName } from '../../text/tokenizer';
import { nodeAt } from '../graph-access';
import { currentLoad, employers, worksText } from './expert-facts';
import { ExpertProfiles, expertProfilesOf, EXPERT_PROFILE_DEFAULTS } from './expert-profiles';
import type { Solved } from './solved-problems';
import { TACKLING_DEFAULTS } from './tackling-defaults';
import type { ExpertCandidate } from './tackling-result';

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
  readonly scratch: { floors: Float64Array; scored: Uint8Array; asked: Uint8Array; relevance: Float64Array };
  readonly tagMatch = rememberingTagMatch();
  /** Per document, the person's number in the profiles' batch scores (-1: matched one by one). */
  private readonly profileOrdinal: Int32Array;

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
        works: this.people.tokenize(worksText(graph, key)),
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
    const n = this.facts.length;
    this.scratch = {
      floors: new Float64Array(n),
      scored: new Uint8Array(n),
      asked: new Uint8Array(n),
      relevance: new Float64Array(n),
    };
  }

  /**
   * The people the ask names (BM25 hits of title and skills) or whose profile matches the whole
   * text by at least minProfileRelevance, with that profile match as their relevance. The
   * arrays are views of buffers the next call reuses.
   */
  hits(problemKey: string, ask: string, whole: string): { docs: Int32Array; relevance: Float64Array } {
    const { asked } = this.scratch;
    // a copy: the next search reuses the buffer this view reads
    const named = Int32Array.from(this.people.search(ask).docs);
    for (let i = 0; i < named.length; i++) asked[named[i]!] = 1;
    const found = this.people.search(whole).docs;
    const vector = this.profiles.problemVector(problemKey);
    const scores = this.profiles.scores(vector);
    let kept = 0;
    for (let i = 0; i < found.length; i++) {
      const doc = found[i]!;
      const ordinal = this.profileOrdinal[doc]!;
      const match = ordinal >= 0 ? scores[ordinal]! : this.profiles.match(this.facts[doc]!.key, vector).score;
      if (asked[doc] === 1 || match >= TACKLING_DEFAULTS.minProfileRelevance) {
        // found is the search's own buffer, rewritten in place: kept ≤ i, so nothing unread is overwritten
        found[kept] = doc;
        this.scratch.relevance[kept++] = match;
      }
    }
    for (let i = 0; i < named.length; i++) asked[named[i]!] = 0;
    return { docs: found.subarray(0, kept), relevance: this.scratch.relevance.subarray(0, kept) };
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

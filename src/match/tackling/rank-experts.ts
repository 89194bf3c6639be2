import type { ProjectedGraph } from '../../projection/projected-graph';
import { normalisedCoverage } from '../../text/skill-overlap';
import { nameOf, nodeAt, intoOf } from '../graph-access';
import type { ExpertWeights } from '../weights';
import type { ExpertIndex, PersonFacts } from './expert-index';
import type { ProblemAsk } from './problem-ask';
import { TACKLING_DEFAULTS } from './tackling-defaults';
import { expertReasons, type ExpertWhy } from './tackling-reasons';
import type { ExpertCandidate, TacklingResult } from './tackling-result';
import { round, roundAll } from './thousandths';
import { idOfKey, keepTop, kthLargest } from './top-list';

interface Ranked {
  doc: number;
  score: number;
  components: ExpertCandidate['components'];
}

/**
 * The experts for a problem: everyone the ask matches or whose profile the whole text matches
 * well enough (ExpertIndex.hits), scored in full from the facts, words only for the top; the
 * poster's own staff left out and listed apart. Only those with a reason of substance are kept (a
 * skill covered, a problem of the segment solved, or a profile related at minRelatedRelevance):
 * nearness and free capacity order candidates, they never make one.
 *
 * Pass 1, cheap: what each hit scores at least (skills, track record and proximity taken as 0,
 * the rest exact). Pass 2 scores in full the hits with the best such floors, which sets the bar
 * the list's last entry must beat; pass 3 scores in full only those whose ceiling (floor + the
 * most skills, track record and proximity could add) reaches that bar. Of the ~7,700 hits a
 * problem has in the province, a few hundred are scored in full.
 */
export function rankExperts(
  graph: ProjectedGraph,
  index: ExpertIndex,
  ask: ProblemAsk,
  weights: ExpertWeights,
  limit: number,
  minRelatedRelevance: number = TACKLING_DEFAULTS.minRelatedRelevance,
): { experts: ExpertCandidate[]; excluded: TacklingResult['excluded'] } {
  const ranking = new ExpertRanking(graph, index, ask, weights, limit, minRelatedRelevance);
  const excluded = ranking.floorsLeavingOutPosterStaff();
  ranking.scoreLeaders();
  ranking.scoreThoseThatCanReachTheBar();
  // by id: the order the hits were met in says nothing
  excluded.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  return { experts: ranking.top.map((entry) => ranking.explain(entry)), excluded };
}

/** One problem's ranking of experts, pass by pass over the hits (the index's buffers hold its floors). */
class ExpertRanking {
  readonly top: Ranked[] = [];
  private readonly hits: { docs: Int32Array; relevance: Float64Array };
  private readonly floors: Float64Array;
  private readonly totalE: number;
  /** The weights' sum, 1 when they are all 0: what floors and ceilings divide by. */
  private readonly total: number;

  constructor(
    private readonly graph: ProjectedGraph,
    private readonly index: ExpertIndex,
    private readonly ask: ProblemAsk,
    private readonly weights: ExpertWeights,
    private readonly limit: number,
    private readonly minRelatedRelevance: number,
  ) {
    this.hits = index.hits(ask.problemKey, ask.ask);
    this.totalE = Object.values(weights).reduce((a, b) => a + b, 0);
    this.total = this.totalE || 1;
    this.floors = index.scratch.floors.subarray(0, this.hits.docs.length);
  }

  /** Pass 1: each hit's floor, -1 for the poster's own staff, who are returned as excluded. */
  floorsLeavingOutPosterStaff(): TacklingResult['excluded'] {
    const { graph, index, hits, floors, weights, total } = this;
    const poster = this.ask.poster;
    // the staff marked by document: a lookup by key for each of thousands of hits cost more
    const staffDocs = (poster ? intoOf(graph, poster, 'WORKS_AT') : []).map((key) => index.docOf(key));
    const staff = index.scratch.posterStaff;
    for (const doc of staffDocs) if (doc >= 0) staff[doc] = 1;
    const excluded: TacklingResult['excluded'] = [];
    for (let i = 0; i < hits.docs.length; i++) {
      const doc = hits.docs[i]!;
      if (staff[doc] === 1) {
        const key = index.facts[doc]!.key;
        excluded.push({
          personId: nodeAt(graph, key)!.id,
          name: nameOf(graph, key),
          reason: `works for the poster, ${nameOf(graph, poster!)}`,
        });
        floors[i] = -1;
        continue;
      }
      floors[i] =
        (weights.relevance * hits.relevance[i]! +
          weights.availability * index.availability[doc]! +
          weights.partyMember * index.partyMember[doc]!) /
        total;
    }
    for (const doc of staffDocs) if (doc >= 0) staff[doc] = 0;
    return excluded;
  }

  /** Pass 2: the hits with the 4 × limit best floors, scored in full and marked scored. */
  scoreLeaders(): void {
    const { floors } = this;
    const leaderFloor = kthLargest(floors, 4 * this.limit);
    const scored = this.index.scratch.scored.subarray(0, this.hits.docs.length);
    scored.fill(0);
    for (let i = 0; i < this.hits.docs.length; i++) {
      if (floors[i]! < 0 || floors[i]! < leaderFloor) continue;
      this.scoreInFull(i);
      scored[i] = 1;
    }
  }

  /** Pass 3: the hits not yet scored whose ceiling reaches the list's last score. */
  scoreThoseThatCanReachTheBar(): void {
    const { floors, weights, total, top } = this;
    const scored = this.index.scratch.scored;
    const headroom = (weights.skills + weights.proximity) / total;
    // a margin of 0.001 keeps this exact under the rounding of scores to thousandths
    const bar = top.length < this.limit ? -Infinity : top[top.length - 1]!.score - 0.001;
    for (let i = 0; i < this.hits.docs.length; i++) {
      if (floors[i]! < 0 || scored[i] === 1) continue;
      const ceiling =
        floors[i]! + headroom + (weights.trackRecord * this.index.trackRecordAtBest[this.hits.docs[i]!]!) / total;
      if (ceiling >= bar) this.scoreInFull(i);
    }
  }

  private scoreInFull(i: number): void {
    const { index, ask, weights, totalE, top } = this;
    const doc = this.hits.docs[i]!;
    const facts = index.facts[doc]!;
    const employer = facts.employers[0];
    const rel = this.hits.relevance[i]!;
    const skillFit = normalisedCoverage(ask.wanted, facts.normalisedSkills, index.tagMatch);
    const trackRecord = facts.solved.length === 0 ? 0 : Math.min(1, ask.solvedHere(facts.solved).length / 2);
    if (!this.hasReasonOfSubstance(facts, skillFit, trackRecord, rel)) return;
    const proximity = employer ? ask.near(employer) : 0;
    const partyMember = index.partyMember[doc]!;
    const availability = index.availability[doc]!;
    const score =
      totalE === 0
        ? 0
        : round(
            (weights.relevance * rel +
              weights.skills * skillFit +
              weights.trackRecord * trackRecord +
              weights.proximity * proximity +
              weights.availability * availability +
              weights.partyMember * partyMember) /
              totalE,
          );
    if (top.length === this.limit && score < top[top.length - 1]!.score) return;
    const components = { relevance: rel, skills: skillFit, trackRecord, proximity, availability, partyMember };
    keepTop(top, this.limit, { doc, score, components }, (c) => idOfKey(index.facts[c.doc]!.key));
  }

  /**
   * Whether the expert may be proposed at all: a required skill covered (tags, else works), a
   * problem of this segment solved, or a profile related at minRelatedRelevance. Nearness to the
   * poster and free capacity only order those who pass.
   */
  private hasReasonOfSubstance(facts: PersonFacts, skillFit: number, trackRecord: number, rel: number): boolean {
    if (skillFit > 0 || trackRecord > 0 || rel >= this.minRelatedRelevance) return true;
    return this.index.coveredByTagsOrWorks(facts.key, this.ask.skills, facts.skills).length > 0;
  }

  /** A ranked expert in words: covered skills, track record, load and nearness to the poster. */
  explain({ doc, score, components }: Ranked): ExpertCandidate {
    const { graph, ask } = this;
    const facts = this.index.facts[doc]!;
    const person = nodeAt(graph, facts.key)!;
    const employer = facts.employers[0] ?? null;
    const solved = ask.solvedHere(facts.solved);
    const covered = this.index.coveredByTagsOrWorks(facts.key, ask.skills, facts.skills);
    const words = employer ? ask.nearWords(employer) : { shared: null, path: null };
    const why: ExpertWhy = { load: facts.load, maxLoad: facts.maxLoad };
    if (covered.length === 0 && components.relevance >= this.minRelatedRelevance) why.related = true;
    if (solved.length > 0) why.solved = solved[0]!.title;
    if (words.path && components.proximity > 0) why.path = [words.path.zh, words.path.en];
    else if (words.shared) why.shared = words.shared;
    return {
      personId: person.id,
      name: nameOf(graph, facts.key),
      employer: employer ? nameOf(graph, employer) : null,
      employerKind: employer ? (nodeAt(graph, employer)!.kind as 'Enterprise' | 'Institution') : null,
      score,
      components: roundAll(components),
      coveredSkills: covered,
      reasons: expertReasons(covered, why),
      why,
    };
  }
}

import { derived } from '../../projection/derived';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import { StaticBm25 } from '../../text/bm25-static';
import { coveredSkills, normalisedCoverage, normaliseSkills, rememberingTagMatch } from '../../text/skill-overlap';
import { TOKENIZERS, type TokenizerName } from '../../text/tokenizer';
import { describePath, distanceTo, orgPaths, pathTo, trustOfHops, type OrgPaths } from '../algorithms/org-path';
import { intoOf, keyOf, nameOf, nodeAt, outOf, regionChain } from '../graph-access';
import { DEFAULT_WEIGHTS, ExpertWeights, InstitutionWeights, weightedScore } from '../weights';
import { currentLoad, employers, worksText } from './expert-facts';
import { ExpertProfiles, expertProfilesOf, EXPERT_PROFILE_DEFAULTS } from './expert-profiles';
import { reasonList, type Reasons } from '../reasons';

/**
 * 红链技术攻坚榜: who should take problem P (DESIGN.md §6 Tackling). Built once per projection
 * (the text indexes over people and institutions are the costly part) and then asked per
 * problem. Anyone with works, skills or a bio is a candidate (a researcher known only by papers
 * too). Experts are ranked by relevance of the problem's text and skills to their profile of
 * works, skills and bio (expert-profiles.ts: a cosine in [0, 1], comparable across problems and
 * experts), skill coverage, track record (solved problems in the same segment),
 * organisational proximity to the poster, and available load; a party-member weight exists as a
 * policy knob and defaults to 0. Nobody is proposed for a problem posted by their own employer.
 * Institutions are ranked too, for problems where no person profiles exist yet.
 */
export const TACKLING_DEFAULTS = {
  limit: 20,
  /** Institutions matching the ask this weakly (relative to the best) are not proposed. */
  minInstitutionRelevance: 0.15,
  /**
   * People the problem's title and skills do not name are still proposed when its whole text
   * matches their profile at least this well (a researcher's papers rarely share the title's
   * words); a lone shared place or organisation name in a description stays below it.
   */
  minProfileRelevance: 0.05,
  /** jieba ranked experts better than character bigrams on the generator's truth (docs/quality.md). */
  tokenizer: 'jieba' as TokenizerName,
  expertWeights: DEFAULT_WEIGHTS.experts,
  institutionWeights: DEFAULT_WEIGHTS.institutions,
} as const;

export interface ExpertCandidate {
  personId: string;
  name: string;
  employer: string | null;
  employerKind: 'Enterprise' | 'Institution' | null;
  score: number;
  components: {
    relevance: number;
    skills: number;
    trackRecord: number;
    proximity: number;
    availability: number;
    partyMember: number;
  };
  coveredSkills: { skill: string; by: string; score: number }[];
  reasons: Reasons;
}

export interface InstitutionCandidate {
  institutionId: string;
  name: string;
  score: number;
  components: { relevance: number; proximity: number; trackRecord: number };
  reasons: Reasons;
}

export interface TacklingResult {
  problem: { id: string; title: string; skills: string[]; teamSize: number };
  experts: ExpertCandidate[];
  institutions: InstitutionCandidate[];
  /** Experts left out for a conflict of interest (they work for the poster). */
  excluded: { personId: string; name: string; reason: string }[];
}

/** What the index keeps of each person with a profile, read per candidate without walking the graph. */
interface PersonFacts {
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

interface Solved {
  title: string;
  segments: string[];
}

/** The tackling index of a projection with the default tokenizer, built once per projection (7 s at province scale). */
export function tacklingIndexOf(graph: ProjectedGraph): TacklingIndex {
  return derived(graph, 'tackling-index', () => new TacklingIndex(graph));
}

export class TacklingIndex {
  private readonly people: StaticBm25<'skills' | 'bio' | 'works'>;
  private readonly profiles: ExpertProfiles;
  private readonly institutions: StaticBm25<'about' | 'skills' | 'works'>;
  /** Per people-index document; the three arrays repeat facts that every hit reads, packed. */
  private readonly facts: PersonFacts[] = [];
  private readonly availability: Float64Array;
  private readonly partyMember: Uint8Array;
  private readonly trackRecordAtBest: Float64Array;
  /** Working buffers of rank(), one per hit at most (reused: fresh ones per problem cost more in GC). */
  private readonly scratch: { floors: Float64Array; scored: Uint8Array; asked: Uint8Array; relevance: Float64Array };
  private readonly institutionSolved = new Map<string, Solved[]>();
  /** Region chains of employers and institutions, nearest first, read once each. */
  private readonly regionsOf = new Map<string, string[]>();
  private readonly tagMatch = rememberingTagMatch();
  /** The previous problem's organisational search, whose arrays the next one reuses. */
  private lastPaths: OrgPaths | undefined;

  constructor(
    readonly graph: ProjectedGraph,
    private readonly options: { tokenizer?: TokenizerName } = {},
  ) {
    const tokenizerName = options.tokenizer ?? TACKLING_DEFAULTS.tokenizer;
    const tokenizer = TOKENIZERS[tokenizerName];
    this.profiles =
      tokenizerName === EXPERT_PROFILE_DEFAULTS.tokenizer
        ? expertProfilesOf(graph)
        : new ExpertProfiles(graph, { tokenizer: tokenizerName });
    this.people = new StaticBm25(tokenizer, { skills: 3, bio: 1, works: 1 });
    this.institutions = new StaticBm25(tokenizer, { about: 1, skills: 2, works: 1 });
    // an institution's document is its people's skills and works: their tokens are kept from the
    // people's documents rather than tokenized twice (jieba was most of the index build)
    const staff = new Map<string, { skills: string[]; works: string[] }[]>();
    const solvedBy = solvedProblems(graph);
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
    const n = this.facts.length;
    this.scratch = {
      floors: new Float64Array(n),
      scored: new Uint8Array(n),
      asked: new Uint8Array(n),
      relevance: new Float64Array(n),
    };
    graph.forEachNode((key, node) => {
      if (node.kind !== 'Institution') return;
      const about = `${String(node.props['name'] ?? '')} ${String(node.props['description'] ?? '')}`;
      const people = staff.get(key) ?? [];
      this.institutions.addTokens(key, {
        about: this.institutions.tokenize(about),
        // the first ten tokens of each person's skills and works, as before: what they are known for
        skills: people.flatMap((p) => [...p.skills, ...p.works].slice(0, 10)),
        works: people.flatMap((p) => [...p.skills, ...p.works]),
      });
      this.institutionSolved.set(
        key,
        intoOf(graph, key, 'WORKS_AT').flatMap((person) => solvedBy.get(person) ?? []),
      );
    });
    this.institutions.seal();
  }

  /** @example new TacklingIndex(graph).rank('prob-lidar').institutions[0].name // 湖北江城实验室 */
  rank(
    problemId: string,
    {
      limit = TACKLING_DEFAULTS.limit,
      expertWeights = {},
      institutionWeights = {},
    }: {
      limit?: number;
      expertWeights?: Partial<ExpertWeights>;
      institutionWeights?: Partial<InstitutionWeights>;
    } = {},
  ): TacklingResult {
    const { graph } = this;
    const problemKey = keyOf('Problem', problemId);
    const problem = nodeAt(graph, problemKey);
    if (!problem || problem.kind !== 'Problem') throw EngineError.notFound(`Problem '${problemId}'`);
    if (!(Number.isInteger(limit) && limit >= 1)) throw EngineError.badArgument('limit', 'must be a whole number ≥ 1');
    const weightsE = ExpertWeights.parse({ ...TACKLING_DEFAULTS.expertWeights, ...expertWeights });
    const weightsI = InstitutionWeights.parse({ ...TACKLING_DEFAULTS.institutionWeights, ...institutionWeights });
    const skills = (problem.props['skills'] as string[] | undefined) ?? [];
    const wanted = normaliseSkills(skills);
    // Relevance reads the whole problem (the description names the segment and the setting), but
    // only people its title and skills match are candidates: a description also names places and
    // organisations, which would otherwise propose people for where they work, not what they know.
    const ask = `${String(problem.props['title'] ?? '')} ${skills.join(' ')} ${skills.join(' ')}`;
    const whole = `${ask} ${String(problem.props['description'] ?? '')}`;
    const segments = new Set(outOf(graph, problemKey, 'ABOUT'));
    const solvedHere = (solved: Solved[]) =>
      solved.length === 0 ? solved : solved.filter((s) => s.segments.some((segment) => segments.has(segment)));
    const poster = intoOf(graph, problemKey, 'POSTED')[0] ?? null;
    const paths = poster ? (this.lastPaths = orgPaths(graph, poster, { recycle: this.lastPaths })) : null;
    const posterRegions = poster ? this.regions(poster) : [];
    // many experts share an employer: its proximity is worked out once per problem
    const nearness = new Map<string, number>();
    const near = (key: string): number => {
      let score = nearness.get(key);
      if (score === undefined) {
        const shared = this.regions(key).find((r) => posterRegions.includes(r));
        const regionScore = shared ? (REGION_SCORE[levelOf(graph, shared)] ?? 0) : 0;
        score = Math.max(regionScore, paths ? trustOfHops(distanceTo(graph, paths, key)) : 0);
        nearness.set(key, score);
      }
      return score;
    };
    const nearWords = (key: string): { shared: string | null; path: { zh: string; en: string } | null } => {
      const shared = this.regions(key).find((r) => posterRegions.includes(r)) ?? null;
      const hops = paths ? pathTo(graph, paths, key) : [];
      return {
        shared: shared ? nameOf(graph, shared) : null,
        path: hops.length > 0 ? describePath(graph, hops) : null,
      };
    };

    // experts: everyone the ask matches or whose profile the whole text matches well enough,
    // scored in full from the facts; words only for the top
    const hits = this.expertHits(problemKey, ask, whole);
    const relevance = hits.relevance;
    const posterStaff = new Set(poster ? intoOf(graph, poster, 'WORKS_AT') : []);
    const excluded: TacklingResult['excluded'] = [];
    const totalE = Object.values(weightsE).reduce((a, b) => a + b, 0);
    const top: { doc: number; score: number; components: ExpertCandidate['components'] }[] = [];
    const personId = (c: { doc: number }) => idOfKey(this.facts[c.doc]!.key);
    // Pass 1, cheap: what each hit scores at least (skills, track record and proximity taken as
    // 0, the rest exact). Pass 2 scores in full the hits with the best such floors, which sets
    // the bar the list's last entry must beat; pass 3 scores in full only those whose ceiling
    // (floor + the most skills, track record and proximity could add) reaches that bar. Of the
    // ~7,700 hits a problem has in the province, a few hundred are scored in full.
    const total = totalE || 1;
    const floors = this.scratch.floors.subarray(0, hits.docs.length);
    for (let i = 0; i < hits.docs.length; i++) {
      const doc = hits.docs[i]!;
      if (posterStaff.size > 0 && posterStaff.has(this.facts[doc]!.key)) {
        const key = this.facts[doc]!.key;
        excluded.push({
          personId: nodeAt(graph, key)!.id,
          name: nameOf(graph, key),
          reason: `works for the poster, ${nameOf(graph, poster!)}`,
        });
        floors[i] = -1;
        continue;
      }
      floors[i] =
        (weightsE.relevance * relevance[i]! +
          weightsE.availability * this.availability[doc]! +
          weightsE.partyMember * this.partyMember[doc]!) /
        total;
    }
    const headroom = (weightsE.skills + weightsE.proximity) / total;
    const scoreInFull = (i: number) => {
      const doc = hits.docs[i]!;
      const facts = this.facts[doc]!;
      const employer = facts.employers[0];
      const rel = relevance[i]!;
      const skillFit = normalisedCoverage(wanted, facts.normalisedSkills, this.tagMatch);
      const trackRecord = facts.solved.length === 0 ? 0 : Math.min(1, solvedHere(facts.solved).length / 2);
      const proximity = employer ? near(employer) : 0;
      const partyMember = this.partyMember[doc]!;
      const availability = this.availability[doc]!;
      const score =
        totalE === 0
          ? 0
          : round(
              (weightsE.relevance * rel +
                weightsE.skills * skillFit +
                weightsE.trackRecord * trackRecord +
                weightsE.proximity * proximity +
                weightsE.availability * availability +
                weightsE.partyMember * partyMember) /
                totalE,
            );
      if (top.length === limit && score < top[top.length - 1]!.score) return;
      const components = { relevance: rel, skills: skillFit, trackRecord, proximity, availability, partyMember };
      keepTop(top, limit, { doc, score, components }, personId);
    };
    const leaders = 4 * limit;
    const leaderFloor = kthLargest(floors, leaders);
    const scored = this.scratch.scored.subarray(0, hits.docs.length);
    scored.fill(0);
    for (let i = 0; i < hits.docs.length; i++) {
      if (floors[i]! < 0 || floors[i]! < leaderFloor) continue;
      scoreInFull(i);
      scored[i] = 1;
    }
    // a margin of 0.001 keeps this exact under the rounding of scores to thousandths
    const bar = top.length < limit ? -Infinity : top[top.length - 1]!.score - 0.001;
    for (let i = 0; i < hits.docs.length; i++) {
      if (floors[i]! < 0 || scored[i] === 1) continue;
      const ceiling = floors[i]! + headroom + (weightsE.trackRecord * this.trackRecordAtBest[hits.docs[i]!]!) / total;
      if (ceiling >= bar) scoreInFull(i);
    }
    const experts = top.map(({ doc, score, components }): ExpertCandidate => {
      const facts = this.facts[doc]!;
      const person = nodeAt(graph, facts.key)!;
      const employer = facts.employers[0] ?? null;
      const solved = solvedHere(facts.solved);
      const covered = this.coveredByTagsOrWorks(facts.key, skills, facts.skills);
      const words = employer ? nearWords(employer) : { shared: null, path: null };
      const { say, list: reasons } = reasonList();
      if (covered.length > 0)
        say(
          `专长覆盖难题所需：${covered.map((c) => `「${c.skill}」`).join('')}`,
          `skills cover ${covered.map((c) => c.skill).join(', ')}`,
        );
      else if (components.relevance >= 0.3) say('简历与成果和难题描述相关', 'bio and works relate to the problem');
      if (solved.length > 0)
        say(`曾攻克同环节难题「${solved[0]!.title}」`, `solved 「${solved[0]!.title}」 in the same segment`);
      say(
        `当前任务 ${facts.load}/${facts.maxLoad}${facts.load < facts.maxLoad ? '，可承接' : '，已满'}`,
        `carrying ${facts.load} of ${facts.maxLoad}${facts.load < facts.maxLoad ? ', can take more' : ', full'}`,
      );
      if (words.path && components.proximity > 0)
        say(`党组织路径：${words.path.zh}`, `party-organisation path: ${words.path.en}`);
      else if (words.shared) say(`与发榜单位同在${words.shared}`, `in ${words.shared} like the poster`);
      return {
        personId: person.id,
        name: nameOf(graph, facts.key),
        employer: employer ? nameOf(graph, employer) : null,
        employerKind: employer ? (nodeAt(graph, employer)!.kind as 'Enterprise' | 'Institution') : null,
        score,
        components: roundAll(components),
        coveredSkills: covered,
        reasons,
      };
    });

    // institutions: few enough to score all the ask matches, then explain the top
    const instHits = this.institutions.search(ask);
    const instRelevance = relativeTo(this.institutions.scoreDocs(whole, instHits.docs));
    const topI: { doc: number; score: number; components: InstitutionCandidate['components']; solved: Solved[] }[] = [];
    instHits.docs.forEach((doc, i) => {
      if (instRelevance[i]! < TACKLING_DEFAULTS.minInstitutionRelevance) return;
      const key = this.institutions.idOf(doc);
      const solved = solvedHere(this.institutionSolved.get(key) ?? []);
      const components = {
        relevance: instRelevance[i]!,
        proximity: near(key),
        trackRecord: Math.min(1, solved.length / 2),
      };
      keepTop(topI, limit, { doc, score: round(weightedScore(components, weightsI)), components, solved }, (c) =>
        idOfKey(this.institutions.idOf(c.doc)),
      );
    });
    const institutions = topI.map(({ doc, score, components, solved }): InstitutionCandidate => {
      const key = this.institutions.idOf(doc);
      const words = nearWords(key);
      const { say, list: reasons } = reasonList();
      if (components.relevance >= 0.3) say('研究方向与难题相关', 'its research relates to the problem');
      if (solved.length > 0)
        say(`人员曾攻克同环节难题「${solved[0]!.title}」`, `its people solved 「${solved[0]!.title}」`);
      if (words.path && components.proximity > 0)
        say(`党组织路径：${words.path.zh}`, `party-organisation path: ${words.path.en}`);
      else if (words.shared) say(`与发榜单位同在${words.shared}`, `in ${words.shared} like the poster`);
      return {
        institutionId: nodeAt(graph, key)!.id,
        name: nameOf(graph, key),
        score,
        components: roundAll(components),
        reasons,
      };
    });

    return {
      problem: {
        id: problem.id,
        title: nameOf(graph, problemKey),
        skills,
        teamSize: Number(problem.props['teamSize'] ?? 5),
      },
      experts,
      institutions,
      excluded,
    };
  }

  /**
   * Required skills an expert's tags cover, and those their works show (every word of the skill
   * in one work: counted at 0.5, as a near tag is), so that a researcher known by papers can
   * complete a consortium's or an assignment's skill cover.
   */
  private coveredByTagsOrWorks(personKey: string, wanted: string[], tags: string[]): ExpertCandidate['coveredSkills'] {
    const covered = coveredSkills(wanted, tags);
    for (const skill of wanted) {
      if (covered.some((c) => c.skill === skill)) continue;
      const work = this.profiles.workShowing(personKey, skill);
      if (work) covered.push({ skill, by: `成果「${work}」`, score: 0.5 });
    }
    return covered;
  }

  /**
   * The people the ask names (BM25 hits of title and skills) or whose profile matches the whole
   * text by at least minProfileRelevance, with that profile match as their relevance. The
   * arrays are views of buffers the next call reuses.
   */
  private expertHits(problemKey: string, ask: string, whole: string): { docs: Int32Array; relevance: Float64Array } {
    const { asked } = this.scratch;
    // a copy: the next search reuses the buffer this view reads
    const named = Int32Array.from(this.people.search(ask).docs);
    for (let i = 0; i < named.length; i++) asked[named[i]!] = 1;
    const found = this.people.search(whole).docs;
    const vector = this.profiles.problemVector(problemKey);
    let kept = 0;
    for (let i = 0; i < found.length; i++) {
      const doc = found[i]!;
      const match = this.profiles.match(this.facts[doc]!.key, vector).score;
      if (asked[doc] === 1 || match >= TACKLING_DEFAULTS.minProfileRelevance) {
        // found is the search's own buffer, rewritten in place: kept ≤ i, so nothing unread is overwritten
        found[kept] = doc;
        this.scratch.relevance[kept++] = match;
      }
    }
    for (let i = 0; i < named.length; i++) asked[named[i]!] = 0;
    return { docs: found.subarray(0, kept), relevance: this.scratch.relevance.subarray(0, kept) };
  }

  private regions(key: string): string[] {
    let chain = this.regionsOf.get(key);
    if (!chain)
      this.regionsOf.set(key, (chain = regionChain(this.graph, outOf(this.graph, key, 'LOCATED_IN')[0] ?? null)));
    return chain;
  }
}

const REGION_SCORE: Record<string, number> = { park: 0.6, district: 0.55, city: 0.5, province: 0.3 };

function levelOf(graph: ProjectedGraph, regionKey: string): string {
  return String(graph.getNodeAttribute(regionKey, 'props')['level'] ?? '');
}

/** Each value over the largest (all 0 when the largest is 0), in place. */
function relativeTo(values: Float64Array): Float64Array {
  let best = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > best) best = values[i]!;
  for (let i = 0; i < values.length; i++) values[i] = best > 0 ? values[i]! / best : 0;
  return values;
}

/**
 * The k-th largest value (-Infinity when there are fewer than k), by insertion into a short list
 * kept largest first: about ten times faster than sorting the 8,000 values a problem has.
 */
function kthLargest(values: Float64Array, k: number): number {
  if (values.length < k) return -Infinity;
  const best: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (best.length === k && v <= best[k - 1]!) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && best[at - 1]! < v) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = v;
  }
  return best[k - 1]!;
}

/** The id part of a projection key (Person:alice → alice). */
function idOfKey(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

/**
 * Keeps the best `limit` entries, best first: higher score, then smaller id. Most entries fall
 * below the last kept one and cost one comparison, where sorting thousands per problem did not.
 */
function keepTop<T extends { score: number }>(top: T[], limit: number, entry: T, idOf: (entry: T) => string): void {
  const before = (a: T, b: T) => a.score > b.score || (a.score === b.score && idOf(a) < idOf(b));
  if (top.length === limit && !before(entry, top[top.length - 1]!)) return;
  let at = top.length === limit ? top.length - 1 : top.length;
  while (at > 0 && before(entry, top[at - 1]!)) {
    top[at] = top[at - 1]!;
    at--;
  }
  top[at] = entry;
}

/** Solved problems (accepted or closed) per person, with their segments: track record without graph walks. */
function solvedProblems(graph: ProjectedGraph): Map<string, Solved[]> {
  const byPerson = new Map<string, Solved[]>();
  graph.forEachNode((problemKey, problem) => {
    if (problem.kind !== 'Problem' || !SOLVED.has(String(problem.props['status']))) return;
    const solved = { title: nameOf(graph, problemKey), segments: outOf(graph, problemKey, 'ABOUT') };
    const people = new Set(intoOf(graph, problemKey, 'TACKLES').flatMap((team) => intoOf(graph, team, 'IN_TEAM')));
    for (const person of people) byPerson.set(person, [...(byPerson.get(person) ?? []), solved]);
  });
  return byPerson;
}

const SOLVED = new Set(['accepted', 'closed']);

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function roundAll<T extends object>(components: T): T {
  return Object.fromEntries(Object.entries(components).map(([k, v]) => [k, round(v as number)])) as T;
}

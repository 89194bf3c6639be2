import type { ProjectedGraph } from '../../projection/projected-graph';
import { AppError } from '../../shared/app-error';
import { Bm25Index } from '../../text/bm25';
import { coveredSkills, skillCoverage } from '../../text/skill-overlap';
import { TOKENIZERS, type TokenizerName } from '../../text/tokenizer';
import { describePath, distanceTo, orgPaths, pathTo, trustOfHops } from '../algorithms/org-path';
import { intoOf, keyOf, nameOf, nodeAt, outOf, regionChain } from '../graph-access';
import { DEFAULT_WEIGHTS, weightedScore, type ExpertWeights, type InstitutionWeights } from '../weights';
import { currentLoad, employers, solvedInSegments, worksText } from './expert-facts';
import { reasonList, type Reasons } from '../reasons';

/**
 * 红链技术攻坚榜: who should take problem P (DESIGN.md §6 Tackling). Built once per projection
 * (the text indexes over people and institutions are the costly part) and then asked per
 * problem. Experts are ranked by relevance of the problem's text and skills to their skills,
 * bio and works (BM25F), skill coverage, track record (solved problems in the same segment),
 * organisational proximity to the poster, and available load; a party-member weight exists as a
 * policy knob and defaults to 0. Nobody is proposed for a problem posted by their own employer.
 * Institutions are ranked too, for problems where no person profiles exist yet.
 */
export const TACKLING_DEFAULTS = {
  limit: 20,
  /** Institutions matching the ask this weakly (relative to the best) are not proposed. */
  minInstitutionRelevance: 0.15,
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

export class TacklingIndex {
  private readonly people: Bm25Index<'skills' | 'bio' | 'works'>;
  private readonly institutions: Bm25Index<'about' | 'skills' | 'works'>;

  constructor(
    readonly graph: ProjectedGraph,
    private readonly options: { tokenizer?: TokenizerName } = {},
  ) {
    const tokenizer = TOKENIZERS[options.tokenizer ?? TACKLING_DEFAULTS.tokenizer];
    this.people = new Bm25Index(tokenizer, { skills: 3, bio: 1, works: 1 });
    this.institutions = new Bm25Index(tokenizer, { about: 1, skills: 2, works: 1 });
    const staff = new Map<string, string[]>();
    graph.forEachNode((key, node) => {
      if (node.kind !== 'Person') return;
      const skills = (node.props['skills'] as string[] | undefined) ?? [];
      if (skills.length === 0 && !node.props['bio']) return;
      const works = worksText(graph, key);
      this.people.add(key, { skills: skills.join(' '), bio: String(node.props['bio'] ?? ''), works });
      for (const employer of employers(graph, key)) {
        if (nodeAt(graph, employer)?.kind === 'Institution')
          staff.set(employer, [...(staff.get(employer) ?? []), `${skills.join(' ')} ${works}`]);
      }
    });
    graph.forEachNode((key, node) => {
      if (node.kind !== 'Institution') return;
      const about = `${String(node.props['name'] ?? '')} ${String(node.props['description'] ?? '')}`;
      const people = staff.get(key) ?? [];
      this.institutions.add(key, {
        about,
        skills: people.map((p) => p.split(' ').slice(0, 10).join(' ')).join(' '),
        works: people.join(' '),
      });
    });
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
    if (!problem || problem.kind !== 'Problem') throw AppError.notFound(`Problem '${problemId}'`);
    const skills = (problem.props['skills'] as string[] | undefined) ?? [];
    // Relevance reads the whole problem (the description names the segment and the setting), but
    // only people its title and skills match are candidates: a description also names places and
    // organisations, which would otherwise propose people for where they work, not what they know.
    const ask = `${String(problem.props['title'] ?? '')} ${skills.join(' ')} ${skills.join(' ')}`;
    const whole = `${ask} ${String(problem.props['description'] ?? '')}`;
    const segments = new Set(outOf(graph, problemKey, 'ABOUT'));
    const poster = intoOf(graph, problemKey, 'POSTED')[0] ?? null;
    const paths = poster ? orgPaths(graph, poster) : null;
    const posterRegions = regionChain(graph, poster ? (outOf(graph, poster, 'LOCATED_IN')[0] ?? null) : null);
    const near = (key: string) => {
      const theirs = regionChain(graph, outOf(graph, key, 'LOCATED_IN')[0] ?? null);
      const shared = theirs.find((r) => posterRegions.includes(r));
      const level = shared ? String(nodeAt(graph, shared)?.props['level'] ?? '') : '';
      const regionScore =
        ({ park: 0.6, district: 0.55, city: 0.5, province: 0.3 } as Record<string, number>)[level] ?? 0;
      const trust = paths ? trustOfHops(distanceTo(graph, paths, key)) : 0;
      const path = paths && trust > 0 ? describePath(graph, pathTo(graph, paths, key)) : null;
      return { score: Math.max(regionScore, trust), shared: shared ? nameOf(graph, shared) : null, path };
    };

    const weightsE = { ...TACKLING_DEFAULTS.expertWeights, ...expertWeights };
    const text = gatedRelevance(this.people.search(whole), this.people.search(ask));
    const excluded: TacklingResult['excluded'] = [];
    for (const key of text.keys()) {
      if (!poster || !employers(graph, key).includes(poster)) continue;
      excluded.push({
        personId: nodeAt(graph, key)!.id,
        name: nameOf(graph, key),
        reason: `works for the poster, ${nameOf(graph, poster)}`,
      });
      text.delete(key);
    }
    const experts: ExpertCandidate[] = [];
    for (const [key, relevance] of cheapestFirst(graph, text, skills, weightsE, limit)) {
      const person = nodeAt(graph, key)!;
      const works = employers(graph, key);
      const employer = works[0] ?? null;
      const solved = solvedInSegments(graph, key, segments);
      const maxLoad = Number(person.props['maxLoad'] ?? 0);
      const load = currentLoad(graph, key);
      const proximity = employer ? near(employer) : { score: 0, shared: null, path: null };
      const components = {
        relevance,
        skills: skillCoverage(skills, (person.props['skills'] as string[] | undefined) ?? []),
        trackRecord: Math.min(1, solved.length / 2),
        proximity: proximity.score,
        availability: maxLoad > 0 ? Math.max(0, 1 - load / maxLoad) : 0,
        partyMember: person.props['partyMember'] === true ? 1 : 0,
      };
      const covered = coveredSkills(skills, (person.props['skills'] as string[] | undefined) ?? []);
      const { say, list: reasons } = reasonList();
      if (covered.length > 0)
        say(
          `专长覆盖难题所需：${covered.map((c) => `「${c.skill}」`).join('')}`,
          `skills cover ${covered.map((c) => c.skill).join(', ')}`,
        );
      else if (components.relevance >= 0.3) say('简历与成果和难题描述相关', 'bio and works relate to the problem');
      if (solved.length > 0) say(`曾攻克同环节难题「${solved[0]}」`, `solved 「${solved[0]}」 in the same segment`);
      say(
        `当前任务 ${load}/${maxLoad}${load < maxLoad ? '，可承接' : '，已满'}`,
        `carrying ${load} of ${maxLoad}${load < maxLoad ? ', can take more' : ', full'}`,
      );
      if (proximity.path) say(`党组织路径：${proximity.path.zh}`, `party-organisation path: ${proximity.path.en}`);
      else if (proximity.shared) say(`与发榜单位同在${proximity.shared}`, `in ${proximity.shared} like the poster`);
      experts.push({
        personId: person.id,
        name: nameOf(graph, key),
        employer: employer ? nameOf(graph, employer) : null,
        employerKind: employer ? (nodeAt(graph, employer)!.kind as 'Enterprise' | 'Institution') : null,
        score: round(weightedScore(components, weightsE)),
        components: roundAll(components),
        coveredSkills: covered,
        reasons,
      });
    }
    experts.sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId));

    const weightsI = { ...TACKLING_DEFAULTS.institutionWeights, ...institutionWeights };
    const instText = gatedRelevance(this.institutions.search(whole), this.institutions.search(ask));
    const institutions: InstitutionCandidate[] = [...instText]
      .filter(([, relevance]) => relevance >= TACKLING_DEFAULTS.minInstitutionRelevance)
      .map(([key, relevance]) => {
        const proximity = near(key);
        const solved = intoOf(graph, key, 'WORKS_AT').flatMap((person) => solvedInSegments(graph, person, segments));
        const components = {
          relevance,
          proximity: proximity.score,
          trackRecord: Math.min(1, solved.length / 2),
        };
        const { say, list: reasons } = reasonList();
        if (components.relevance >= 0.3) say('研究方向与难题相关', 'its research relates to the problem');
        if (solved.length > 0) say(`人员曾攻克同环节难题「${solved[0]}」`, `its people solved 「${solved[0]}」`);
        if (proximity.path) say(`党组织路径：${proximity.path.zh}`, `party-organisation path: ${proximity.path.en}`);
        else if (proximity.shared) say(`与发榜单位同在${proximity.shared}`, `in ${proximity.shared} like the poster`);
        return {
          institutionId: nodeAt(graph, key)!.id,
          name: nameOf(graph, key),
          score: round(weightedScore(components, weightsI)),
          components: roundAll(components),
          reasons,
        };
      });
    institutions.sort((a, b) => b.score - a.score || a.institutionId.localeCompare(b.institutionId));

    return {
      problem: {
        id: problem.id,
        title: nameOf(graph, problemKey),
        skills,
        teamSize: Number(problem.props['teamSize'] ?? 5),
      },
      experts: experts.slice(0, limit),
      institutions: institutions.slice(0, limit),
      excluded,
    };
  }
}

/**
 * The candidates that can still reach the top `limit`: relevance and skill coverage are cheap,
 * the other components (track record, proximity, load) cost graph walks and can add at most
 * their weights, so anyone whose cheap part is that far below the limit-th best is dropped
 * without changing the top list.
 */
function cheapestFirst(
  graph: ProjectedGraph,
  text: Map<string, number>,
  skills: string[],
  w: ExpertWeights,
  limit: number,
): [string, number][] {
  const total = Object.values(w).reduce((a, b) => a + b, 0) || 1;
  const rest = (w.trackRecord + w.proximity + w.availability + w.partyMember) / total;
  const cheap = [...text].map(([key, relevance]) => {
    const own = (nodeAt(graph, key)?.props['skills'] as string[] | undefined) ?? [];
    return { key, relevance, part: (w.relevance * relevance + w.skills * skillCoverage(skills, own)) / total };
  });
  cheap.sort((a, b) => b.part - a.part);
  const bar = (cheap[Math.min(cheap.length, limit) - 1]?.part ?? 0) - rest;
  return cheap.filter((c) => c.part >= bar).map((c) => [c.key, c.relevance]);
}

/** Relevance in [0, 1] (BM25F of the whole problem over the best), for the documents the ask matched. */
function gatedRelevance(whole: Map<string, number>, ask: Map<string, number>): Map<string, number> {
  const best = Math.max(0, ...[...ask.keys()].map((k) => whole.get(k) ?? 0));
  const gated = new Map<string, number>();
  for (const key of ask.keys()) gated.set(key, best > 0 ? (whole.get(key) ?? 0) / best : 0);
  return gated;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function roundAll<T extends object>(components: T): T {
  return Object.fromEntries(Object.entries(components).map(([k, v]) => [k, round(v as number)])) as T;
}

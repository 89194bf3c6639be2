import { nodeAt, keyOf } from '../graph-access';
import { solveAssignment } from './assignment-flow';
import { currentLoad } from './expert-facts';
import type { ProjectedGraph } from '../../projection/projected-graph';
import type { ExpertCandidate, TacklingIndex, TacklingResult } from './tackling-index';
import type { AssignedProblem, Assignment } from '../../domain/answers/tackling.schema';

/**
 * Global assignment across open problems, as reviewer-assignment systems do: every expert within
 * maxLoad (less what they already carry), every team filled as far as possible, total affinity
 * maximised exactly — a min-cost max-flow with cost 1000 − 1000·affinity on each problem→expert
 * arc, so the most seats are filled first and, among those, the highest total affinity. Conflicts
 * of interest are already out of the candidate lists. A problem left short gets a diagnosis that
 * names what blocks it, never a bare "no solution".
 */
export const ASSIGNMENT_DEFAULTS = {
  /** Ranked candidates per problem that may be assigned to it. */
  candidatesPerProblem: 20,
  alternates: 3,
  /** Problems that still need a team. */
  statuses: ['published'],
} as const;

export type { AssignedProblem, Assignment };

export function assignExperts(
  index: TacklingIndex,
  {
    problemIds,
    candidatesPerProblem = ASSIGNMENT_DEFAULTS.candidatesPerProblem,
  }: { problemIds?: string[]; candidatesPerProblem?: number } = {},
): Assignment {
  const { graph } = index;
  const open = problemIds ?? openProblems(graph);
  const ranked = open.map((id) => index.rank(id, { limit: candidatesPerProblem }));
  const experts = expertSeats(graph, ranked);
  const arcs = ranked.flatMap((r, p) =>
    r.experts.map((e) => ({ problem: p, expert: experts.get(e.personId)!.index, affinity: e.score, e })),
  );
  const solution = solveAssignment({
    seats: ranked.map((r) => r.problem.teamSize),
    capacities: [...experts.values()].map((e) => e.capacity),
    arcs,
  });
  const filled = solution.filled;
  const chosenPerProblem = ranked.map((): ExpertCandidate[] => []);
  arcs.forEach((arc, i) => {
    if (solution.chosen[i]) chosenPerProblem[arc.problem]!.push(arc.e);
  });

  for (const chosen of chosenPerProblem) for (const e of chosen) experts.get(e.personId)!.seated += 1;
  let totalAffinity = 0;
  const problems = ranked.map((r, p): AssignedProblem => {
    const chosen = chosenPerProblem[p]!;
    totalAffinity += chosen.reduce((sum, e) => sum + e.score, 0);
    return assignedProblem(r, chosen, experts);
  });
  return {
    problems,
    seats: ranked.reduce((n, r) => n + r.problem.teamSize, 0),
    filled,
    totalAffinity: Math.round(totalAffinity * 1000) / 1000,
  };
}

/** An expert as the flow sees them: their node in it, the seats they may still take, and what they carry. */
interface ExpertSeats {
  index: number;
  capacity: number;
  maxLoad: number;
  /** Open problems and requests they already carry. */
  carried: number;
  /** Seats this run gives them. */
  seated: number;
}

/** The problems that still need a team (ASSIGNMENT_DEFAULTS.statuses). */
function openProblems(graph: ProjectedGraph): string[] {
  return graph
    .filterNodes(
      (_k, n) =>
        n.kind === 'Problem' && (ASSIGNMENT_DEFAULTS.statuses as readonly string[]).includes(String(n.props['status'])),
    )
    .map((k) => graph.getNodeAttribute(k, 'id'));
}

/** Every ranked expert once, in order of first appearance, with maxLoad less what they carry. */
function expertSeats(graph: ProjectedGraph, ranked: TacklingResult[]): Map<string, ExpertSeats> {
  const experts = new Map<string, ExpertSeats>();
  for (const r of ranked) {
    for (const e of r.experts) {
      if (experts.has(e.personId)) continue;
      const key = keyOf('Person', e.personId);
      const maxLoad = Number(nodeAt(graph, key)?.props['maxLoad'] ?? 0);
      const carried = currentLoad(graph, key);
      experts.set(e.personId, {
        index: experts.size,
        capacity: Math.max(0, maxLoad - carried),
        maxLoad,
        carried,
        seated: 0,
      });
    }
  }
  return experts;
}

/** A problem's team as assigned, its alternates, and what blocks it when short. */
function assignedProblem(
  r: TacklingResult,
  chosen: ExpertCandidate[],
  experts: Map<string, ExpertSeats>,
): AssignedProblem {
  const shortBy = r.problem.teamSize - chosen.length;
  // the load shown beside a name is after this run: what they carried plus the seats it gave them
  const pick = (e: ExpertCandidate) => {
    const seats = experts.get(e.personId)!;
    return {
      personId: e.personId,
      name: e.name,
      affinity: e.score,
      load: seats.carried + seats.seated,
      maxLoad: seats.maxLoad,
    };
  };
  return {
    problemId: r.problem.id,
    title: r.problem.title,
    teamSize: r.problem.teamSize,
    assigned: chosen.map(pick),
    alternates: r.experts
      .filter((e) => !chosen.includes(e))
      .slice(0, ASSIGNMENT_DEFAULTS.alternates)
      .map(pick),
    shortBy,
    diagnosis: shortBy > 0 ? diagnose(r.problem, r.experts, experts) : null,
  };
}

function diagnose(
  problem: { title: string; skills: string[]; teamSize: number },
  fits: ExpertCandidate[],
  experts: Map<string, { capacity: number }>,
): { zh: string; en: string } {
  if (fits.length === 0) {
    return {
      zh: `没有专家的研究方向、成果或技能与「${problem.title}」相关`,
      en: `no expert’s works, skills or research fit 「${problem.title}」`,
    };
  }
  if (fits.length < problem.teamSize) {
    return {
      zh: `只有${fits.length}名专家适合「${problem.title}」，团队需要${problem.teamSize}人`,
      en: `only ${fits.length} ${fits.length === 1 ? 'expert fits' : 'experts fit'} 「${problem.title}」, which needs a team of ${problem.teamSize}`,
    };
  }
  for (const skill of problem.skills) {
    const holders = fits.filter((e) => e.coveredSkills.some((c) => c.skill === skill && c.score >= 0.5));
    if (holders.length === 0) return { zh: `没有专家具备「${skill}」技能`, en: `no expert has the skill ${skill}` };
    if (holders.every((e) => (experts.get(e.personId)?.capacity ?? 0) === 0)) {
      return {
        zh: `具备「${skill}」技能的${holders.length}名专家均已满负荷`,
        en: `the ${holders.length} experts with skill ${skill} are all at maxLoad`,
      };
    }
  }
  if (fits.every((e) => (experts.get(e.personId)?.capacity ?? 0) === 0)) {
    return {
      zh: `适合「${problem.title}」的${fits.length}名专家均已满负荷`,
      en: `the ${fits.length} experts who fit 「${problem.title}」 are all at maxLoad`,
    };
  }
  return {
    zh: `适合「${problem.title}」的专家已分配到匹配度更高的其他难题`,
    en: `the experts who fit 「${problem.title}」 are assigned to other problems where they fit better`,
  };
}

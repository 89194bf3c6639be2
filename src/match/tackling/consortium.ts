import type { TacklingResult } from './tackling-index';
import type { Consortium } from '../../domain/answers/tackling.schema';

/**
 * 攻关联合体: the smallest team, of at most the problem's team size, whose members together cover
 * every required skill; among teams of that size, the highest total relevance, with a bonus for a
 * university + enterprise mix (产学研). Exact: every team of the candidate pool is tried, smallest
 * first, which is a weighted set cover small enough to search (pool 12, team 5: 1,585 teams).
 * When no team covers every skill, the team covering the most is proposed and the rest named.
 */
export const CONSORTIUM_DEFAULTS = {
  /** Best-ranked experts the team is drawn from. */
  poolSize: 12,
  /** Added to a team's relevance when it mixes an institution and an enterprise. */
  mixBonus: 0.1,
  /** A skill counts as covered when an expert's match to it is at least this (0.5: near tags). */
  minSkillMatch: 0.5,
} as const;

export type { Consortium };

export function proposeConsortium(
  result: TacklingResult,
  { poolSize = CONSORTIUM_DEFAULTS.poolSize, teamSize = result.problem.teamSize } = {},
): Consortium {
  if (!Number.isInteger(teamSize) || teamSize < 1) throw new Error('consortium: teamSize must be a whole number ≥ 1');
  const skills = result.problem.skills;
  const pool = result.experts.slice(0, poolSize);
  const covers = pool.map(
    (e) => new Set(e.coveredSkills.filter((c) => c.score >= CONSORTIUM_DEFAULTS.minSkillMatch).map((c) => c.skill)),
  );
  let best: { team: number[]; covered: number; value: number } | null = null;
  for (let size = 1; size <= Math.min(teamSize, pool.length); size++) {
    for (const team of combinations(pool.length, size)) {
      const covered = new Set(team.flatMap((i) => [...covers[i]!])).size;
      const kinds = new Set(team.map((i) => pool[i]!.employerKind));
      const value =
        team.reduce((sum, i) => sum + pool[i]!.score, 0) +
        (kinds.has('Institution') && kinds.has('Enterprise') ? CONSORTIUM_DEFAULTS.mixBonus : 0);
      if (
        !best ||
        covered > best.covered ||
        (covered === best.covered && team.length === best.team.length && value > best.value)
      ) {
        best = { team, covered, value };
      }
    }
    if (best && best.covered === skills.length) break;
  }
  const team = best?.team ?? [];
  const covered = skills.filter((s) => team.some((i) => covers[i]!.has(s)));
  const kinds = new Set(team.map((i) => pool[i]!.employerKind));
  return {
    problemId: result.problem.id,
    members: team.map((i) => ({
      personId: pool[i]!.personId,
      name: pool[i]!.name,
      employer: pool[i]!.employer,
      employerKind: pool[i]!.employerKind,
      covers: [...covers[i]!],
    })),
    covered,
    uncovered: skills.filter((s) => !covered.includes(s)),
    mix: kinds.has('Institution') && kinds.has('Enterprise'),
    relevance: Math.round((best?.value ?? 0) * 1000) / 1000,
  };
}

/** Every k-subset of 0..n-1, in lexicographic order. */
export function* combinations(n: number, k: number): Generator<number[]> {
  const pick = Array.from({ length: k }, (_, i) => i);
  if (k > n || k < 1) return;
  for (;;) {
    yield [...pick];
    let i = k - 1;
    while (i >= 0 && pick[i] === n - k + i) i--;
    if (i < 0) return;
    pick[i]!++;
    for (let j = i + 1; j < k; j++) pick[j] = pick[j - 1]! + 1;
  }
}

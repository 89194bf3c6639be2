import type { ProjectedGraph } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import { coveredSkills, skillCoverage } from '../../text/skill-overlap';
import { distanceTo, orgPaths, trustOfHops } from '../algorithms/org-path';
import { intoOf, keyOf, nameOf, nodeAt, outOf } from '../graph-access';
import { reasonList } from '../reasons';
import { weightedScore } from '../weights';
import { employers, solvedInSegments } from './expert-facts';
import { expertProfilesOf, type ExpertProfiles } from './expert-profiles';
import type { ProblemFit } from '../../domain/answers/tackling.schema';

/**
 * The reverse of the tackling list: which open problems fit an expert, or an institution's
 * people ("which problems fit our people?"). Problems posted by the asker's own organisation are
 * left out, as in the forward direction. Relevance is the match of the problem with the
 * expert's profile (expert-profiles.ts: works, skills, bio), a cosine in [0, 1] that does not
 * depend on the other problems, so scores are comparable from one expert's list to another's;
 * an institution's relevance is its best-matching person's. Every problem with some fit is
 * ranked (`limit` cuts the list, default 20; Infinity keeps it whole for paging).
 */
export const PROBLEMS_FOR_DEFAULTS = {
  limit: 20,
  statuses: ['published'],
  weights: { relevance: 0.5, skills: 0.3, proximity: 0.1, trackRecord: 0.1 },
  /** Profile matches below this are noise (a shared common word), not a fit. */
  minRelevance: 0.01,
} as const;

/** A fit's shape is its answer schema's (src/domain/answers/tackling.schema.ts): one source for engine and API. */
export type { ProblemFit };

/** @example problemsFor(graph, { kind: 'Person', id: 'alice' })[0].problemId // 'X' */
export function problemsFor(
  graph: ProjectedGraph,
  asker: { kind: 'Person' | 'Institution'; id: string },
  {
    limit = PROBLEMS_FOR_DEFAULTS.limit as number,
    profiles = expertProfilesOf(graph),
  }: { limit?: number; profiles?: ExpertProfiles } = {},
): ProblemFit[] {
  const key = keyOf(asker.kind, asker.id);
  const node = nodeAt(graph, key);
  if (!node || node.kind !== asker.kind) throw EngineError.notFound(`${asker.kind} '${asker.id}'`);
  const people = asker.kind === 'Person' ? [key] : intoOf(graph, key, 'WORKS_AT');
  const matched = people.filter((p) => profiles.hasProfile(p));
  const skills = people.flatMap((p) => (nodeAt(graph, p)?.props['skills'] as string[] | undefined) ?? []);
  const own = new Set(asker.kind === 'Person' ? employers(graph, key) : [key]);
  const home = [...own][0];
  const paths = home ? orgPaths(graph, home) : null;

  const fits: ProblemFit[] = [];
  graph.forEachNode((problemKey, problem) => {
    if (
      problem.kind !== 'Problem' ||
      !(PROBLEMS_FOR_DEFAULTS.statuses as readonly string[]).includes(String(problem.props['status']))
    )
      return;
    const poster = intoOf(graph, problemKey, 'POSTED')[0] ?? null;
    if (intoOf(graph, problemKey, 'POSTED').some((p) => own.has(p))) return;
    const wanted = (problem.props['skills'] as string[] | undefined) ?? [];
    const vector = profiles.problemVector(problemKey);
    let best = { score: 0, closestWork: null as string | null };
    for (const person of matched) {
      const match = profiles.match(person, vector);
      if (match.score > best.score) best = match;
    }
    const relevance = best.score >= PROBLEMS_FOR_DEFAULTS.minRelevance ? best.score : 0;
    const skillFit = skillCoverage(wanted, skills);
    if (relevance === 0 && skillFit === 0) return;
    const solved = people.flatMap((p) => solvedInSegments(graph, p, new Set(outOf(graph, problemKey, 'ABOUT'))));
    const components = {
      relevance,
      skills: skillFit,
      proximity: paths && poster ? trustOfHops(distanceTo(graph, paths, poster)) : 0,
      trackRecord: Math.min(1, solved.length / 2),
    };
    const { say, list } = reasonList();
    const covered = coveredSkills(wanted, skills);
    if (covered.length > 0)
      say(
        `可覆盖所需技能：${covered.map((c) => `「${c.skill}」`).join('')}`,
        `covers ${covered.map((c) => c.skill).join(', ')}`,
      );
    if (best.closestWork && relevance >= 0.1)
      say(`成果「${best.closestWork}」与难题相关`, `the work 「${best.closestWork}」 relates to the problem`);
    else if (relevance > 0)
      // a weak profile match still ranks the problem (the list is the whole ranking): it says so
      // rather than nothing, with how weak it is
      say(
        `专长、简介或成果与难题有少量共同用词（相关度${relevance.toFixed(2)}）`,
        `skills, bio or works share a few words with the problem (relevance ${relevance.toFixed(2)})`,
      );
    if (solved.length > 0) say(`曾攻克同环节难题「${solved[0]}」`, `solved 「${solved[0]}」 in the same segment`);
    if (components.proximity > 0) say('与发榜单位有党组织联系', 'party-organisation ties with the poster');
    fits.push({
      problemId: problem.id,
      title: nameOf(graph, problemKey),
      postedBy: poster ? nameOf(graph, poster) : null,
      // four decimals rather than three: relevance cosines of a long list differ in the fourth
      score: Math.round(weightedScore(components, PROBLEMS_FOR_DEFAULTS.weights) * 10_000) / 10_000,
      components: { ...components, relevance: Math.round(relevance * 10_000) / 10_000 },
      reasons: list,
    });
  });
  fits.sort((a, b) => b.score - a.score || a.problemId.localeCompare(b.problemId));
  return Number.isFinite(limit) ? fits.slice(0, limit) : fits;
}

import type { ProjectedGraph } from '../../projection/projected-graph';
import { AppError } from '../../shared/app-error';
import { Bm25Index } from '../../text/bm25';
import { coveredSkills, skillCoverage } from '../../text/skill-overlap';
import { TOKENIZERS, type TokenizerName } from '../../text/tokenizer';
import { distanceTo, orgPaths, trustOfHops } from '../algorithms/org-path';
import { intoOf, keyOf, nameOf, nodeAt, outOf } from '../graph-access';
import { reasonList, type Reasons } from '../reasons';
import { weightedScore } from '../weights';
import { employers, solvedInSegments, worksText } from './expert-facts';

/**
 * The reverse of the tackling list: which open problems fit an expert, or an institution's
 * people ("which problems fit our people?"). Problems posted by the asker's own organisation are
 * left out, as in the forward direction.
 */
export const PROBLEMS_FOR_DEFAULTS = {
  limit: 20,
  tokenizer: 'bigram' as TokenizerName,
  statuses: ['published'],
  weights: { relevance: 0.5, skills: 0.3, proximity: 0.1, trackRecord: 0.1 },
} as const;

export interface ProblemFit {
  problemId: string;
  title: string;
  postedBy: string | null;
  score: number;
  components: { relevance: number; skills: number; proximity: number; trackRecord: number };
  reasons: Reasons;
}

export function problemsFor(
  graph: ProjectedGraph,
  asker: { kind: 'Person' | 'Institution'; id: string },
  {
    limit = PROBLEMS_FOR_DEFAULTS.limit as number,
    tokenizer = PROBLEMS_FOR_DEFAULTS.tokenizer,
  }: { limit?: number; tokenizer?: TokenizerName } = {},
): ProblemFit[] {
  const key = keyOf(asker.kind, asker.id);
  const node = nodeAt(graph, key);
  if (!node || node.kind !== asker.kind) throw AppError.notFound(`${asker.kind} '${asker.id}'`);
  const people = asker.kind === 'Person' ? [key] : intoOf(graph, key, 'WORKS_AT');
  const skills = people.flatMap((p) => (nodeAt(graph, p)?.props['skills'] as string[] | undefined) ?? []);
  const own = new Set(asker.kind === 'Person' ? employers(graph, key) : [key]);
  const query = [
    ...skills,
    ...skills,
    String(node.props['bio'] ?? node.props['description'] ?? ''),
    ...people.map((p) => worksText(graph, p)),
  ].join(' ');

  const index = new Bm25Index(TOKENIZERS[tokenizer], { title: 2, description: 1, skills: 3 });
  graph.forEachNode((problemKey, problem) => {
    if (
      problem.kind !== 'Problem' ||
      !(PROBLEMS_FOR_DEFAULTS.statuses as readonly string[]).includes(String(problem.props['status']))
    )
      return;
    if (intoOf(graph, problemKey, 'POSTED').some((poster) => own.has(poster))) return;
    index.add(problemKey, {
      title: String(problem.props['title'] ?? ''),
      description: String(problem.props['description'] ?? ''),
      skills: ((problem.props['skills'] as string[] | undefined) ?? []).join(' '),
    });
  });
  const scores = index.search(query);
  const best = Math.max(0, ...scores.values());
  const home = [...own][0];
  const paths = home ? orgPaths(graph, home) : null;
  const fits: ProblemFit[] = [...scores].map(([problemKey, bm25]) => {
    const problem = nodeAt(graph, problemKey)!;
    const wanted = (problem.props['skills'] as string[] | undefined) ?? [];
    const poster = intoOf(graph, problemKey, 'POSTED')[0] ?? null;
    const solved = people.flatMap((p) => solvedInSegments(graph, p, new Set(outOf(graph, problemKey, 'ABOUT'))));
    const components = {
      relevance: best > 0 ? bm25 / best : 0,
      skills: skillCoverage(wanted, skills),
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
    if (solved.length > 0) say(`曾攻克同环节难题「${solved[0]}」`, `solved 「${solved[0]}」 in the same segment`);
    if (components.proximity > 0) say('与发榜单位有党组织联系', 'party-organisation ties with the poster');
    return {
      problemId: problem.id,
      title: nameOf(graph, problemKey),
      postedBy: poster ? nameOf(graph, poster) : null,
      score: Math.round(weightedScore(components, PROBLEMS_FOR_DEFAULTS.weights) * 1000) / 1000,
      components,
      reasons: list,
    };
  });
  return fits.sort((a, b) => b.score - a.score || a.problemId.localeCompare(b.problemId)).slice(0, limit);
}

import type { ProjectedGraph } from '../../projection/projected-graph';
import { intoOf, nameOf, nodeAt, outOf } from '../graph-access';

/** Facts about people that the tackling engine scores with, read once per projection. */

const OPEN_PROBLEM = new Set(['claimed', 'in_progress']);
const SOLVED_PROBLEM = new Set(['accepted', 'closed']);
const OPEN_REQUEST = new Set(['dispatched', 'accepted']);

/** Problems or requests the person carries now: teams on open problems, open assigned requests. */
export function currentLoad(graph: ProjectedGraph, person: string): number {
  const teams = outOf(graph, person, 'IN_TEAM');
  const problems = new Set(
    teams
      .flatMap((team) => outOf(graph, team, 'TACKLES'))
      .filter((p) => OPEN_PROBLEM.has(String(nodeAt(graph, p)?.props['status']))),
  );
  const requests = intoOf(graph, person, 'ASSIGNED_TO').filter((r) =>
    OPEN_REQUEST.has(String(nodeAt(graph, r)?.props['status'])),
  );
  return problems.size + requests.length;
}

/** Solved problems (accepted or closed) in one of these segments whose team the person was in. */
export function solvedInSegments(graph: ProjectedGraph, person: string, segments: ReadonlySet<string>): string[] {
  const solved = new Set<string>();
  for (const team of outOf(graph, person, 'IN_TEAM')) {
    for (const problem of outOf(graph, team, 'TACKLES')) {
      if (!SOLVED_PROBLEM.has(String(nodeAt(graph, problem)?.props['status']))) continue;
      if (outOf(graph, problem, 'ABOUT').some((s) => segments.has(s))) solved.add(problem);
    }
  }
  return [...solved].map((p) => nameOf(graph, p));
}

/** Titles and abstracts of a person's works, as one text. */
export function worksText(graph: ProjectedGraph, person: string): string {
  return outOf(graph, person, 'AUTHORED')
    .map(
      (w) => `${String(nodeAt(graph, w)?.props['title'] ?? '')} ${String(nodeAt(graph, w)?.props['abstract'] ?? '')}`,
    )
    .join(' ');
}

/** Where a person works: enterprises and institutions. */
export function employers(graph: ProjectedGraph, person: string): string[] {
  return outOf(graph, person, 'WORKS_AT');
}

import type { CandidateSet } from '../../domain';
import { ASSIGNMENT_KEY } from '../../domain/result-keys';
import { assignExperts } from '../../match/tackling/global-assignment';
import { problemsFor } from '../../match/tackling/problems-for';
import { tacklingIndexOf } from '../../match/tackling/tackling-index';
import { idsOfKind } from '../../projection/projected-graph';
import { tacklingSets } from '../result-sets';
import { gone, inGraph, type Processor } from './processor';
import { writeReports, writeSets } from './write-results';

/** 揭榜挂帅: the candidate experts and institutions of problems, and the global assignment. */

export const tacklingOfProblem: Processor<'tackling.problem'> = async ({ problemId }, ctx) => {
  const sets = await ctx.projection.read((graph) =>
    inGraph(graph, 'Problem', problemId) ? tacklingSets(tacklingIndexOf(graph).rank(problemId), graph) : [],
  );
  if (sets.length === 0) return gone('Problem', problemId);
  await writeSets(ctx, sets);
  return { problemId, experts: sets[0]!.candidates.length, institutions: sets[1]!.candidates.length };
};

/** The lists of the problems that fit one person (after an edit of their profile). */
export const tacklingOfPerson: Processor<'tackling.person'> = async ({ personId }, ctx) => {
  const { problems, sets } = await ctx.projection.read((graph) => {
    if (!inGraph(graph, 'Person', personId)) return { problems: [], sets: [] };
    const problems = problemsFor(graph, { kind: 'Person', id: personId }).map((fit) => fit.problemId);
    const index = tacklingIndexOf(graph);
    return { problems, sets: problems.flatMap((id) => tacklingSets(index.rank(id), graph)) };
  });
  await writeSets(ctx, sets);
  return { personId, problems: problems.length };
};

export const tacklingOfAll: Processor<'tackling.all'> = async ({ runId }, ctx) => {
  const { problems, sets } = await ctx.projection.read(async (graph) => {
    const index = tacklingIndexOf(graph);
    const problems = idsOfKind(graph, 'Problem');
    const sets: CandidateSet[] = [];
    for (const [i, id] of problems.entries()) {
      sets.push(...tacklingSets(index.rank(id), graph));
      if (i % 250 === 0) await ctx.progress(Math.floor((80 * i) / problems.length));
    }
    return { problems, sets };
  });
  await writeSets(ctx, sets, runId);
  return { runId, problems: problems.length };
};

export const assignment: Processor<'assignment'> = async (_payload, ctx) => {
  const assigned = await ctx.projection.read((graph) => assignExperts(tacklingIndexOf(graph)));
  await writeReports(ctx, [{ kind: 'assignment', key: ASSIGNMENT_KEY, payload: assigned }]);
  return { problems: assigned.problems.length, seats: assigned.seats, filled: assigned.filled };
};

import type { ProjectedGraph } from '../../projection/projected-graph';
import { intoOf, nameOf, outOf } from '../graph-access';

/** A problem someone helped solve (accepted or closed), with the segments it was about. */
export interface Solved {
  title: string;
  segments: string[];
}

const SOLVED = new Set(['accepted', 'closed']);

/** Solved problems (accepted or closed) per person, with their segments: track record without graph walks. */
export function solvedProblems(graph: ProjectedGraph): Map<string, Solved[]> {
  const byPerson = new Map<string, Solved[]>();
  graph.forEachNode((problemKey, problem) => {
    if (problem.kind !== 'Problem' || !SOLVED.has(String(problem.props['status']))) return;
    const solved = { title: nameOf(graph, problemKey), segments: outOf(graph, problemKey, 'ABOUT') };
    const people = new Set(intoOf(graph, problemKey, 'TACKLES').flatMap((team) => intoOf(graph, team, 'IN_TEAM')));
    for (const person of people) byPerson.set(person, [...(byPerson.get(person) ?? []), solved]);
  });
  return byPerson;
}

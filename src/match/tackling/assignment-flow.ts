import { MinCostFlow } from '../algorithms/min-cost-flow';

/**
 * The global assignment's core, apart from the graph: problems with seats, experts with spare
 * capacity, and the arcs between them with an affinity in [0, 1]. A min-cost max-flow with cost
 * round(1000 − 1000·affinity) per arc fills the most seats first and, among the fillings of
 * that size, takes the highest total affinity (to the thousandth), exactly.
 */
export interface AssignmentInstance {
  seats: readonly number[];
  capacities: readonly number[];
  arcs: readonly { problem: number; expert: number; affinity: number }[];
}

export interface AssignmentSolution {
  /** Per arc of the instance: chosen or not. */
  chosen: boolean[];
  filled: number;
  /** Sum of the chosen arcs' costs, round(1000 − 1000·affinity) each: what the flow minimises. */
  cost: number;
}

export function arcCost(affinity: number): number {
  return Math.round(1000 * (1 - Math.min(1, Math.max(0, affinity))));
}

export function solveAssignment({ seats, capacities, arcs }: AssignmentInstance): AssignmentSolution {
  const problems = seats.length;
  const source = problems + capacities.length;
  const sink = source + 1;
  const flow = new MinCostFlow(sink + 1, problems + capacities.length + arcs.length);
  seats.forEach((n, p) => flow.addEdge(source, p, n, 0));
  capacities.forEach((n, e) => flow.addEdge(problems + e, sink, n, 0));
  const ids = arcs.map((a) => flow.addEdge(a.problem, problems + a.expert, 1, arcCost(a.affinity)));
  const { flow: filled } = flow.solve(source, sink);
  const chosen = ids.map((id) => flow.flowOn(id) > 0);
  const cost = arcs.reduce((sum, a, i) => sum + (chosen[i] ? arcCost(a.affinity) : 0), 0);
  return { chosen, filled, cost };
}

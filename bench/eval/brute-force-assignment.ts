import { arcCost, type AssignmentInstance } from '../../src/match/tackling/assignment-flow';

/**
 * The independent exact check of the global assignment: every subset of arcs that respects the
 * seats and capacities, depth first, keeping the one that fills the most seats at the least
 * cost. Exponential in the arcs, so for small instances only.
 */
export function bruteForceAssignment({ seats, capacities, arcs }: AssignmentInstance): {
  filled: number;
  cost: number;
} {
  if (arcs.length > 24) throw new Error(`brute force: ${arcs.length} arcs is too many (at most 24)`);
  const seatsLeft = [...seats];
  const capacityLeft = [...capacities];
  let best = { filled: 0, cost: 0 };
  const visit = (i: number, filled: number, cost: number) => {
    if (i === arcs.length) {
      if (filled > best.filled || (filled === best.filled && cost < best.cost)) best = { filled, cost };
      return;
    }
    visit(i + 1, filled, cost);
    const { problem, expert, affinity } = arcs[i]!;
    if (seatsLeft[problem]! > 0 && capacityLeft[expert]! > 0) {
      seatsLeft[problem]!--;
      capacityLeft[expert]!--;
      visit(i + 1, filled + 1, cost + arcCost(affinity));
      seatsLeft[problem]!++;
      capacityLeft[expert]!++;
    }
  };
  visit(0, 0, 0);
  return best;
}

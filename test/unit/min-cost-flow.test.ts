import { MinCostFlow } from '../../src/match/algorithms/min-cost-flow';

/** Exhaustive optimum of a small assignment: each worker at most `cap`, each task at most `need`. */
function bruteForce(affinity: number[][], need: number[], cap: number[]): { count: number; total: number } {
  const pairs: [number, number][] = [];
  affinity.forEach((row, t) => row.forEach((a, w) => a >= 0 && pairs.push([t, w])));
  let best = { count: -1, total: -1 };
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const usedT = need.map(() => 0);
    const usedW = cap.map(() => 0);
    let ok = true;
    let count = 0;
    let total = 0;
    pairs.forEach(([t, w], i) => {
      if (!(mask & (1 << i))) return;
      usedT[t]!++;
      usedW[w]!++;
      count++;
      total += affinity[t]![w]!;
      if (usedT[t]! > need[t]! || usedW[w]! > cap[w]!) ok = false;
    });
    if (ok && (count > best.count || (count === best.count && total > best.total))) best = { count, total };
  }
  return best;
}

function solveAssignment(affinity: number[][], need: number[], cap: number[]): { count: number; total: number } {
  const tasks = need.length;
  const workers = cap.length;
  const f = new MinCostFlow(tasks + workers + 2);
  const s = tasks + workers;
  const t = s + 1;
  need.forEach((n, i) => f.addEdge(s, i, n, 0));
  cap.forEach((c, j) => f.addEdge(tasks + j, t, c, 0));
  const arcs: [number, number, number][] = [];
  affinity.forEach((row, i) => row.forEach((a, j) => a >= 0 && arcs.push([f.addEdge(i, tasks + j, 1, 100 - a), i, j])));
  const { flow } = f.solve(s, t);
  const total = arcs.reduce((sum, [e, i, j]) => sum + f.flowOn(e) * affinity[i]![j]!, 0);
  return { count: flow, total };
}

describe('min-cost flow', () => {
  test('when the textbook four-node network is solved, then flow and cost are the known ones', () => {
    const f = new MinCostFlow(4, 1); // room for one arc: the arrays must grow
    f.addEdge(0, 1, 2, 1);
    f.addEdge(1, 3, 2, 1);
    f.addEdge(0, 2, 1, 5);
    const last = f.addEdge(2, 3, 1, 0);
    expect(f.solve(0, 3)).toEqual({ flow: 3, cost: 9 });
    expect(f.flowOn(last)).toBe(1);
  });

  test('when a cheap path must be undone to staff everything, then the residual arcs reroute it', () => {
    // task 0 can use worker 0 or 1, task 1 only worker 0: the greedy choice (0→0) must be undone
    const affinity = [
      [90, 80],
      [70, -1],
    ];
    expect(solveAssignment(affinity, [1, 1], [1, 1])).toEqual({ count: 2, total: 150 });
  });

  test('when random small instances are solved, then the optimum equals brute force', () => {
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 40; round++) {
      const tasks = 2 + Math.floor(random() * 2);
      const workers = 2 + Math.floor(random() * 3);
      const affinity = Array.from({ length: tasks }, () =>
        Array.from({ length: workers }, () => (random() < 0.25 ? -1 : Math.floor(random() * 100))),
      );
      const need = Array.from({ length: tasks }, () => 1 + Math.floor(random() * 2));
      const cap = Array.from({ length: workers }, () => Math.floor(random() * 2) + (random() < 0.3 ? 1 : 0));
      expect([round, solveAssignment(affinity, need, cap)]).toEqual([round, bruteForce(affinity, need, cap)]);
    }
  });

  test('when given bad input, then it says what is wrong', () => {
    expect(() => new MinCostFlow(1)).toThrow('min-cost-flow: nodeCount must be a whole number ≥ 2');
    const f = new MinCostFlow(3);
    expect(() => f.addEdge(0, 5, 1, 1)).toThrow('min-cost-flow: edge 0→5 names a node outside 0..2');
    expect(() => f.addEdge(0, 1, 1, -2)).toThrow('min-cost-flow: cost must be a whole number ≥ 0');
    expect(() => f.addEdge(0, 1, 1.5, 1)).toThrow('min-cost-flow: capacity must be a whole number ≥ 0');
    expect(() => f.solve(1, 1)).toThrow('min-cost-flow: source and sink must differ');
  });
});

describe('min-cost flow as maximum weight', () => {
  test('when paths cost more than the bound, then they are not taken: one heavy pair beats two light ones', () => {
    // suppliers s1, s2 and buyers b1, b2, each in at most one meeting; weights s1-b1 10, s1-b2 1, s2-b1 1
    const f = new MinCostFlow(6);
    const [S, s1, s2, b1, b2, T] = [0, 1, 2, 3, 4, 5];
    f.addEdge(S, s1, 1, 0);
    f.addEdge(S, s2, 1, 0);
    f.addEdge(b1, T, 1, 0);
    f.addEdge(b2, T, 1, 0);
    const heavy = f.addEdge(s1, b1, 1, 1000 - 10);
    f.addEdge(s1, b2, 1, 1000 - 1);
    f.addEdge(s2, b1, 1, 1000 - 1);
    expect(f.solve(S, T, Number.POSITIVE_INFINITY, 1000).flow).toBe(1);
    expect(f.flowOn(heavy)).toBe(1);
  });
});

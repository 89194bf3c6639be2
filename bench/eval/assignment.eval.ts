import { performance } from 'node:perf_hooks';
import { Prng } from '../../seeds/generate/prng';
import { solveAssignment, type AssignmentInstance } from '../../src/match/tackling/assignment-flow';
import { bruteForceAssignment } from './brute-force-assignment';

/** A random small instance: 2–4 problems of 1–3 seats, 2–5 experts of capacity 0–2, up to 16 arcs. */
export function randomInstance(prng: Prng): AssignmentInstance {
  const problems = prng.between(2, 4);
  const experts = prng.between(2, 5);
  const arcs: AssignmentInstance['arcs'][number][] = [];
  for (let p = 0; p < problems; p++)
    for (let e = 0; e < experts; e++)
      if (arcs.length < 16 && prng.next() < 0.7) arcs.push({ problem: p, expert: e, affinity: prng.next() });
  return {
    seats: Array.from({ length: problems }, () => prng.between(1, 3)),
    capacities: Array.from({ length: experts }, () => prng.between(0, 2)),
    arcs,
  };
}

/** The min-cost flow against brute force on `count` random small instances. */
export function evaluateAssignment(count: number, seed = 7) {
  const prng = new Prng(seed);
  let agree = 0;
  let flowMs = 0;
  let bruteMs = 0;
  const disagreements: string[] = [];
  for (let i = 0; i < count; i++) {
    const instance = randomInstance(prng);
    let started = performance.now();
    const flow = solveAssignment(instance);
    flowMs += performance.now() - started;
    started = performance.now();
    const exact = bruteForceAssignment(instance);
    bruteMs += performance.now() - started;
    if (flow.filled === exact.filled && flow.cost === exact.cost) agree++;
    else
      disagreements.push(
        `#${i}: flow ${flow.filled} seats at cost ${flow.cost}, exact ${exact.filled} at ${exact.cost}`,
      );
  }
  return { count, agree, flowMs, bruteMs, disagreements };
}

import { cpuSeconds } from './worker-process';

/** Below this share of one core a process counts as quiet: Neo4j idles well under it. */
const QUIET_SHARE = 0.05;

export interface QuietWait {
  /** How long one spell is, in ms. */
  spellMs: number;
  /** Quiet spells needed in a row. */
  spells: number;
  /** The longest it waits, in ms. */
  maxMs: number;
}

/** What waiting for processes to go quiet took. */
export interface Settled {
  waitedMs: number;
  quiet: boolean;
}

/**
 * Waits until the processes have used under 5 % of a core in each of `spells` spells in a row, or
 * `maxMs` has passed. Answers how long it waited and whether they went quiet: a figure measured
 * while a server still works off what the run before it left (Neo4j's full-text merges and log
 * rotation after many small transactions) would charge that work to the figure.
 */
export async function untilQuiet(pids: number[], wait: QuietWait): Promise<Settled> {
  const started = Date.now();
  let quietSpells = 0;
  for (let before = cpuTotal(pids); Date.now() - started < wait.maxMs;) {
    await new Promise((resolve) => setTimeout(resolve, wait.spellMs));
    const now = cpuTotal(pids);
    quietSpells = now - before < (QUIET_SHARE * wait.spellMs) / 1000 ? quietSpells + 1 : 0;
    if (quietSpells === wait.spells) return { waitedMs: Date.now() - started, quiet: true };
    before = now;
  }
  return { waitedMs: Date.now() - started, quiet: false };
}

/** CPU time (user + system) the processes have used so far, in seconds (Linux /proc). */
export function cpuTotal(pids: number[]): number {
  return pids.reduce((total, pid) => total + cpuSeconds(pid), 0);
}

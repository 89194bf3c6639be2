import { z } from 'zod';
import type { NodeKind } from './node-kinds';
import type { NodeRef } from './relationships';

/**
 * Computed results that workers write back (DESIGN.md §3). A candidate set is one ranked list
 * (e.g. the upstream partners of one enterprise); a report is one document (e.g. the gap map of
 * one chain in one region). A new run replaces a set or report atomically.
 */
export const candidateTypes = {
  PARTNER_CANDIDATE: { from: ['Enterprise'], to: ['Enterprise'] },
  TACKLE_CANDIDATE: { from: ['Problem'], to: ['Person', 'Institution'] },
} as const satisfies Record<string, { from: readonly NodeKind[]; to: readonly NodeKind[] }>;

export type CandidateType = keyof typeof candidateTypes;
export const CandidateTypeSchema = z.enum(['PARTNER_CANDIDATE', 'TACKLE_CANDIDATE']);

export const ReportKindSchema = z.enum(['gap_map', 'assignment', 'meeting_plan', 'coverage', 'responders']);
export type ReportKind = z.infer<typeof ReportKindSchema>;

/**
 * One ranked candidate as stored. Its reasons are not stored: they are rendered when the list is
 * read (src/match/stored-reasons.ts), in Chinese and English, from the facts in its detail.
 */
export interface Candidate {
  to: NodeRef;
  /** Its place in the list, from 1: stored as the list's order. */
  rank: number;
  score: number;
  /** Engine-specific detail: name, components, segment, paths, and the facts (`why`) the reasons are rendered from. */
  detail?: Record<string, unknown>;
}

export interface CandidateSet {
  type: CandidateType;
  from: NodeRef;
  /** Distinguishes lists from the same node, e.g. 'upstream' / 'downstream'; '' when one list. */
  qualifier: string;
  candidates: Candidate[];
  /** Partner lists: what normalised the candidates' text fit (kept so an edit can tell whether it moves the list). */
  textNorm?: TextNorm;
}

/**
 * A partner list's text normaliser: the best raw text fit among all its candidates (chosen or
 * not), which every candidate's text fit is divided by, and the enterprise it belongs to (null
 * when no candidate shares a word with the ask).
 */
export interface TextNorm {
  bestText: number;
  bestTextOf: string | null;
}

/**
 * What a stored list says of itself, read without the list (GraphStore.readListStandings): enough
 * to tell whether a change of one candidate can move it (src/match/partners/partner-moves.ts).
 */
export interface ListStanding {
  /** How many candidates it holds. */
  size: number;
  /** Its last candidate and that one's score: what a newcomer must reach when the list is full. */
  last: { id: string; score: number } | null;
  /** Null when the list was stored without one (an older release, or rewritten after a deletion). */
  textNorm: TextNorm | null;
  /** Whether the member asked about is among its candidates. */
  holds: boolean;
}

export interface CandidateRun {
  runId: string;
  computedAt: string;
  sets: CandidateSet[];
  /**
   * A list whose candidates are what is stored already keeps its stored run (its run id, time and
   * the API's rendered answers stay valid), and only its claim against older runs moves to this
   * run's time; the rest are written. For the lists an edit may move (most do not): writing them
   * all again was most of an edit's jobs (issue 18).
   */
  keepUnchanged?: boolean;
}

export interface StoredCandidates {
  runId: string;
  computedAt: string;
  candidates: Candidate[];
}

/**
 * The run id of a stored list changed outside a run (a candidate deleted from it): the run's id
 * with a revision, `<run>~<n>`. Whatever remembers a list by its run id (the API's caches of
 * lists and of answers) then takes the list anew, and the answer says it is no longer exactly
 * what the run computed. Its time stays the run's: a newer run still replaces it.
 */
export function revisedRunId(runId: string): string {
  const at = runId.lastIndexOf('~');
  const revision = at >= 0 ? Number(runId.slice(at + 1)) : NaN;
  return Number.isInteger(revision) && revision > 0 ? `${runId.slice(0, at)}~${revision + 1}` : `${runId}~1`;
}

/**
 * What an answer about one node's stored lists needs, read together: the regions the node is
 * located in (for the caller's region scope) and its latest list per qualifier, null where none is
 * stored yet.
 */
export interface CandidateLists {
  regionIds: string[];
  lists: Record<string, StoredCandidates | null>;
}

export interface Report {
  kind: ReportKind;
  key: string;
  payload: unknown;
}

export interface ReportRun {
  runId: string;
  computedAt: string;
  reports: Report[];
}

export interface StoredReport {
  kind: ReportKind;
  key: string;
  runId: string;
  computedAt: string;
  payload: unknown;
}

/** The stable key of a candidate set: one pointer per (type, source node, qualifier). */
export function candidateSetKey(set: Pick<CandidateSet, 'type' | 'from' | 'qualifier'>): string {
  return `${set.type}|${set.from.kind}:${set.from.id}|${set.qualifier}`;
}

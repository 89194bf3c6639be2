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

export interface Candidate {
  to: NodeRef;
  rank: number;
  score: number;
  /** Human-readable reasons in Chinese, shown as they are. */
  reasons: string[];
  /** Engine-specific detail: components, English reasons, paths. Stored as JSON. */
  detail?: Record<string, unknown>;
}

export interface CandidateSet {
  type: CandidateType;
  from: NodeRef;
  /** Distinguishes lists from the same node, e.g. 'upstream' / 'downstream'; '' when one list. */
  qualifier: string;
  candidates: Candidate[];
}

export interface CandidateRun {
  runId: string;
  computedAt: string;
  sets: CandidateSet[];
}

export interface StoredCandidates {
  runId: string;
  computedAt: string;
  candidates: Candidate[];
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

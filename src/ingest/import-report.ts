import type { NameCandidate } from '../text/name-resolver';
import type { BundleSection } from './bundle.schema';
import type { FieldConflict } from './merge-enterprise-fields';

/** A record that was not imported, and why. `position` is `section[index]`, plus the file line when known. */
export interface Rejection {
  section: BundleSection | 'format';
  position: string;
  line?: number;
  id?: string;
  field: string;
  reason: string;
}

/** A record held back because its name matches more than one enterprise: a person decides. */
export interface ReviewItem {
  section: BundleSection;
  position: string;
  line?: number;
  id?: string;
  name?: string;
  reason: string;
  candidates: NameCandidate[];
}

/** An incoming enterprise recognised as one already in the graph under another id. */
export interface Link {
  position: string;
  incomingId: string;
  incomingName: string;
  linkedTo: string;
  linkedName: string;
  /** How the link was made: uscc, name (the same registered name), core (trade name), fuzzy. */
  by: string;
  /** Why the link is safe, in words (same USCC, same registered name, …). */
  evidence?: string;
  /** Fields the row filled in that the enterprise lacked (lists: new entries added). */
  filled?: string[];
  /** Fields where the row and the enterprise differ: the enterprise's value is kept, both are reported. */
  conflicts?: FieldConflict[];
}

/** One enterprise placed on the chains during an import (挂链), or queued for review. */
export interface PlacementLine {
  position: string;
  line?: number;
  id: string;
  name: string;
  decision: 'placed' | 'review';
  /** The segments placed, or the best candidates of one queued; each with its evidence. */
  segments: { segmentId: string; segmentName: string; confidence: number; evidence: string[] }[];
  /** Segments it is proposed to need (NEEDS inferred: true), from the inputs of the segments it is placed in. */
  needs?: string[];
}

export interface PlacementSummary {
  /** Confidence at which a segment is placed without review. */
  threshold: number;
  placed: number;
  /** Waiting in the review queue (数据导入 → 挂链审核). */
  queued: number;
  /** Not classified: the file states their segments, a reviewer decided, or they are in a segment already. */
  kept: number;
  /** NEEDS ties proposed from the placed segments' inputs (the templates' FEEDS), marked inferred. */
  needsInferred: number;
  enterprises: PlacementLine[];
}

export interface SectionCounts {
  received: number;
  imported: number;
  rejected: number;
  held: number;
}

export interface ImportReport {
  dryRun: boolean;
  counts: Partial<Record<BundleSection, SectionCounts>>;
  written: {
    nodesCreated: number;
    nodesUpdated: number;
    nodesUnchanged: number;
    relsCreated: number;
    relsUpdated: number;
    relsUnchanged: number;
  };
  rejected: Rejection[];
  review: ReviewItem[];
  linked: Link[];
  /** File-level remarks: sheets or columns that were not understood and so ignored. */
  notes: string[];
  /** 挂链 of a roster's enterprises: present when the import was asked to place them. */
  placements?: PlacementSummary;
}

/** A report with nothing counted yet: the notes are those of reading the file. */
export function emptyReport(dryRun: boolean, notes: string[]): ImportReport {
  return {
    dryRun,
    counts: {},
    written: { nodesCreated: 0, nodesUpdated: 0, nodesUnchanged: 0, relsCreated: 0, relsUpdated: 0, relsUnchanged: 0 },
    rejected: [],
    review: [],
    linked: [],
    notes,
  };
}

/** One line per section for a terminal: 企业 enterprises: 120 received, 118 imported, 2 rejected. */
export function summariseReport(report: ImportReport): string {
  const lines = Object.entries(report.counts)
    .filter(([, c]) => c.received > 0)
    .map(
      ([section, c]) =>
        `${section}: ${c.received} received, ${c.imported} imported, ${c.rejected} rejected, ${c.held} held for review`,
    );
  const w = report.written;
  lines.push(
    report.dryRun
      ? 'dry run: nothing written'
      : `nodes: ${w.nodesCreated} created, ${w.nodesUpdated} updated, ${w.nodesUnchanged} unchanged; relationships: ${w.relsCreated} created, ${w.relsUpdated} updated, ${w.relsUnchanged} unchanged`,
  );
  const p = report.placements;
  if (p)
    lines.push(
      `placements (挂链): ${p.placed} placed on the chains, ${p.queued} waiting for review, ${p.kept} kept as they were; ${p.needsInferred} needs proposed from their segments' inputs (inferred)`,
    );
  lines.push(...report.notes);
  return lines.join('\n');
}

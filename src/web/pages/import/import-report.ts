import type { ImportPlacements } from './import-placements-view';

/** A row the import refused, where it was and why. */
export interface Rejection {
  section: string;
  position: string;
  line?: number;
  id?: string;
  field: string;
  reason: string;
}

/** A row held for a person to look at before it is imported. */
export interface HeldRow {
  position: string;
  line?: number;
  name?: string;
  reason: string;
}

/** An incoming enterprise linked to one the graph has, with what it filled in and where the two disagree. */
export interface LinkedRow {
  position: string;
  incomingName: string;
  linkedTo: string;
  linkedName: string;
  evidence?: string;
  filled?: string[];
  conflicts?: { field: string; kept: unknown; incoming: unknown }[];
}

/** The report an import job finishes with (the result of its `import.file` job). */
export interface ImportReport {
  dryRun: boolean;
  counts: Record<string, { received: number; imported: number; rejected: number; held: number }>;
  rejected: Rejection[];
  review: HeldRow[];
  linked?: LinkedRow[];
  notes: string[];
  totals?: { rejected: number; review: number };
  /** 挂链: enterprises placed on the chains by the import, or queued for review. */
  placements?: ImportPlacements;
}

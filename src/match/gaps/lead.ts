import type { Reasons } from '../reasons';
import type { SegmentStatus } from './chain-map';

/** A lead (招商线索) and the settings of the leads' ranking (leads.ts says what it ranks and how). */
export const LEADS_DEFAULTS = {
  limit: 20,
  weights: { demand: 0.35, ties: 0.25, quality: 0.15, distance: 0.15, orgTies: 0.1 },
} as const;

export interface Lead {
  enterpriseId: string;
  name: string;
  score: number;
  segments: { id: string; name: string; status: SegmentStatus }[];
  components: { demand: number; ties: number; quality: number; distance: number; orgTies: number };
  suppliesLocal: string[];
  reasons: Reasons;
}

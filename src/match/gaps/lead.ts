/** A lead (招商线索) and the settings of the leads' ranking (leads.ts says what it ranks and how). */
export const LEADS_DEFAULTS = {
  limit: 20,
  weights: { demand: 0.35, ties: 0.25, quality: 0.15, distance: 0.15, orgTies: 0.1 },
} as const;

/** The lead's shape is its answer schema's (src/domain/answers/leads.schema.ts): one source for engine and API. */
export type { Lead } from '../../domain/answers/leads.schema';

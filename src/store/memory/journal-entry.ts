import { z } from 'zod';

/** The mutating calls of the memory store, each replayable from its arguments and timestamp. */
export const JOURNAL_OPS = [
  'upsertNodes',
  'upsertRelationships',
  'deleteNode',
  'deleteRelationships',
  'writeCandidateRun',
  'writeReports',
] as const;

/**
 * One line of the journal: a write as it was asked (`args`), the time it stamps (`at`: replay
 * stamps the same), and its place in the order of writes (`seq`, increasing across snapshots).
 */
export const JournalEntry = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  op: z.enum(JOURNAL_OPS),
  args: z.array(z.unknown()),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

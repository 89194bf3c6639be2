import { z } from 'zod';
import { Id, NodeBase, IsoDate, Text } from './common.schema';
import { OutcomeEngine, OutcomeResult } from './enums';

/**
 * 成效: what became of a match redchain proposed — an enterprise contacted a partner, a lab solved
 * a problem, a lead settled in the park. Tied by OUTCOME_OF to what the advice was for (an
 * enterprise, a problem, a chain, a request) and by OUTCOME_WITH to whom it proposed. rank and
 * runId keep where the candidate stood in the list shown when the outcome was recorded, so
 * precision@k can be measured later, after newer runs have replaced that list.
 */
export const Outcome = NodeBase.extend({
  engine: OutcomeEngine,
  result: OutcomeResult,
  /** When it happened (the business date), not when it was recorded. */
  date: IsoDate,
  note: Text.default(''),
  /** Which list of the subject: upstream / downstream, experts / institutions, or the region of a chain's leads. */
  qualifier: z.string().trim().max(100).default(''),
  /** The candidate's rank in that list when recorded; absent when redchain had not proposed it. */
  rank: z.number().int().min(1).optional(),
  runId: z.string().max(100).optional(),
  /** finance: the amount signed, in yuan (financing_signed). */
  amountYuan: z.number().int().min(1).max(1_000_000_000_000).optional(),
  /** Who recorded it (the API key's name). */
  recordedBy: z.string().max(200).optional(),
  /**
   * What the advice was for and whom it proposed, as recorded. The OUTCOME_OF and OUTCOME_WITH
   * ties say the same while those nodes exist; these stay when one is deleted, so the outcome
   * still counts for its engine and its export can be imported again.
   */
  subjectId: Id.optional(),
  candidateId: Id.optional(),
  /** talent_hired: days from the need's posting to the hire (人才到岗用时). */
  daysToFill: z.number().int().min(0).optional(),
  /** finance: days from the need's posting to this signing (融资签约用时), when the need says when it was posted. */
  daysToSign: z.number().int().min(0).optional(),
});
export type Outcome = z.infer<typeof Outcome>;

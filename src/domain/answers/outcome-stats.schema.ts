import { z } from 'zod';
import { OutcomeEngine, OutcomeResult } from '../enums';

export const PrecisionAtK = z
  .object({
    k: z.number().int(),
    precision: z
      .number()
      .nullable()
      .describe(
        'Successes ranked within the top k, over k × the lists judged (an unjudged candidate is not relevant); null when no list has been judged (no data, not 0)',
      ),
    successesInTopK: z.number().int(),
    hitRate: z
      .number()
      .nullable()
      .describe(
        'Of the matches that succeeded, the share ranked within the top k; null when none has succeeded (no data)',
      ),
  })
  .meta({ id: 'PrecisionAtK' });
export type PrecisionAtK = z.infer<typeof PrecisionAtK>;

/** Precision@k of one engine's past advice against the outcomes recorded in the field. */
export const EnginePrecision = z
  .object({
    engine: OutcomeEngine,
    outcomes: z.number().int().describe('Outcomes recorded (POST /outcomes)'),
    requestsClosed: z
      .number()
      .int()
      .describe(
        'dispatch only (0 for the others): dispatched requests the enterprise closed with its rating, each judging its responder, a success from a rating of 4 of 5',
      ),
    listsJudged: z.number().int().describe('Distinct lists (subject and list) with at least one outcome'),
    matches: z.number().int().describe('Distinct candidates judged, each by its best outcome'),
    successes: z
      .number()
      .int()
      .describe(
        'Matches judged a success: contract_signed, problem_solved, lead_attracted or talent_hired, or a request closed rated 4 or 5',
      ),
    successesNotProposed: z.number().int().describe('Successes with a candidate redchain had not proposed'),
    byResult: z.record(OutcomeResult, z.number().int()),
    atK: z.array(PrecisionAtK),
  })
  .meta({ id: 'EnginePrecision' });
export type EnginePrecision = z.infer<typeof EnginePrecision>;

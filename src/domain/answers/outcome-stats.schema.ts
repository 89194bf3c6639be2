import { z } from 'zod';
import { OutcomeEngine, OutcomeResult } from '../enums';

export const PrecisionAtK = z
  .object({
    k: z.number().int(),
    precision: z
      .number()
      .describe('Successes ranked within the top k, over k × the lists judged (an unjudged candidate is not relevant)'),
    successesInTopK: z.number().int(),
    hitRate: z.number().describe('Of the matches that succeeded, the share ranked within the top k'),
  })
  .meta({ id: 'PrecisionAtK' });
export type PrecisionAtK = z.infer<typeof PrecisionAtK>;

/** Precision@k of one engine's past advice against the outcomes recorded in the field. */
export const EnginePrecision = z
  .object({
    engine: OutcomeEngine,
    outcomes: z.number().int(),
    listsJudged: z.number().int().describe('Distinct lists (subject and list) with at least one outcome'),
    matches: z.number().int().describe('Distinct candidates judged, each by its best outcome'),
    successes: z.number().int(),
    successesNotProposed: z.number().int().describe('Successes with a candidate redchain had not proposed'),
    byResult: z.record(OutcomeResult, z.number().int()),
    atK: z.array(PrecisionAtK),
  })
  .meta({ id: 'EnginePrecision' });
export type EnginePrecision = z.infer<typeof EnginePrecision>;

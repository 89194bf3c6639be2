import { z } from 'zod';
import { NodeKindSchema } from '../node-kinds';
import { SyntheticMark } from './synthetic.schema';

/** One search hit. */
export const SearchHit = z
  .object({
    kind: NodeKindSchema,
    id: z.string(),
    name: z.string(),
    synthetic: SyntheticMark,
    score: z.number().describe('1 = exact, towards 0 = loosely related'),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof SearchHit>;

export const NameCandidate = z
  .object({
    id: z.string(),
    name: z.string(),
    similarity: z.number().describe('1 = certain, 0 = unrelated'),
    matched: z.string().describe('The name or alias it matched'),
  })
  .meta({ id: 'NameCandidate' });
export type NameCandidate = z.infer<typeof NameCandidate>;

/** Which enterprise a name means: a match (and how it was found), or none or several, with candidates. */
export const Resolution = z
  .discriminatedUnion('outcome', [
    z.object({
      outcome: z.literal('match'),
      id: z.string(),
      name: z.string(),
      by: z.enum(['uscc', 'name', 'core', 'fuzzy']),
      similarity: z.number(),
      evidence: z.string().optional().describe('Why: the place evidence and the margin'),
    }),
    z.object({ outcome: z.literal('ambiguous'), candidates: z.array(NameCandidate) }),
    z.object({ outcome: z.literal('none'), candidates: z.array(NameCandidate) }),
  ])
  .meta({ id: 'Resolution' });
export type Resolution = z.infer<typeof Resolution>;

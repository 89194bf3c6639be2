import { z } from 'zod';

/** Why an engine proposes something, in Chinese as shown to users and the same in English. */
export const Reasons = z
  .object({
    zh: z.array(z.string()).describe('Why, in Chinese, as shown to users'),
    en: z.array(z.string()).describe('The same reasons in English'),
  })
  .meta({ id: 'Reasons' });
export type Reasons = z.infer<typeof Reasons>;

/** A node named in an answer. */
export const NamedRef = z.object({ id: z.string(), name: z.string() }).meta({ id: 'NamedRef' });
export type NamedRef = z.infer<typeof NamedRef>;

/** The chain and the region an answer is about (a map, a meeting plan): fields to spread into its object. */
export const ChainInRegion = { chain: NamedRef, region: NamedRef };

/** One sentence in Chinese and in English. */
export const Bilingual = z.object({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof Bilingual>;

import { z } from 'zod';

/** On a listed node: true when a generator made it up (the page shows a 合成 badge); absent when real. */
export const SyntheticMark = z
  .literal(true)
  .optional()
  .describe('Present (true) when the record is generated, e.g. the demo world’s surroundings; absent when real');

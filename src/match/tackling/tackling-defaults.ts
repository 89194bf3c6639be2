import type { TokenizerName } from '../../text/tokenizer';
import { DEFAULT_WEIGHTS } from '../weights';

/** The tackling engine's settings (tackling-index.ts says what it ranks and how). */
export const TACKLING_DEFAULTS = {
  limit: 20,
  /**
   * Institutions matching the ask this weakly (relative to the best) are not proposed: the level
   * at which "its research relates to the problem" is said, so none is proposed without it.
   */
  minInstitutionRelevance: 0.3,
  /**
   * People the problem's title and skills do not name are still proposed when its whole text
   * matches their profile at least this well (a researcher's papers rarely share the title's
   * words); a lone shared place or organisation name in a description stays below it.
   */
  minProfileRelevance: 0.05,
  /**
   * An expert is proposed only with a reason of substance: a required skill covered (by tags or
   * works), a problem of the same segment solved, or a profile relating to the problem at least
   * this well. Being near the poster or free to take work is never enough on its own. The bar is
   * low on purpose: real reviewers known only by their papers match papers they rated their
   * expertise 4–5 on at a median of 0.16 (docs/quality.md, Real data), and a bar of 0.3 kept
   * 6.7 % of those pairs on the list against 88 % at 0.1. The price is that a profile sharing one
   * generic word with the title (高精度, about 0.15) passes too; it ranks below anyone covering a
   * skill, and a profile sharing nothing (the location-only proposals) stays out.
   */
  minRelatedRelevance: 0.1,
  /** jieba ranked experts better than character bigrams on the generator's truth (docs/quality.md). */
  tokenizer: 'jieba' as TokenizerName,
  expertWeights: DEFAULT_WEIGHTS.experts,
  institutionWeights: DEFAULT_WEIGHTS.institutions,
} as const;

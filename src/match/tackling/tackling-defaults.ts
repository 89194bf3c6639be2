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
   * this well (the level at which '简历与成果和难题描述相关' is said). Being near the poster or
   * free to take work is never enough on its own. The profile match is an absolute cosine and
   * does not separate a shared generic word from expertise below this: a bio sharing only 高精度
   * with a title matches at 0.15 in the unit case, while real reviewers known only by papers match
   * papers they rated their expertise 4–5 on at a median of 0.16 (docs/quality.md, Real data: with
   * problems that name no skill, 6.7 % of rated pairs stay proposed at 0.3). Such researchers are
   * still proposed when a work shows a skill the problem names (coveredByTagsOrWorks).
   */
  minRelatedRelevance: 0.3,
  /** jieba ranked experts better than character bigrams on the generator's truth (docs/quality.md). */
  tokenizer: 'jieba' as TokenizerName,
  expertWeights: DEFAULT_WEIGHTS.experts,
  institutionWeights: DEFAULT_WEIGHTS.institutions,
} as const;

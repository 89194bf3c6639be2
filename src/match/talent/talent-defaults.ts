/**
 * The talent matcher's weights and limits. Skills weigh most (a need names them); the works and
 * profile text say the same from another side; the organisation that can recommend someone is the
 * trust signal the articles rely on (000: 组织推荐+双向考察); place matters least, since people move
 * for a post. Weights sum to 1.
 */
export const TALENT_DEFAULTS = {
  weights: { skills: 0.4, works: 0.25, place: 0.15, recommendation: 0.2 },
  /** Candidates answered per need. */
  limit: 10,
  /** Below this skills-or-works relevance a person is not proposed, however near or well connected. */
  minRelevance: 0.05,
} as const;

export type TalentWeights = { skills: number; works: number; place: number; recommendation: number };

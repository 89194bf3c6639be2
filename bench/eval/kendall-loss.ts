/**
 * The weighted Kendall-tau loss of the reviewer-assignment gold standard (Stelmakh, Wieting,
 * Neubig & Shah, "A Gold Standard Dataset for the Reviewer Assignment Problem", 2023): over every
 * pair of papers one expert rated differently, the pair costs |Δexpertise| when the ranking puts
 * the less-known paper above the better-known one and half of it when both score the same; the
 * total is divided by Σ|Δexpertise| over the pairs. A paper the ranking leaves out scores as if
 * tied with every other one left out (and below every paper ranked). 0 is perfect, a constant
 * score 0.5.
 */
export interface RatedPaper {
  paperId: string;
  expertise: number;
}

/** Loss and weight of one expert: the ratio over all experts is Σ loss / Σ weight. */
export interface ExpertLoss {
  loss: number;
  weight: number;
}

/**
 * @param scores the expert's ranking as paper id → score (higher is better); absent = left out
 * @example expertLoss([{paperId:'a',expertise:5},{paperId:'b',expertise:1}], new Map([['a',1],['b',2]])) // {loss:4, weight:4}
 */
export function expertLoss(rated: readonly RatedPaper[], scores: ReadonlyMap<string, number>): ExpertLoss {
  let loss = 0;
  let weight = 0;
  const scoreOf = (id: string) => scores.get(id) ?? -Infinity;
  for (let i = 0; i < rated.length; i++) {
    for (let j = i + 1; j < rated.length; j++) {
      const a = rated[i]!;
      const b = rated[j]!;
      const delta = Math.abs(a.expertise - b.expertise);
      if (delta === 0) continue;
      weight += delta;
      const [better, worse] = a.expertise > b.expertise ? [a, b] : [b, a];
      const sb = scoreOf(better.paperId);
      const sw = scoreOf(worse.paperId);
      if (sb === sw) loss += delta / 2;
      else if (sb < sw) loss += delta;
    }
  }
  return { loss, weight };
}

/** The data set's figure: Σ loss / Σ weight over the experts (0 when nobody has a rated pair). */
export function totalLoss(perExpert: readonly ExpertLoss[]): number {
  const weight = perExpert.reduce((sum, e) => sum + e.weight, 0);
  return weight === 0 ? 0 : perExpert.reduce((sum, e) => sum + e.loss, 0) / weight;
}

import type { PartnerWeights } from '../weights';
import type { PartnerCandidate, PartnerComponents } from './partner-list';
import type { PartnerAhead } from './partner-reasons';

/** How many of the components a candidate leads by are named: the largest, enough to see why. */
const NAMED = 3;

/**
 * Says why a candidate reached through two segments ranks above one reached directly. The ranking
 * is a weighted sum, so a two-step candidate can pass a direct one on words, distance, standing
 * or the party-organisation path even when no single one of these reaches the threshold at which
 * its own reason is said; without this the list shows a direct tie below a two-step one and no
 * word of why. Each such candidate gets the first direct one ranked below it and the components
 * it leads by, largest weighted difference first (in its `why`, so a stored list renders it too).
 * The list is changed in place; its order is not.
 */
export function noteOvertakes(candidates: PartnerCandidate[], weights: PartnerWeights): void {
  candidates.forEach((c, i) => {
    if (c.via.how !== 'two-hops') return;
    const passed = candidates.slice(i + 1).find((below) => below.via.how !== 'two-hops');
    if (!passed) return;
    // the reasons say it: they are rendered from `why` when read (explain-partner.ts)
    c.why.ahead = aheadOf(c.components, passed, weights);
  });
}

function aheadOf(mine: PartnerComponents, passed: PartnerCandidate, weights: PartnerWeights): PartnerAhead {
  const leads = (Object.keys(mine) as (keyof PartnerComponents)[])
    .map((component) => ({
      component,
      mine: mine[component],
      theirs: passed.components[component],
      weighted: weights[component] * (mine[component] - passed.components[component]),
    }))
    .filter((lead) => lead.weighted > 0)
    .sort((a, b) => b.weighted - a.weighted)
    .slice(0, NAMED)
    .map(({ component, mine: m, theirs }): PartnerAhead['leads'][number] => [component, m, theirs]);
  return { name: passed.name, leads };
}

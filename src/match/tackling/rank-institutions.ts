import type { ProjectedGraph } from '../../projection/projected-graph';
import { nameOf, nodeAt } from '../graph-access';
import { weightedScore, type InstitutionWeights } from '../weights';
import type { InstitutionIndex } from './institution-index';
import type { ProblemAsk } from './problem-ask';
import type { Solved } from './solved-problems';
import { TACKLING_DEFAULTS } from './tackling-defaults';
import { institutionReasons, type InstitutionWhy } from './tackling-reasons';
import type { InstitutionCandidate } from './tackling-result';
import { round, roundAll } from './thousandths';
import { idOfKey, keepTop } from './top-list';

/**
 * The institutions for a problem, for when no person's profile fits yet: few enough to score
 * all the ask matches (relevance relative to the best, those below minInstitutionRelevance
 * left out), then explain the top.
 *
 * Relevance relative to the best makes the best 1 whatever it matched, so a generic word of the
 * title (研发, 高精度) would put an institution first and let its region carry it ("与发榜单位同在
 * 湖北省" as its only reason). So a candidate must also share a term with what the problem needs
 * — its skills, or its title when it names none — and the poster is never its own candidate.
 */
export function rankInstitutions(
  graph: ProjectedGraph,
  index: InstitutionIndex,
  ask: ProblemAsk,
  weights: InstitutionWeights,
  limit: number,
): InstitutionCandidate[] {
  const { documents } = index;
  // read before the next search, which reuses its buffers
  const topical = new Set(documents.search(ask.skills.length > 0 ? ask.skills.join(' ') : ask.ask).docs);
  const hits = documents.search(ask.ask);
  const relevance = relativeTo(documents.scoreDocs(ask.whole, hits.docs));
  const top: { doc: number; score: number; components: InstitutionCandidate['components']; solved: Solved[] }[] = [];
  hits.docs.forEach((doc, i) => {
    if (relevance[i]! < TACKLING_DEFAULTS.minInstitutionRelevance || !topical.has(doc)) return;
    const key = documents.idOf(doc);
    if (key === ask.poster) return;
    const solved = ask.solvedHere(index.solvedBy(key));
    const components = {
      relevance: relevance[i]!,
      proximity: ask.near(key),
      trackRecord: Math.min(1, solved.length / 2),
    };
    keepTop(top, limit, { doc, score: round(weightedScore(components, weights)), components, solved }, (c) =>
      idOfKey(documents.idOf(c.doc)),
    );
  });
  return top.map(({ doc, score, components, solved }): InstitutionCandidate => {
    const key = documents.idOf(doc);
    const words = ask.nearWords(key);
    const why: InstitutionWhy = {};
    if (components.relevance >= TACKLING_DEFAULTS.minInstitutionRelevance) why.related = true;
    if (solved.length > 0) why.solved = solved[0]!.title;
    if (words.path && components.proximity > 0) why.path = [words.path.zh, words.path.en];
    else if (words.shared) why.shared = words.shared;
    return {
      institutionId: nodeAt(graph, key)!.id,
      name: nameOf(graph, key),
      score,
      components: roundAll(components),
      reasons: institutionReasons(why),
      why,
    };
  });
}

/** Each value over the largest (all 0 when the largest is 0), in place. */
function relativeTo(values: Float64Array): Float64Array {
  let best = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > best) best = values[i]!;
  for (let i = 0; i < values.length; i++) values[i] = best > 0 ? values[i]! / best : 0;
  return values;
}

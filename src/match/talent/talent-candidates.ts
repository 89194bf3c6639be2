import type { TalentCandidate, TalentCandidates } from '../../domain/answers/talent.schema';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { coveredSkills, normalisedCoverage, normaliseSkills, rememberingTagMatch } from '../../text/skill-overlap';
import { orgPaths } from '../algorithms/org-path';
import { EngineError } from '../engine-error';
import { keyOf, nameOf, nodeAt, outOf } from '../graph-access';
import { proximity } from '../proximity';
import { expertProfilesOf } from '../tackling/expert-profiles';
import { needAt, staffOf } from './talent-needs';
import { TALENT_DEFAULTS, type TalentWeights } from './talent-defaults';
import { recommendation } from './recommending-org';
import { talentReasons } from './talent-reasons';

export interface TalentOptions {
  limit?: number;
  weights?: TalentWeights;
  /** The day "how long open" is counted to (YYYY-MM-DD). */
  asOf: string;
  /** Whether party membership may be used and said (false for callers who may not see it). */
  membership?: boolean;
}

/**
 * 人才推荐: the people the graph knows who could fill a talent need, best first. Each is scored by
 * how their skills cover the need's (src/text skill overlap), how close their works, skills and
 * bio are to the role (the tackling side's expert profiles, read as they are), how near they work
 * to the enterprise (region distance), and the party organisation that can recommend them (the
 * organisational path partners use). Nobody working at the posting enterprise is proposed, nor
 * anyone whose skills and works say nothing of the role.
 *
 * @example talentCandidates(graph, 'tn-techmgr', { asOf: '2025-04-01' }).candidates[0].person.name
 */
export function talentCandidates(graph: ProjectedGraph, needId: string, options: TalentOptions): TalentCandidates {
  const { limit = TALENT_DEFAULTS.limit, weights = TALENT_DEFAULTS.weights, asOf, membership = true } = options;
  if (!Number.isInteger(limit) || limit < 1) throw EngineError.badArgument('limit', 'must be a whole number ≥ 1');
  const need = needAt(graph, keyOf('TalentNeed', needId), asOf);
  const staff = staffOf(graph, need.enterprise);
  const wanted = normaliseSkills(need.view.skills);
  const match = rememberingTagMatch();
  const profiles = expertProfilesOf(graph);
  const roleVector = profiles.problemVector(need.key);
  const paths = orgPaths(graph, need.enterprise);

  const scored: { person: string; score: number; skills: number; works: number; closestWork: string | null }[] = [];
  graph.forEachNode((person, node) => {
    if (node.kind !== 'Person' || staff.has(person)) return;
    const skills = normalisedCoverage(
      wanted,
      normaliseSkills((node.props['skills'] as string[] | undefined) ?? []),
      match,
    );
    const profile = profiles.hasProfile(person) ? profiles.match(person, roleVector) : null;
    const works = profile?.score ?? 0;
    if (Math.max(skills, works) < TALENT_DEFAULTS.minRelevance) return;
    // relevance first: place and recommendation are added only for those worth explaining
    scored.push({
      person,
      score: weights.skills * skills + weights.works * works,
      skills,
      works,
      closestWork: profile?.closestWork ?? null,
    });
  });

  const candidates: Omit<TalentCandidate, 'rank'>[] = scored.map((s) => {
    const employer = outOf(graph, s.person, 'WORKS_AT')[0] ?? null;
    const place = employer ? proximity(graph, need.enterprise, employer) : { score: 0, zh: '', en: '' };
    const rec = recommendation(graph, paths, s.person, { membership });
    const components = {
      skills: round(s.skills),
      works: round(s.works),
      place: round(place.score),
      recommendation: rec.trust,
    };
    const covered = coveredSkills(need.view.skills, (nodeAt(graph, s.person)!.props['skills'] as string[]) ?? []);
    const named = (key: string) => ({ id: nodeAt(graph, key)!.id, name: nameOf(graph, key) });
    return {
      person: named(s.person),
      score: round(s.score + weights.place * place.score + weights.recommendation * rec.trust),
      components,
      employer: employer ? named(employer) : null,
      coveredSkills: covered,
      closestWork: s.closestWork,
      recommendedBy: rec.org ? named(rec.org) : null,
      orgPath: rec.steps,
      reasons: talentReasons({
        covered,
        works: s.works,
        closestWork: s.closestWork,
        place,
        rec,
        employer: employer ? nameOf(graph, employer) : null,
        recommender: rec.org ? nameOf(graph, rec.org) : null,
      }),
    };
  });
  candidates.sort((a, b) => b.score - a.score || a.person.id.localeCompare(b.person.id));
  return { need: need.view, candidates: candidates.slice(0, limit).map((c, i) => ({ ...c, rank: i + 1 })) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

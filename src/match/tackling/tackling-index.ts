import { derived } from '../../projection/derived';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import { TOKENIZERS, type TokenizerName } from '../../text/tokenizer';
import { orgPaths, type OrgPaths } from '../algorithms/org-path';
import { intoOf, keyOf, nameOf, nodeAt, outOf, regionChain } from '../graph-access';
import { ExpertWeights, InstitutionWeights } from '../weights';
import { ExpertIndex, type StaffTokens } from './expert-index';
import { InstitutionIndex } from './institution-index';
import { problemAsk } from './problem-ask';
import { rankExperts } from './rank-experts';
import { rankInstitutions } from './rank-institutions';
import { solvedProblems } from './solved-problems';
import { TACKLING_DEFAULTS } from './tackling-defaults';
import { tacklingUntouched } from './tackling-reads';
import type { TacklingResult } from './tackling-result';

export { TACKLING_DEFAULTS } from './tackling-defaults';
export type { ExpertCandidate, InstitutionCandidate, TacklingResult } from './tackling-result';

/**
 * 红链技术攻坚榜: who should take problem P (DESIGN.md §6 Tackling). Built once per projection
 * (the text indexes over people and institutions are the costly part) and then asked per
 * problem. Anyone with works, skills or a bio is a candidate (a researcher known only by papers
 * too). Experts are ranked by relevance of the problem's text and skills to their profile of
 * works, skills and bio (expert-profiles.ts: a cosine in [0, 1], comparable across problems and
 * experts), skill coverage, track record (solved problems in the same segment),
 * organisational proximity to the poster, and available load; a party-member weight exists as a
 * policy knob and defaults to 0. Nobody is proposed for a problem posted by their own employer.
 * Institutions are ranked too, for problems where no person profiles exist yet.
 *
 * The people's side is expert-index.ts (ranked by rank-experts.ts), the institutions'
 * institution-index.ts (rank-institutions.ts); problem-ask.ts is what both read of the problem.
 */

/**
 * The tackling index of a projection with the default tokenizer, built once per projection (7 s
 * at province scale) and kept through a patch that touched nothing it reads (tackling-reads.ts).
 */
export function tacklingIndexOf(graph: ProjectedGraph): TacklingIndex {
  return derived(
    graph,
    'tackling-index',
    () => new TacklingIndex(graph),
    (index, change) => (tacklingUntouched(change) ? index : null),
  );
}

export class TacklingIndex {
  private readonly experts: ExpertIndex;
  private readonly institutions: InstitutionIndex;
  /** Region chains of employers and institutions, nearest first, read once each. */
  private readonly regionsOf = new Map<string, string[]>();
  /** The previous problem's organisational search, whose arrays the next one reuses. */
  private lastPaths: OrgPaths | undefined;

  constructor(
    readonly graph: ProjectedGraph,
    private readonly options: { tokenizer?: TokenizerName } = {},
  ) {
    const tokenizerName = options.tokenizer ?? TACKLING_DEFAULTS.tokenizer;
    const staff: StaffTokens = new Map();
    const solvedBy = solvedProblems(graph);
    this.experts = new ExpertIndex(graph, tokenizerName, solvedBy, staff);
    this.institutions = new InstitutionIndex(graph, TOKENIZERS[tokenizerName], solvedBy, staff);
  }

  /** @example new TacklingIndex(graph).rank('prob-lidar').institutions[0].name // 湖北江城实验室 */
  rank(
    problemId: string,
    {
      limit = TACKLING_DEFAULTS.limit,
      expertWeights = {},
      institutionWeights = {},
      minRelatedRelevance = TACKLING_DEFAULTS.minRelatedRelevance,
    }: {
      limit?: number;
      /** TACKLING_DEFAULTS.minRelatedRelevance: the profile match that alone makes an expert proposable. */
      minRelatedRelevance?: number;
      expertWeights?: Partial<ExpertWeights>;
      institutionWeights?: Partial<InstitutionWeights>;
    } = {},
  ): TacklingResult {
    const { graph } = this;
    const problemKey = keyOf('Problem', problemId);
    const problem = nodeAt(graph, problemKey);
    if (!problem || problem.kind !== 'Problem') throw EngineError.notFound(`Problem '${problemId}'`);
    if (!(Number.isInteger(limit) && limit >= 1)) throw EngineError.badArgument('limit', 'must be a whole number ≥ 1');
    if (!(minRelatedRelevance >= 0 && minRelatedRelevance <= 1))
      throw EngineError.badArgument('minRelatedRelevance', 'must be a number from 0 to 1');
    const weightsE = ExpertWeights.parse({ ...TACKLING_DEFAULTS.expertWeights, ...expertWeights });
    const weightsI = InstitutionWeights.parse({ ...TACKLING_DEFAULTS.institutionWeights, ...institutionWeights });
    const poster = intoOf(graph, problemKey, 'POSTED')[0] ?? null;
    const paths = poster ? (this.lastPaths = orgPaths(graph, poster, { recycle: this.lastPaths })) : null;
    const ask = problemAsk(graph, problemKey, poster, paths, (key) => this.regions(key));
    const { experts, excluded } = rankExperts(graph, this.experts, ask, weightsE, limit, minRelatedRelevance);
    const institutions = rankInstitutions(graph, this.institutions, ask, weightsI, limit);
    return {
      problem: {
        id: problem.id,
        title: nameOf(graph, problemKey),
        skills: ask.skills,
        teamSize: Number(problem.props['teamSize'] ?? 5),
      },
      experts,
      institutions,
      excluded,
    };
  }

  private regions(key: string): string[] {
    let chain = this.regionsOf.get(key);
    if (!chain)
      this.regionsOf.set(key, (chain = regionChain(this.graph, outOf(this.graph, key, 'LOCATED_IN')[0] ?? null)));
    return chain;
  }
}

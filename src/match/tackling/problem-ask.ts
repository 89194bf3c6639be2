import type { ProjectedGraph } from '../../projection/projected-graph';
import { normaliseSkills } from '../../text/skill-overlap';
import { describePath, distanceTo, pathTo, trustOfHops, type OrgPaths } from '../algorithms/org-path';
import { nameOf, outOf } from '../graph-access';
import type { Solved } from './solved-problems';

/**
 * What ranking experts and ranking institutions both read of one problem: its texts, skills and
 * segments, and how near an organisation is to the poster (worked out once per organisation and
 * problem: many experts share an employer).
 */
export interface ProblemAsk {
  problemKey: string;
  skills: string[];
  /** The skills normalised, as skill coverage compares them. */
  wanted: string[];
  /** Title and skills: only people and institutions it matches are candidates. */
  ask: string;
  /** The ask and the description: what relevance reads. */
  whole: string;
  /** The organisation that posted the problem, if known. */
  poster: string | null;
  /** Of someone's solved problems, those in this problem's segments. */
  solvedHere(solved: Solved[]): Solved[];
  /** An organisation's proximity to the poster: a shared region or the party-organisation path, the nearer. */
  near(key: string): number;
  /** The same in words: the smallest region shared with the poster, and the path to it. */
  nearWords(key: string): NearWords;
}

export interface NearWords {
  shared: string | null;
  path: { zh: string; en: string } | null;
}

const REGION_SCORE: Record<string, number> = { park: 0.6, district: 0.55, city: 0.5, province: 0.3 };

/**
 * The ask of the problem at `problemKey`. `paths` is the organisational search from its poster
 * (null without one); `regions` gives an organisation's region chain, nearest first.
 */
export function problemAsk(
  graph: ProjectedGraph,
  problemKey: string,
  poster: string | null,
  paths: OrgPaths | null,
  regions: (key: string) => string[],
): ProblemAsk {
  const props = graph.getNodeAttribute(problemKey, 'props');
  const skills = (props['skills'] as string[] | undefined) ?? [];
  // Relevance reads the whole problem (the description names the segment and the setting), but
  // only people its title and skills match are candidates: a description also names places and
  // organisations, which would otherwise propose people for where they work, not what they know.
  const ask = `${String(props['title'] ?? '')} ${skills.join(' ')} ${skills.join(' ')}`;
  const segments = new Set(outOf(graph, problemKey, 'ABOUT'));
  const posterRegions = poster ? regions(poster) : [];
  const nearness = new Map<string, number>();
  return {
    problemKey,
    skills,
    wanted: normaliseSkills(skills),
    ask,
    whole: `${ask} ${String(props['description'] ?? '')}`,
    poster,
    solvedHere: (solved) =>
      solved.length === 0 ? solved : solved.filter((s) => s.segments.some((segment) => segments.has(segment))),
    near: (key) => {
      let score = nearness.get(key);
      if (score === undefined) {
        const shared = regions(key).find((r) => posterRegions.includes(r));
        const regionScore = shared ? (REGION_SCORE[levelOf(graph, shared)] ?? 0) : 0;
        score = Math.max(regionScore, paths ? trustOfHops(distanceTo(graph, paths, key)) : 0);
        nearness.set(key, score);
      }
      return score;
    },
    nearWords: (key) => {
      const shared = regions(key).find((r) => posterRegions.includes(r)) ?? null;
      const hops = paths ? pathTo(graph, paths, key) : [];
      return {
        shared: shared ? nameOf(graph, shared) : null,
        path: hops.length > 0 ? describePath(graph, hops) : null,
      };
    },
  };
}

function levelOf(graph: ProjectedGraph, regionKey: string): string {
  return String(graph.getNodeAttribute(regionKey, 'props')['level'] ?? '');
}

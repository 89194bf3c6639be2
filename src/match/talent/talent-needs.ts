import type { TalentNeedView } from '../../domain/answers/talent.schema';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import { intoOf, keyOf, nameOf, nodeAt, outOf, regionChain } from '../graph-access';

const DAY_MS = 86_400_000;

/** A need's place in the graph: its node, the enterprise that posted it and that one's region and chains. */
export interface NeedAt {
  key: string;
  enterprise: string;
  region: string | null;
  chains: string[];
  view: TalentNeedView;
}

/** Whole days from one date to another (ISO dates or instants), never below 0. */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY_MS));
}

/** The chains an enterprise is on: those of the segments it makes. */
export function chainsOf(graph: ProjectedGraph, enterprise: string): string[] {
  const chains = outOf(graph, enterprise, 'IN_SEGMENT').flatMap((s) =>
    outOf(graph, s, 'PART_OF').filter((c) => nodeAt(graph, c)?.kind === 'Chain'),
  );
  return [...new Set(chains)].sort();
}

/**
 * A need as answered, with how long it has been (or was) open as of `asOf` (YYYY-MM-DD).
 * @example needAt(graph, 'TalentNeed:tn-1', '2025-04-01').view.daysOpen // 29
 */
export function needAt(graph: ProjectedGraph, key: string, asOf: string): NeedAt {
  const node = nodeAt(graph, key);
  if (!node || node.kind !== 'TalentNeed')
    throw EngineError.notFound(`TalentNeed '${key.slice(key.indexOf(':') + 1)}'`);
  const enterprise = outOf(graph, key, 'NEEDED_BY')[0];
  if (!enterprise) throw EngineError.badArgument('needId', `TalentNeed '${node.id}' names no enterprise`);
  const region = outOf(graph, enterprise, 'LOCATED_IN')[0] ?? null;
  const chains = [...new Set([...outOf(graph, key, 'FOR_CHAIN'), ...chainsOf(graph, enterprise)])].sort();
  const p = node.props;
  const postedAt = String(p['postedAt']);
  const filledAt = typeof p['filledAt'] === 'string' ? p['filledAt'] : null;
  const named = (k: string) => ({ id: nodeAt(graph, k)!.id, name: nameOf(graph, k) });
  return {
    key,
    enterprise,
    region,
    chains,
    view: {
      id: node.id,
      title: String(p['title']),
      skills: (p['skills'] as string[] | undefined) ?? [],
      level: String(p['level'] ?? 'engineer'),
      count: Number(p['count'] ?? 1),
      status: String(p['status'] ?? 'open'),
      postedAt,
      filledAt,
      daysOpen: daysBetween(postedAt, filledAt ?? asOf),
      source: typeof p['source'] === 'string' ? p['source'] : null,
      enterprise: named(enterprise),
      region: region ? named(region) : null,
      chains: chains.map(named),
    },
  };
}

/**
 * The talent needs of a chain's enterprises, in a region and below when one is given, each with
 * its place; oldest first.
 */
export function needsOfChain(graph: ProjectedGraph, chainId: string, regionId: string | null, asOf: string): NeedAt[] {
  const chainKey = keyOf('Chain', chainId);
  if (nodeAt(graph, chainKey)?.kind !== 'Chain') throw EngineError.notFound(`Chain '${chainId}'`);
  const regionKey = regionId ? keyOf('Region', regionId) : null;
  if (regionKey && nodeAt(graph, regionKey)?.kind !== 'Region') throw EngineError.notFound(`Region '${regionId}'`);
  const needs: NeedAt[] = [];
  graph.forEachNode((key, node) => {
    // a need whose enterprise was deleted is on no chain
    if (node.kind !== 'TalentNeed' || outOf(graph, key, 'NEEDED_BY').length === 0) return;
    const need = needAt(graph, key, asOf);
    if (!need.chains.includes(chainKey)) return;
    if (regionKey && !regionChain(graph, need.region).includes(regionKey)) return;
    needs.push(need);
  });
  return needs.sort((a, b) => a.view.postedAt.localeCompare(b.view.postedAt) || a.view.id.localeCompare(b.view.id));
}

/** The people working at an enterprise (never proposed for its own needs). */
export function staffOf(graph: ProjectedGraph, enterprise: string): Set<string> {
  return new Set(intoOf(graph, enterprise, 'WORKS_AT'));
}

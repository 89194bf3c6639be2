import type { ChainExtension, ExtensionLink } from '../../domain/answers/extension.schema';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import { edgeProps, intoOf, keyOf, nameOf, nodeAt, outOf } from '../graph-access';
import { reasonList } from '../reasons';
import { chainSegments, localEnterprises } from './chain-map';

/**
 * 延链: where a region's chain can reach into other chains, read from the FEEDS ties between
 * segments of different chains, both ways — downstream, what this chain's segments supply to
 * another chain (锂电池电芯 → 新能源汽车); upstream, what another chain supplies into this one
 * (竹基硬碳 → 锂电负极). Any stage counts: a midstream material can feed another chain's cell.
 * Each link says how many enterprises of the region already produce the other chain's segment:
 * a link the region already has producers for is an extension it can build on, one with none a
 * segment to attract. Strongest first: local producers, then the tie's weight.
 */
export function chainExtension(graph: ProjectedGraph, chainId: string, regionId: string): ChainExtension {
  const chainKey = keyOf('Chain', chainId);
  const regionKey = keyOf('Region', regionId);
  if (!nodeAt(graph, chainKey)) throw EngineError.notFound(`Chain '${chainId}'`);
  if (!nodeAt(graph, regionKey)) throw EngineError.notFound(`Region '${regionId}'`);
  const local = localEnterprises(graph, regionKey);
  const regionName = nameOf(graph, regionKey);
  const links: ExtensionLink[] = [];
  for (const segment of chainSegments(graph, chainKey)) {
    for (const fed of outOf(graph, segment, 'FEEDS'))
      pushLink(
        links,
        graph,
        { chainKey, local, regionName },
        'downstream',
        segment,
        fed,
        edgeWeight(graph, segment, fed),
      );
    for (const feeder of intoOf(graph, segment, 'FEEDS'))
      pushLink(
        links,
        graph,
        { chainKey, local, regionName },
        'upstream',
        segment,
        feeder,
        edgeWeight(graph, feeder, segment),
      );
  }
  links.sort(
    (a, b) =>
      b.localProducers - a.localProducers ||
      b.weight - a.weight ||
      a.direction.localeCompare(b.direction) ||
      a.segment.id.localeCompare(b.segment.id) ||
      a.other.id.localeCompare(b.other.id),
  );
  return {
    chain: { id: chainId, name: nameOf(graph, chainKey) },
    region: { id: regionId, name: regionName },
    links,
  };
}

interface Setting {
  chainKey: string;
  local: Set<string>;
  regionName: string;
}

function pushLink(
  links: ExtensionLink[],
  graph: ProjectedGraph,
  s: Setting,
  direction: ExtensionLink['direction'],
  segment: string,
  other: string,
  weight: number,
): void {
  const otherChain = outOf(graph, other, 'PART_OF').find((key) => nodeAt(graph, key)?.kind === 'Chain');
  if (!otherChain || otherChain === s.chainKey) return;
  const localProducers = intoOf(graph, other, 'IN_SEGMENT').filter((e) => s.local.has(e)).length;
  const names = {
    segment: nameOf(graph, segment),
    other: nameOf(graph, other),
    chain: nameOf(graph, otherChain),
  };
  const { say, list } = reasonList();
  if (direction === 'downstream')
    say(
      `本链「${names.segment}」供给${names.chain}的「${names.other}」：向下游延伸`,
      `this chain’s ${names.segment} supplies ${names.other} of the ${names.chain} chain: extends downstream`,
    );
  else
    say(
      `${names.chain}的「${names.other}」供给本链「${names.segment}」：向上游延伸`,
      `${names.other} of the ${names.chain} chain supplies this chain’s ${names.segment}: extends upstream`,
    );
  if (localProducers > 0)
    say(
      `${s.regionName}已有${localProducers}家企业生产「${names.other}」`,
      `${localProducers} enterprise(s) in ${s.regionName} already make ${names.other}`,
    );
  else
    say(
      `${s.regionName}尚无企业生产「${names.other}」：可作招商方向`,
      `no enterprise in ${s.regionName} makes ${names.other} yet: a direction for investment`,
    );
  links.push({
    direction,
    segment: { id: nodeAt(graph, segment)!.id, name: names.segment },
    other: { id: nodeAt(graph, other)!.id, name: names.other },
    otherChain: { id: nodeAt(graph, otherChain)!.id, name: names.chain },
    weight,
    localProducers,
    reasons: list,
  });
}

function edgeWeight(graph: ProjectedGraph, from: string, to: string): number {
  const weight = edgeProps(graph, from, to, 'FEEDS')?.['weight'];
  return typeof weight === 'number' ? weight : 1;
}

import type { ProjectedGraph } from '../projection/projected-graph';
import { nameOf, nodeAt, outOf, regionChain } from './graph-access';

/**
 * How near two enterprises are: by coordinates when both have them (1 within 5 km, falling to 0
 * at 300 km), else by the smallest region they share: the same park 1, district 0.85, city 0.7,
 * province 0.4, nothing known 0.1. Returns the score and the reason.
 */
export function proximity(graph: ProjectedGraph, a: string, b: string): { score: number; zh: string; en: string } {
  const na = nodeAt(graph, a);
  const nb = nodeAt(graph, b);
  const [la, ga, lb, gb] = [na?.props['lat'], na?.props['lng'], nb?.props['lat'], nb?.props['lng']];
  const regionsA = regionChain(graph, outOf(graph, a, 'LOCATED_IN')[0] ?? null);
  const regionsB = new Set(regionChain(graph, outOf(graph, b, 'LOCATED_IN')[0] ?? null));
  const shared = regionsA.find((r) => regionsB.has(r));
  if (typeof la === 'number' && typeof ga === 'number' && typeof lb === 'number' && typeof gb === 'number') {
    const km = haversineKm(la, ga, lb, gb);
    const score = km <= 5 ? 1 : Math.max(0, 1 - (km - 5) / 295);
    return { score, zh: `相距约${km.toFixed(0)}公里`, en: `about ${km.toFixed(0)} km apart` };
  }
  if (!shared) return { score: regionsA.length && regionsB.size ? 0.1 : 0, zh: '', en: '' };
  const level = String(nodeAt(graph, shared)?.props['level'] ?? '');
  const score =
    ({ park: 1, district: 0.85, city: 0.7, province: 0.4, country: 0.2 } as Record<string, number>)[level] ?? 0.2;
  const name = nameOf(graph, shared);
  return { score, zh: `同属${name}`, en: `both in ${name}` };
}

function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

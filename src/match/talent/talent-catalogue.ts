import { TalentLevels } from '../../domain/talent-enums';
import type { CatalogueEntry, TalentCatalogue } from '../../domain/answers/talent.schema';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { normaliseSkill } from '../../text/skill-overlap';
import { keyOf, nameOf } from '../graph-access';
import { needsOfChain, type NeedAt } from './talent-needs';

/**
 * 急需紧缺人才目录: a chain's catalogue of scarce talent, drawn from its enterprises' open needs
 * (in a region and below when one is given). Needs for the same role — its name folded as skills
 * are (NFKC, case, spaces) — are one entry: how many needs and people, which enterprises and
 * regions, the skills asked most, and how long they have stayed open. Scarcest first: the most
 * people wanted, then the longest open. The filled needs say how long filling took.
 *
 * @example talentCatalogue(graph, 'chain-optics', 'region-xianning-hitech', '2025-06-01').entries[0].role // '技术经理'
 */
export function talentCatalogue(
  graph: ProjectedGraph,
  chainId: string,
  regionId: string | null,
  asOf: string,
): TalentCatalogue {
  const needs = needsOfChain(graph, chainId, regionId, asOf);
  const open = needs.filter((n) => n.view.status === 'open');
  const byRole = new Map<string, NeedAt[]>();
  for (const need of open) {
    const role = normaliseSkill(need.view.title) || need.view.title;
    byRole.set(role, [...(byRole.get(role) ?? []), need]);
  }
  const entries = [...byRole.values()].map(entryOf);
  entries.sort(
    (a, b) => b.headcount - a.headcount || b.longestOpenDays - a.longestOpenDays || a.role.localeCompare(b.role),
  );
  const filled = needs.filter((n) => n.view.status === 'filled');
  const regionKey = regionId ? keyOf('Region', regionId) : null;
  return {
    chain: { id: chainId, name: nameOf(graph, keyOf('Chain', chainId)) },
    region: regionKey ? { id: regionId!, name: nameOf(graph, regionKey) } : null,
    asOf,
    openNeeds: open.length,
    headcount: open.reduce((sum, n) => sum + n.view.count, 0),
    entries,
    filled: { needs: filled.length, medianDaysToFill: median(filled.map((n) => n.view.daysOpen)) },
    needs: [...needs].reverse().map((n) => n.view),
  };
}

function entryOf(needs: NeedAt[]): CatalogueEntry {
  const views = needs.map((n) => n.view);
  const skills = new Map<string, number>();
  for (const v of views) for (const s of new Set(v.skills)) skills.set(s, (skills.get(s) ?? 0) + 1);
  const unique = <T extends { id: string }>(refs: T[]) => [...new Map(refs.map((r) => [r.id, r])).values()];
  const level = TalentLevels.values[Math.max(...views.map((v) => TalentLevels.values.indexOf(v.level as never)))];
  const days = views.map((v) => v.daysOpen);
  return {
    role: mostCommon(views.map((v) => v.title)),
    level: level ?? 'engineer',
    needs: views.length,
    headcount: views.reduce((sum, v) => sum + v.count, 0),
    enterprises: unique(views.map((v) => v.enterprise)),
    regions: unique(views.flatMap((v) => (v.region ? [v.region] : []))),
    skills: [...skills]
      .map(([skill, n]) => ({ skill, needs: n }))
      .sort((a, b) => b.needs - a.needs || a.skill.localeCompare(b.skill)),
    longestOpenDays: Math.max(...days),
    medianOpenDays: median(days) ?? 0,
    needIds: views.map((v) => v.id),
  };
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** The median, or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

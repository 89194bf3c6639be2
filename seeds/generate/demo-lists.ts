import type { ProjectStatus } from '../../src/domain';
import { RESOURCE_NAMES, RESOURCE_WORDS } from './list-vocabulary';
import { DEMO_PLACES } from './demo-places';
import type { Prng } from './prng';

type Rec = Record<string, unknown>;
type Kind = keyof typeof RESOURCE_WORDS;
const KINDS = Object.keys(RESOURCE_WORDS) as Kind[];

/** An action project of a chain, by the kind of work (强链补链, 厂房, 对接, 攻坚). */
const PROJECT_KINDS = [
  { name: '强链补链招商项目', milestones: ['签约', '开工', '投产'] },
  { name: '标准厂房建设', milestones: ['立项', '开工', '主体完工', '交付'] },
  { name: '供需对接专场', milestones: ['摸排需求', '举办对接会', '跟踪签约'] },
  { name: '技术攻坚榜发布', milestones: ['征集难题', '发榜', '揭榜', '验收'] },
] as const;

/**
 * The departments' resources and the action projects of the demo world (3张清单): in each of the
 * articles' parks a generated 企业服务中心 (a department) offering a resource of each kind for any
 * chain and, half the time, one for a chain the park focuses on; two or three projects per chain
 * there, with their progress. Drawn from their own Prng (the caller's seed + 41), so that the
 * other draws of the demo world do not shift; every record marked synthetic.
 */
export function generateDemoLists(
  regionNames: ReadonlyMap<string, string>,
  chainNames: ReadonlyMap<string, string>,
  prng: Prng,
): Rec {
  const departments: Rec[] = [];
  const serviceResources: Rec[] = [];
  const actionProjects: Rec[] = [];
  const mark = { source: 'generated', synthetic: true };
  for (const place of DEMO_PLACES) {
    const region = place.regionId;
    const placeName = regionNames.get(region) ?? place.city;
    const department = `demo-dept-${region.replace(/^region-/u, '')}`;
    departments.push({
      id: department,
      name: `${placeName}企业服务中心`,
      regionId: region,
      remit: ['policy', 'financing', 'talent', 'technology', 'market', 'land', 'approval'],
      description: `${placeName}为企业提供政策、资金、用地、人才、审批等服务`,
      ...mark,
    });
    const resource = (kind: Kind, chainId: string | null, n: number) => {
      const keywords = prng.sample(RESOURCE_WORDS[kind], 2);
      const chain = chainId ? (chainNames.get(chainId) ?? '') : '';
      serviceResources.push({
        id: `demo-res-${region.replace(/^region-/u, '')}-${kind}-${n}`,
        name: `${chain}${keywords[0]}${RESOURCE_NAMES[kind]}`,
        kind,
        keywords,
        description: `${placeName}面向${chain ? `${chain}产业链` : ''}企业提供${keywords.join('、')}等服务`,
        departmentId: department,
        regionId: region,
        chainIds: chainId ? [chainId] : [],
        ...(prng.chance(0.3) ? { capacity: prng.between(10, 200) } : {}),
        validUntil: `${prng.chance(0.1) ? 2025 : 2027}-12-31`,
        ...mark,
      });
    };
    for (const kind of KINDS) {
      resource(kind, null, 0);
      if (prng.chance(0.5)) resource(kind, prng.pick(place.focus).chainId, 1);
    }
    place.focus.forEach(({ chainId }, c) => {
      const chain = chainNames.get(chainId) ?? chainId;
      prng.sample(PROJECT_KINDS, prng.between(2, 3)).forEach((kind, k) => {
        const progress = prng.pick([0, 10, 25, 40, 60, 80, 100]);
        const status: ProjectStatus =
          progress === 100 ? 'done' : progress === 0 ? 'planned' : prng.chance(0.15) ? 'stalled' : 'ongoing';
        actionProjects.push({
          id: `demo-proj-${region.replace(/^region-/u, '')}-${c}-${k}`,
          name: `${chain}${kind.name}`,
          description: `${placeName}${chain}产业链${kind.name}`,
          regionId: region,
          chainIds: [chainId],
          departmentId: department,
          dueDate: `${prng.pick([2026, 2027])}-${String(prng.between(1, 12)).padStart(2, '0')}-28`,
          progress,
          status,
          milestones: [...kind.milestones],
          milestonesDone: Math.round((kind.milestones.length * progress) / 100),
          ...mark,
        });
      });
    });
  }
  return { departments, serviceResources, actionProjects };
}

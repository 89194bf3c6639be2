import type { DemoEnterprises } from './demo-enterprises';
import { Prng } from './prng';
import { GIVEN_CHARS, SURNAMES } from './vocabulary';

type Rec = Record<string, unknown>;

export const DEMO_MOBILE_DEFAULTS = {
  /** Members who work in another city than their membership organisation's (about 000's 28). */
  count: 28,
  /** Of them, those with an earlier spell away and back on their record. */
  earlierSpell: 0.3,
} as const;

/** Where membership organisations are and the cities the members go to work in (000: 咸宁 → 武汉). */
const HOME_CITY_WEIGHTS: Record<string, number> = { 咸宁: 6, 荆州: 1, 白银: 1, 镇江: 1 };

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The demo world's 流动党员: members whose membership organisation (an article's party organisation
 * of a 咸宁 park, mostly, as in 000) stays at home while they work at a generated enterprise of
 * another city — 武汉 first — co-managed (MANAGED_BY) by the organisation covering that
 * enterprise, or the workplace park's. Each has the outflow on their record, some an earlier spell
 * away and back. Its own stream of random numbers (seed + 47), so the rest of the world is as it
 * was; every record synthetic.
 *
 * @example generateDemoMobileMembers(ents, branchOf, 20261203).people.length // 28
 */
export function generateDemoMobileMembers(
  ents: DemoEnterprises,
  branchOf: ReadonlyMap<string, string>,
  seed: number,
  { count = DEMO_MOBILE_DEFAULTS.count }: { count?: number } = {},
): { people: Rec[]; memberMoves: Rec[] } {
  const prng = new Prng(seed + 47);
  const homes = [
    ...new Map(
      ents.placement
        .filter((p) => p.place.partyOrgId && HOME_CITY_WEIGHTS[p.place.city])
        .map((p) => [p.place.regionId, p.place]),
    ).values(),
  ];
  // a workplace: a generated enterprise with an organisation that can co-manage (its branch, else its park's)
  const workplaces = ents.placement
    .map((p, i) => ({
      enterprise: ents.enterprises[i]!,
      place: p.place,
      org: branchOf.get(String(ents.enterprises[i]!['id'])) ?? p.place.partyOrgId,
    }))
    .filter((w): w is typeof w & { org: string } => w.org !== undefined);
  const people: Rec[] = [];
  const memberMoves: Rec[] = [];
  if (homes.length === 0 || workplaces.length === 0) return { people, memberMoves };
  const move = (personId: string, date: string, kind: string, fromId: string, toId: string, note: string) =>
    memberMoves.push({
      id: `demo-move-${String(memberMoves.length).padStart(4, '0')}`,
      personId,
      date,
      kind,
      fromId,
      toId,
      note,
      source: 'generated',
      synthetic: true,
    });
  for (let k = 0; k < count; k++) {
    const home = homes[prng.weighted(homes.map((h) => HOME_CITY_WEIGHTS[h.city] ?? 1))]!;
    const away = workplaces.filter((w) => w.place.city !== home.city);
    const wuhan = away.filter((w) => w.place.city === '武汉');
    const work = prng.pick(wuhan.length > 0 && prng.chance(0.75) ? wuhan : away);
    const id = `demo-mobile-member-${String(k).padStart(2, '0')}`;
    const since = isoDay(new Date(Date.UTC(2024, 0, 1) + prng.int(700) * 86_400_000));
    people.push({
      id,
      name: `${prng.pick(SURNAMES)}${prng.pick(GIVEN_CHARS)}${prng.chance(0.6) ? prng.pick(GIVEN_CHARS) : ''}`,
      partyMember: true,
      worksAt: [
        { orgId: work.enterprise['id'], position: prng.pick(['研发工程师', '项目经理', '技术骨干', '销售经理']) },
      ],
      memberOf: [home.partyOrgId],
      managedBy: [{ orgId: work.org, since }],
      source: 'generated',
      synthetic: true,
    });
    if (prng.chance(DEMO_MOBILE_DEFAULTS.earlierSpell)) {
      const left = isoDay(new Date(Date.UTC(2022, 0, 1) + prng.int(300) * 86_400_000));
      const back = isoDay(new Date(Date.parse(left) + prng.between(60, 300) * 86_400_000));
      move(id, left, 'outflow', home.partyOrgId!, work.place.regionId, `赴${work.place.city}短期项目`);
      move(id, back, 'return', work.place.regionId, home.partyOrgId!, '项目结束返回');
    }
    move(id, since, 'outflow', home.partyOrgId!, work.org, `工作地在${work.place.city}、党组织关系在${home.city}`);
  }
  return { people, memberMoves };
}

import { Prng } from './prng';

type Rec = Record<string, unknown>;

/** The demo's joint meeting: the ship chain of 镇江高新区, whose chief and chain masters the articles name. */
const MEETING = { chainId: 'chain-marine-offshore', regionId: 'region-zj-hitech', date: '2026-11-18' } as const;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '朱', '马', '胡', '郭'];
const GIVEN = ['建国', '志强', '海燕', '立新', '明华', '晓东', '国庆', '丽萍', '卫东', '红梅', '振华', '秀英'];
const TITLES = { district: '副区长', city: '副市长', park: '管委会副主任' } as const;

/** 十件实事 as chain committees word them: a task and how many of it, with how far it had got by the autumn. */
const UNDERTAKINGS = [
  ['组织链上企业供需对接会', 4, '场'],
  ['新增党组织结对共建', 6, '对'],
  ['引进强链补链配套企业', 5, '家'],
  ['办结企业诉求', 60, '件'],
  ['发布技术攻坚榜难题', 8, '项'],
  ['举办银企对接活动', 3, '场'],
  ['培育专精特新企业', 4, '家'],
  ['组建党员先锋队服务重点项目', 3, '支'],
] as const;

/**
 * The chain chiefs' records of the demo world: a chief (链长) of each chain committee's chain in
 * its region, one joint meeting (联席会议) of 镇江高新区's ship chain with its agenda drawn from the
 * world as the chief's view would draw it (missing segments, a lead for one, overdue requests)
 * and its decisions, and each committee's pledged items for 2026 (十件实事) with their progress.
 * Every record synthetic; its own generator (seed + 43), so the rest of the world is unchanged.
 */
export function generateDemoChiefs(world: Rec, seed: number): Rec {
  const prng = new Prng(seed + 43);
  const list = (section: string) => (world[section] as Rec[] | undefined) ?? [];
  const regions = new Map(list('regions').map((r) => [String(r['id']), r]));
  const committees = list('partyOrgs').filter(
    (po) => po['kind'] === 'chain_committee' && typeof po['regionId'] === 'string' && !po['synthetic'],
  );
  const chiefs = new Map<string, Rec>();
  const people: Rec[] = [];
  for (const po of committees)
    for (const chainId of (po['chainIds'] as string[] | undefined) ?? []) {
      const regionId = String(po['regionId']);
      const key = `${chainId}|${regionId}`;
      const stated = list('people').some((p) =>
        ((p['chiefOf'] as Rec[] | undefined) ?? []).some((c) => c['chainId'] === chainId && c['regionId'] === regionId),
      );
      if (chiefs.has(key) || stated) continue;
      const level = String(regions.get(regionId)?.['level'] ?? 'district') as keyof typeof TITLES;
      const person = {
        id: `demo-chief-${String(people.length).padStart(2, '0')}`,
        name: `${prng.pick(SURNAMES)}${prng.pick(GIVEN)}`,
        title: TITLES[level] ?? '副区长',
        bio: `${String(regions.get(regionId)?.['name'] ?? regionId)}产业链链长`,
        chiefOf: [{ chainId, regionId }],
        source: 'generated',
        synthetic: true,
      };
      chiefs.set(key, person);
      people.push(person);
    }
  const meeting = jointMeeting(world, chiefs.get(`${MEETING.chainId}|${MEETING.regionId}`), prng);
  return {
    people,
    jointMeetings: meeting ? [meeting.meeting] : [],
    meetingDecisions: meeting?.decisions ?? [],
    pledges: committees.filter((po) => po['id'] !== 'po-jiangan-finance').flatMap((po) => pledges(po, prng)),
  };
}

/** The ship chain's meeting: its gaps and a lead for them, the overdue requests of its enterprises, decisions on the first. */
function jointMeeting(world: Rec, chief: Rec | undefined, prng: Prng): { meeting: Rec; decisions: Rec[] } | null {
  if (!chief) return null;
  const list = (section: string) => (world[section] as Rec[] | undefined) ?? [];
  const segments = list('segments').filter((s) => s['chainId'] === MEETING.chainId);
  const onChain = (e: Rec) =>
    ((e['segments'] as string[] | undefined) ?? []).some((id) => segments.some((s) => s['id'] === id));
  const enterprises = list('enterprises').filter(onChain);
  const local = enterprises.filter((e) => e['regionId'] === MEETING.regionId);
  const made = new Set(local.flatMap((e) => (e['segments'] as string[]) ?? []));
  const missing = segments.filter((s) => !made.has(String(s['id']))).slice(0, 2);
  const lead = enterprises.find(
    (e) =>
      e['regionId'] !== MEETING.regionId && missing.some((s) => (e['segments'] as string[]).includes(String(s['id']))),
  );
  const localIds = new Set(local.map((e) => e['id']));
  const overdue = list('requests')
    .filter((r) => localIds.has(r['raisedBy']) && r['status'] !== 'closed' && String(r['dueAt']) < MEETING.date)
    .slice(0, 3);
  const agenda = [
    ...missing.map((s) => ({ topic: 'gap', sourceId: s['id'], title: s['name'], regionId: MEETING.regionId })),
    ...(lead ? [{ topic: 'lead', sourceId: lead['id'], title: lead['name'], regionId: MEETING.regionId }] : []),
    ...overdue.map((r) => ({
      topic: 'overdue_request',
      sourceId: r['id'],
      title: r['title'],
      regionId: MEETING.regionId,
    })),
  ].map((item, i) => ({ ...item, rank: i + 1 }));
  const masters = list('enterprises').filter((e) =>
    ((e['chainMasterOf'] as Rec[] | undefined) ?? []).some((m) => m['chainId'] === MEETING.chainId),
  );
  const id = 'demo-joint-meeting-zj-ship-2026-11';
  const owners = ['镇江高新区招商局', '镇江高新区经发局', '镇江高新区产业链联合党委'];
  const statuses = ['done', 'in_progress', 'open'] as const;
  const decisions = agenda.slice(0, 3).map((item, i) => ({
    id: `${id}-decision-${i + 1}`,
    text:
      item.topic === 'gap'
        ? `围绕「${String(item.title)}」环节制定补链招商方案`
        : item.topic === 'lead'
          ? `由党员招商小分队上门对接${String(item.title)}`
          : `督办「${String(item.title)}」，一周内答复企业`,
    owner: owners[i % owners.length]!,
    dueDate: `2026-12-${String(prng.between(10, 28)).padStart(2, '0')}`,
    status: statuses[i % statuses.length]!,
    ...(i === 0 ? { doneAt: '2026-11-30' } : {}),
    meetingId: id,
    source: 'generated',
    synthetic: true,
  }));
  return {
    meeting: {
      id,
      title: '镇江高新区高技术船舶海工装备产业链联席会议',
      date: MEETING.date,
      note: '链长召集链主企业、产业链联合党委和职能部门，研究补链招商和企业诉求督办',
      chainId: MEETING.chainId,
      regionId: MEETING.regionId,
      chiefId: chief['id'],
      attendees: [chief['id'], 'po-zj-hitech-chain', ...masters.map((e) => e['id'])],
      agenda,
      source: 'generated',
      synthetic: true,
    },
    decisions,
  };
}

/** Three of a committee's ten undertakings for 2026, each with its target and how far it got. */
function pledges(committee: Rec, prng: Prng): Rec[] {
  return prng.sample(UNDERTAKINGS, 3).map(([task, base, unit], i) => {
    const target = Math.max(1, Math.round(base * (0.5 + prng.next())));
    const reached = Math.min(target, Math.round(target * prng.next() * 1.2));
    const status = reached >= target ? 'done' : reached === 0 ? 'open' : 'in_progress';
    return {
      id: `demo-pledge-${String(committee['id'])}-${i + 1}`,
      title: `${task}${target}${unit}`,
      year: 2026,
      owner: String(committee['name']),
      dueDate: i === 0 ? '2026-06-30' : '2026-12-31',
      status,
      target: `${target}${unit}`,
      progress: `已完成${reached}${unit}`,
      ...(status === 'done' ? { doneAt: `2026-${String(prng.between(3, 10)).padStart(2, '0')}-15` } : {}),
      regionId: committee['regionId'],
      chainId: ((committee['chainIds'] as string[]) ?? [])[0],
      source: 'generated',
      synthetic: true,
    };
  });
}

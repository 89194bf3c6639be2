import type { DemoEnterprises } from './demo-enterprises';
import type { Prng } from './prng';
import { problemWords, SERVICE_CHAINS } from './vocabulary';

type Rec = Record<string, unknown>;

const REQUEST_KINDS = ['policy', 'financing', 'talent', 'technology', 'market', 'land', 'approval'] as const;
/** What an enterprise asks for, by kind of request. */
const REQUEST_TITLES: Record<(typeof REQUEST_KINDS)[number], string[]> = {
  policy: ['申报专精特新企业认定', '兑现技改补贴', '了解研发费用加计扣除政策'],
  financing: ['扩产流动资金贷款需求', '引入股权投资', '设备融资租赁需求'],
  talent: ['招聘工艺工程师', '一线技术工人用工缺口', '引进研发带头人'],
  technology: ['产品检测认证技术支持', '生产线数字化改造', '联合高校攻关工艺难题'],
  market: ['对接下游整机企业', '寻找本地配套供应商', '参加供需对接会'],
  land: ['扩建厂房用地需求', '租用标准厂房', '项目建设配套'],
  approval: ['环评审批加快办理', '施工许可办理', '排污许可变更'],
};
/** The same kinds of request as a service enterprise (a bank, a logistics firm, a care home) makes them. */
const SERVICE_REQUEST_TITLES: Record<(typeof REQUEST_KINDS)[number], string[]> = {
  policy: ['申报金融科技与服务业扶持政策', '兑现人才引进补贴', '了解服务业增值税加计抵减政策'],
  financing: ['补充营运资金贷款需求', '引入战略投资', '申请政策性担保'],
  talent: ['招聘客户经理', '一线服务人员用工缺口', '引进数字化运营人才'],
  technology: ['信息系统安全等级保护测评', '业务系统数字化改造', '联合高校开展数据分析应用'],
  market: ['对接园区链上企业客户', '寻找本地合作伙伴', '参加政银企对接会'],
  land: ['服务网点选址需求', '租用办公用房', '服务场地配套'],
  approval: ['营业场所变更登记', '业务资质许可办理', '消防验收办理'],
};
const PROBLEM_STATUSES = ['published', 'claimed', 'in_progress'] as const;

/** Problems posted by larger generated enterprises, on the skills of their own segment. */
export function generateDemoProblems(ents: DemoEnterprises, prng: Prng): Rec[] {
  const larger = ents.placement
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.scale === 'medium' || p.scale === 'large');
  const count = Math.round(ents.enterprises.length / 40);
  return prng.sample(larger, count).map(({ p, i }, k) => {
    const skills = prng.sample(p.segment.keywords, prng.between(2, 3));
    const e = ents.enterprises[i]!;
    return {
      id: `demo-problem-${String(k).padStart(3, '0')}`,
      // one draw for the goal either way, so the rest of the demo world stays the one its tests show
      ...problemWords(p.segment, String(e['name']), skills, (goals) => prng.pick(goals)),
      skills,
      status: PROBLEM_STATUSES[prng.weighted([0.7, 0.15, 0.15])],
      teamSize: prng.between(2, 4),
      deadline: `2027-${String(prng.between(1, 12)).padStart(2, '0')}-28`,
      postedBy: e['id'],
      segments: [p.segment.id],
      source: 'generated',
      synthetic: true,
    };
  });
}

/**
 * Requests of the service loop (企业点单), raised in the autumn of 2026 by generated enterprises:
 * most still waiting to be dispatched, so that the ranking of responders has work to show.
 */
export function generateDemoRequests(ents: DemoEnterprises, prng: Prng): Rec[] {
  const count = Math.round(ents.enterprises.length / 25);
  const chainOf = new Map(ents.enterprises.map((e, i) => [e, ents.placement[i]!.segment.chainId]));
  return prng.sample(ents.enterprises, count).map((e, k) => {
    const kind = prng.pick(REQUEST_KINDS);
    const raised = Date.UTC(2026, prng.between(8, 10), prng.between(1, 28), prng.between(1, 9));
    const closed = prng.chance(0.15);
    const titles = SERVICE_CHAINS.has(chainOf.get(e)!) ? SERVICE_REQUEST_TITLES : REQUEST_TITLES;
    const title = prng.pick(titles[kind]);
    // a second title was once drawn for the description (so it named another ask than the
    // title); the draw stays, unused, so the rest of the demo world is the one its tests show
    prng.pick(titles[kind]);
    return {
      id: `demo-request-${String(k).padStart(3, '0')}`,
      kind,
      title,
      description: `${String(e['name'])}提出：${title}`,
      status: closed ? 'closed' : 'raised',
      raisedAt: new Date(raised).toISOString(),
      dueAt: new Date(raised + prng.between(15, 90) * 86_400_000).toISOString(),
      ...(closed ? { feedbackRating: prng.between(3, 5), feedbackNote: '问题已解决，感谢园区支持' } : {}),
      raisedBy: e['id'],
      source: 'generated',
      synthetic: true,
    };
  });
}

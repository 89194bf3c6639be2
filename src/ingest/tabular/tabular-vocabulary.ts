import {
  EnterpriseScales,
  EnterpriseTags,
  FinancingKinds,
  FinancingNeedStatuses,
  FinancingStages,
  InstitutionKinds,
  MemberMoveKinds,
  OutcomeEngines,
  OutcomeResults,
  PairingKinds,
  PartyOrgKinds,
  ProblemStatuses,
  ProjectStatuses,
  ResourceKinds,
  RegionLevels,
  RequestKinds,
  RequestStatuses,
  SegmentStages,
  SquadVisitOutcomes,
  TalentLevels,
  TalentNeedStatuses,
  TeamKinds,
  WorkKinds,
  type Labelled,
} from '../../domain';
import { AgendaTopics, UndertakingStatuses } from '../../domain/chief.schema';
import { CallStatuses } from '../../domain/department.schema';
import type { BundleSection } from '../bundle.schema';
import type { ItemEnums } from './object-list-cells';

/**
 * What a park's spreadsheet may call things: sheet names and column headers in Chinese or in
 * English (the bundle's own field names), and enum values in Chinese (大型, 专精特新, 党工委).
 */
export const SECTION_NAMES: Record<BundleSection, string[]> = {
  regions: ['地区', '区域', '行政区划'],
  chains: ['产业链'],
  segments: ['环节', '产业链环节'],
  feeds: ['环节关系', '上下游关系', '投入产出'],
  enterprises: ['企业', '企业名录'],
  supplies: ['供应关系', '配套关系', '供货关系'],
  institutions: ['高校院所', '机构', '高校', '科研机构'],
  partyOrgs: ['党组织'],
  pairings: ['结对共建', '共建', '联建'],
  departments: ['部门', '职能部门'],
  people: ['人员', '专家', '人才'],
  works: ['成果', '论文专利'],
  problems: ['技术难题', '攻坚榜', '难题'],
  teams: ['团队', '攻关团队'],
  requests: ['诉求', '点单', '企业诉求'],
  talentNeeds: ['人才需求', '急需紧缺人才', '用工需求'],
  financingNeeds: ['融资需求'],
  financialProducts: ['金融产品'],
  financingMeetings: ['银企对接会'],
  serviceResources: ['资源清单', '部门资源'],
  actionProjects: ['项目清单', '行动项目'],
  investmentSquads: ['招商小分队', '党员招商小分队'],
  squadLeads: ['小分队线索', '招商线索分派'],
  squadVisits: ['招商走访', '外出招商'],
  squadTallies: ['招商小分队统计'],
  memberMoves: ['党员流动', '流动党员', '党员流动记录'],
  jointMeetings: ['联席会议'],
  meetingDecisions: ['会议决定', '议定事项'],
  pledges: ['十件实事', '年度实事'],
  outcomes: ['成效', '对接成效', '匹配成效'],
};

export const HEADER_NAMES: Record<string, string[]> = {
  id: ['编号', 'ID', '代码'],
  name: ['名称', '企业名称', '机构名称', '姓名', '党组织名称', '团队名称'],
  title: ['标题', '题目', '难题名称', '职称', '职务', '诉求', '岗位'],
  aliases: ['别名', '简称'],
  uscc: ['统一社会信用代码', '信用代码'],
  scale: ['规模', '企业规模'],
  tags: ['标签', '资质'],
  products: ['产品', '主营产品'],
  needs: ['需求', '采购需求'],
  description: ['简介', '描述', '说明'],
  level: ['级别', '层级'],
  parentId: ['上级', '上级编号', '上级组织'],
  code: ['行政区划代码'],
  chainId: ['产业链', '所属产业链'],
  chainIds: ['产业链', '所在产业链'],
  stage: ['阶段', '上中下游'],
  keywords: ['关键词'],
  // a roster names the place by name, alias or GB/T 2260 code: resolved by roster-regions.ts
  regionId: ['地区', '所在地区', '园区', '所在园区', '所属园区', '所属地区', '所属区域', '行政区划代码', '区划代码'],
  // the market-regulation registry's own headers, read as they are
  industry: ['所属行业', '国民经济行业', '国民经济行业代码', '行业', '行业代码', '行业分类'],
  businessScope: ['经营范围'],
  address: ['住所', '地址', '注册地址', '企业地址', '通信地址'],
  founded: ['成立日期', '成立时间'],
  registeredCapital: ['注册资本'],
  registrationStatus: ['登记状态', '经营状态', '企业状态'],
  industryCodes: ['行业代码', '国民经济行业代码'],
  segments: ['环节', '所属环节', '涉及环节'],
  needsSegments: ['需求环节', '采购环节'],
  chainMasterOf: ['链主'],
  kind: ['类型', '类别', '种类'],
  members: ['党员人数', '成员'],
  covers: ['覆盖', '覆盖企业'],
  from: ['供方', '上游', '来源'],
  to: ['需方', '下游', '去向'],
  a: ['甲方', '组织甲'],
  b: ['乙方', '组织乙'],
  since: ['开始时间', '起始日期', '结对时间'],
  weight: ['权重'],
  skills: ['技能', '专长', '所需技能'],
  bio: ['简历', '个人简介'],
  partyMember: ['党员', '是否党员'],
  maxLoad: ['最大任务数', '负荷上限'],
  phone: ['电话', '手机'],
  email: ['邮箱'],
  worksAt: ['工作单位', '单位'],
  memberOf: ['所属党组织'],
  instructs: ['指导企业'],
  chiefOf: ['链长'],
  managedBy: ['双重管理党组织', '工作地党组织'],
  personId: ['党员', '人员'],
  fromId: ['流出地', '原党组织'],
  toId: ['流入地', '现党组织'],
  abstract: ['摘要'],
  year: ['年份'],
  authorIds: ['作者'],
  status: ['状态'],
  teamSize: ['团队规模', '人数'],
  deadline: ['截止日期', '期限'],
  bounty: ['榜额', '奖金'],
  postedBy: ['发榜单位', '发布单位'],
  problemIds: ['攻关难题'],
  raisedBy: ['提出企业', '点单企业'],
  assignedTo: ['承办人', '接单人', '承接人'],
  raisedAt: ['提出时间', '点单时间'],
  dueAt: ['办结时限', '到期时间'],
  escalations: ['升级次数'],
  escalatedAt: ['升级时间', '最近升级时间'],
  escalationNotifiedAt: ['督办通知时间'],
  feedbackRating: ['满意度', '评价'],
  feedbackNote: ['反馈意见', '评价说明'],
  placementState: ['挂链状态'],
  placementCandidates: ['候选环节'],
  placementQueuedAt: ['待审核时间', '入队时间'],
  placementDecidedAt: ['审核时间'],
  placementDecidedBy: ['审核人'],
  runId: ['推荐批次'],
  recordedBy: ['记录人'],
  lat: ['纬度'],
  lng: ['经度'],
  source: ['来源'],
  synthetic: ['合成数据', '合成'],
  engine: ['引擎', '推荐类型'],
  result: ['结果', '成效'],
  date: ['日期', '发生日期'],
  note: ['备注'],
  qualifier: ['清单'],
  rank: ['推荐名次', '名次'],
  subjectId: ['对象', '推荐对象'],
  amountYuan: ['金额', '融资金额', '签约金额'],
  purpose: ['用途', '资金用途'],
  dueDate: ['需求时限', '用款时间'],
  enterpriseId: ['需求企业', '融资企业', '用人单位'],
  kinds: ['产品类型', '融资方式'],
  minAmountYuan: ['最低额度'],
  maxAmountYuan: ['最高额度'],
  stages: ['适用阶段'],
  industries: ['适用行业', '行业代码范围'],
  providerId: ['金融机构', '提供机构'],
  regionIds: ['服务地区'],
  attendees: ['参会单位'],
  enterprisesSigned: ['签约企业数'],
  providersSigned: ['签约机构数'],
  amountSignedYuan: ['签约总额'],
  candidateId: ['候选', '推荐候选'],
  squadId: ['小分队', '招商小分队'],
  leaderId: ['队长'],
  formedOn: ['组建日期'],
  assignedOn: ['分派日期'],
  visitors: ['出访人员', '走访人员'],
  outcome: ['走访结果'],
  trips: ['外出招商次数'],
  enterprisesMet: ['对接企业数'],
  enterprisesMetAtLeast: ['对接企业数为约数'],
  signed: ['签约数'],
  outcomeId: ['成效记录'],
  squads: ['小分队数'],
  asOf: ['截至'],
  remit: ['职责', '职责范围'],
  topics: ['职责事项', '受理事项'],
  secretaryOf: ['企业秘书服务企业', '服务企业'],
  enterprisesReached: ['覆盖企业数', '服务企业数'],
  departments: ['呼叫部门', '吹哨部门'],
  count: ['需求人数', '人数'],
  postedAt: ['发布日期', '发布时间'],
  filledAt: ['到岗日期', '到岗时间'],
  daysToFill: ['到岗天数', '到岗用时'],
  signedAt: ['签约日期', '签约时间'],
  daysToSign: ['签约天数', '签约用时'],
  departmentId: ['提供部门', '牵头部门'],
  ownerId: ['责任人'],
  capacity: ['可服务数', '服务容量'],
  validFrom: ['有效期起', '生效日期'],
  validUntil: ['有效期至', '截止有效期'],
  progress: ['进度', '完成进度', '进展'],
  milestones: ['节点', '里程碑'],
  milestonesDone: ['已完成节点数'],
  investmentYuan: ['总投资', '投资额'],
  chiefId: ['召集链长', '召集人'],
  agenda: ['议程'],
  text: ['议定事项', '事项'],
  owner: ['责任单位', '责任人'],
  doneAt: ['办结日期'],
  meetingId: ['所属会议'],
  target: ['目标'],
  targetYuan: ['目标金额'],
};

/**
 * Where a field's first name above is wrong for a sheet: a team's members are people, not a
 * party organisation's headcount; a person's title is a 职称, not a problem's 标题. Exports write
 * these; imports read them (they are among the field's names above too).
 */
const SHEET_HEADERS: Partial<Record<BundleSection, Record<string, string>>> = {
  enterprises: { name: '企业名称', segments: '所属环节' },
  institutions: { name: '机构名称' },
  partyOrgs: { name: '党组织名称' },
  people: { name: '姓名', title: '职称' },
  works: { title: '题目' },
  problems: { title: '难题名称', segments: '涉及环节' },
  teams: { name: '团队名称', members: '成员' },
  requests: { title: '诉求', raisedBy: '点单企业', assignedTo: '承接人' },
  departments: { name: '部门名称' },
  talentNeeds: { title: '岗位', level: '人才层次', count: '需求人数' },
};

/** The Chinese header a sheet's column is exported under (the field itself when none is known). */
export function headerOf(section: BundleSection, field: string): string {
  return SHEET_HEADERS[section]?.[field] ?? HEADER_NAMES[field]?.[0] ?? field;
}

/** Which enum a column holds, by section and field, for reading Chinese values. */
export function enumFor(section: BundleSection, field: string): Labelled<string> | null {
  if (field === 'scale') return EnterpriseScales;
  if (field === 'tags') return EnterpriseTags;
  if (field === 'outcome') return section === 'squadVisits' ? SquadVisitOutcomes : null;
  if (field === 'level') return section === 'talentNeeds' ? TalentLevels : RegionLevels;
  if (field === 'stage') return SegmentStages;
  if (field === 'level') return RegionLevels;
  if (field === 'stage') return section === 'financingNeeds' ? FinancingStages : SegmentStages;
  if (field === 'stages') return section === 'financialProducts' ? FinancingStages : null;
  if (field === 'kinds') return section === 'financialProducts' ? FinancingKinds : null;
  if (field === 'kind') {
    const bySection: Partial<Record<BundleSection, Labelled<string>>> = {
      institutions: InstitutionKinds,
      partyOrgs: PartyOrgKinds,
      pairings: PairingKinds,
      works: WorkKinds,
      teams: TeamKinds,
      requests: RequestKinds,
      financingNeeds: FinancingKinds,
      serviceResources: ResourceKinds,
      memberMoves: MemberMoveKinds,
    };
    return bySection[section] ?? null;
  }
  // a department's remit is a list of request kinds, written in Chinese as the kinds are
  if (field === 'remit') return section === 'departments' ? RequestKinds : null;
  if (field === 'engine') return section === 'outcomes' ? OutcomeEngines : null;
  if (field === 'result') return section === 'outcomes' ? OutcomeResults : null;
  if (field === 'status' && section === 'actionProjects') return ProjectStatuses;
  if (field === 'status' && (section === 'meetingDecisions' || section === 'pledges')) return UndertakingStatuses;
  if (field === 'status')
    return section === 'requests'
      ? RequestStatuses
      : section === 'problems'
        ? ProblemStatuses
        : section === 'talentNeeds'
          ? TalentNeedStatuses
          : section === 'financingNeeds'
            ? FinancingNeedStatuses
            : null;
  return null;
}

/**
 * Which enums the items of a list-of-objects column hold, by key: a called department's status
 * (已吹哨 … 已销号) and an agenda item's topic (补链缺口, 超期诉求 …), written in Chinese.
 */
export function itemEnumsFor(section: BundleSection, field: string): ItemEnums {
  if (section === 'requests' && field === 'departments') return { status: CallStatuses };
  if (section === 'jointMeetings' && field === 'agenda') return { topic: AgendaTopics };
  return {};
}

import type { z } from 'zod';
import { anySpelling, labelled } from './labelled';

export { codeOf, optionsMessage, type Labelled } from './labelled';

/**
 * The closed vocabularies of the graph. Each enum is paired with its Chinese and English labels
 * because the UI and the reasons speak Chinese (the users' own words) or English, while code and
 * the stores speak the codes.
 */

export const RegionLevels = labelled(
  ['country', 'province', 'city', 'district', 'park'],
  {
    country: '国家',
    province: '省',
    city: '市',
    district: '区县',
    park: '园区',
  },
  { country: 'country', province: 'province', city: 'city', district: 'district', park: 'park' },
);
export const RegionLevel = RegionLevels.schema;
export type RegionLevel = z.infer<typeof RegionLevel>;

/** Nesting order: a region may only be PART_OF a region of a lower rank number. */
export const regionLevelRank: Record<RegionLevel, number> = {
  country: 0,
  province: 1,
  city: 2,
  district: 3,
  park: 4,
};

export const SegmentStages = labelled(
  ['upstream', 'midstream', 'downstream'],
  {
    upstream: '上游',
    midstream: '中游',
    downstream: '下游',
  },
  { upstream: 'upstream', midstream: 'midstream', downstream: 'downstream' },
);
export const SegmentStage = SegmentStages.schema;
export type SegmentStage = z.infer<typeof SegmentStage>;

export const EnterpriseScales = labelled(
  ['micro', 'small', 'medium', 'large'],
  {
    micro: '微型',
    small: '小型',
    medium: '中型',
    large: '大型',
  },
  { micro: 'micro', small: 'small', medium: 'medium', large: 'large' },
);
export const EnterpriseScale = EnterpriseScales.schema;
export type EnterpriseScale = z.infer<typeof EnterpriseScale>;

export const EnterpriseTags = labelled(
  ['specialised_sme', 'little_giant', 'high_tech', 'above_scale', 'chain_master', 'listed', 'state_owned'],
  {
    specialised_sme: '专精特新',
    little_giant: '小巨人',
    high_tech: '高新技术企业',
    above_scale: '规上企业',
    chain_master: '链主企业',
    listed: '上市公司',
    state_owned: '国有企业',
  },
  {
    specialised_sme: 'specialised SME',
    little_giant: 'little giant',
    high_tech: 'high-tech enterprise',
    above_scale: 'above designated size',
    chain_master: 'chain master',
    listed: 'listed company',
    state_owned: 'state-owned enterprise',
  },
  {
    链主: 'chain_master',
    专精特新企业: 'specialised_sme',
    专精特新中小企业: 'specialised_sme',
    专精特新小巨人: 'little_giant',
    小巨人企业: 'little_giant',
    高新技术: 'high_tech',
    高新企业: 'high_tech',
    高企: 'high_tech',
    规上: 'above_scale',
    规模以上企业: 'above_scale',
    上市: 'listed',
    上市企业: 'listed',
    国企: 'state_owned',
    国有: 'state_owned',
  },
);
/** Tags as people write them (链主, 专精特新企业, chain master) are read as their codes. */
export const EnterpriseTag = anySpelling(EnterpriseTags);
export type EnterpriseTag = z.output<typeof EnterpriseTag>;

export const InstitutionKinds = labelled(
  ['university', 'lab', 'institute', 'other'],
  {
    university: '高校',
    lab: '实验室',
    institute: '研究院',
    other: '其他机构',
  },
  { university: 'university', lab: 'laboratory', institute: 'research institute', other: 'other institution' },
);
export const InstitutionKind = InstitutionKinds.schema;
export type InstitutionKind = z.infer<typeof InstitutionKind>;

export const PartyOrgKinds = labelled(
  ['working_committee', 'committee', 'general_branch', 'branch', 'joint_branch', 'chain_committee', 'chain_branch'],
  {
    working_committee: '党工委',
    committee: '党委',
    general_branch: '党总支',
    branch: '党支部',
    joint_branch: '联合党支部',
    chain_committee: '产业链党委',
    chain_branch: '产业链党支部',
  },
  {
    working_committee: 'working committee',
    committee: 'party committee',
    general_branch: 'general branch',
    branch: 'party branch',
    joint_branch: 'joint branch',
    chain_committee: 'chain party committee',
    chain_branch: 'chain party branch',
  },
);
export const PartyOrgKind = PartyOrgKinds.schema;
export type PartyOrgKind = z.infer<typeof PartyOrgKind>;

export const PairingKinds = labelled(
  ['co_building', 'joint_building', 'school_local', 'other'],
  {
    co_building: '结对共建',
    joint_building: '联建',
    school_local: '校地共建',
    other: '其他共建',
  },
  {
    co_building: 'paired building',
    joint_building: 'joint building',
    school_local: 'school–locality building',
    other: 'other pairing',
  },
);
export const PairingKind = PairingKinds.schema;
export type PairingKind = z.infer<typeof PairingKind>;

export const WorkKinds = labelled(
  ['paper', 'patent', 'project', 'standard'],
  {
    paper: '论文',
    patent: '专利',
    project: '项目',
    standard: '标准',
  },
  { paper: 'paper', patent: 'patent', project: 'project', standard: 'standard' },
);
export const WorkKind = WorkKinds.schema;
export type WorkKind = z.infer<typeof WorkKind>;

export const TeamKinds = labelled(
  ['consortium', 'commando', 'vanguard', 'other'],
  {
    consortium: '攻关联合体',
    commando: '党员突击队',
    vanguard: '先锋队',
    other: '团队',
  },
  { consortium: 'consortium', commando: 'party member commando', vanguard: 'vanguard', other: 'team' },
);
export const TeamKind = TeamKinds.schema;
export type TeamKind = z.infer<typeof TeamKind>;

/** The tackling-list workflow: draft → published → claimed → in_progress → accepted → closed. */
export const ProblemStatuses = labelled(
  ['draft', 'published', 'claimed', 'in_progress', 'accepted', 'closed'],
  {
    draft: '草稿',
    published: '已发榜',
    claimed: '已揭榜',
    in_progress: '攻关中',
    accepted: '已验收',
    closed: '已关闭',
  },
  {
    draft: 'draft',
    published: 'published',
    claimed: 'claimed',
    in_progress: 'in progress',
    accepted: 'accepted',
    closed: 'closed',
  },
);
export const ProblemStatus = ProblemStatuses.schema;
export type ProblemStatus = z.infer<typeof ProblemStatus>;

/** The service loop: 点单 → 派单 → 接单 → 办结 → 反馈. */
export const RequestStatuses = labelled(
  ['raised', 'dispatched', 'accepted', 'resolved', 'closed'],
  {
    raised: '已点单',
    dispatched: '已派单',
    accepted: '已接单',
    resolved: '已办结',
    closed: '已反馈',
  },
  {
    raised: 'raised',
    dispatched: 'dispatched',
    accepted: 'accepted',
    resolved: 'resolved',
    closed: 'closed with feedback',
  },
);
export const RequestStatus = RequestStatuses.schema;
export type RequestStatus = z.infer<typeof RequestStatus>;

export const RequestKinds = labelled(
  ['policy', 'financing', 'talent', 'technology', 'market', 'land', 'approval', 'safety', 'other'],
  {
    policy: '政策咨询',
    financing: '融资需求',
    talent: '人才招引',
    technology: '技术攻关',
    market: '市场对接',
    land: '用地用房',
    approval: '审批服务',
    safety: '安全生产',
    other: '其他诉求',
  },
  {
    policy: 'policy advice',
    financing: 'financing',
    talent: 'talent',
    technology: 'technology',
    market: 'market access',
    land: 'land and premises',
    approval: 'approvals',
    safety: 'workplace safety',
    other: 'other request',
  },
);
export const RequestKind = RequestKinds.schema;
export type RequestKind = z.infer<typeof RequestKind>;

/** The engines whose advice a recorded outcome judges. */
export const OutcomeEngines = labelled(
  ['partners', 'tackling', 'leads', 'dispatch', 'talent', 'finance', 'lists'],
  {
    partners: '上下游配套',
    tackling: '技术攻坚',
    leads: '招商线索',
    dispatch: '点单派单',
    talent: '人才引育',
    finance: '银企对接',
    lists: '3张清单',
  },
  {
    partners: 'partners',
    tackling: 'tackling',
    leads: 'investment leads',
    dispatch: 'dispatch',
    talent: 'talent',
    finance: 'finance',
    lists: 'three lists',
  },
);
export const OutcomeEngine = OutcomeEngines.schema;
export type OutcomeEngine = z.infer<typeof OutcomeEngine>;

/**
 * What became of a proposed match. contacted is a step on the way; declined is a miss; the other
 * four are the successes precision@k counts.
 */
export const OutcomeResults = labelled(
  [
    'contacted',
    'declined',
    'contract_signed',
    'problem_solved',
    'lead_attracted',
    'talent_hired',
    'financing_signed',
    'resource_matched',
  ],
  {
    contacted: '已对接',
    declined: '未成',
    contract_signed: '已签约',
    problem_solved: '已解决',
    lead_attracted: '已落地',
    talent_hired: '已引进',
    financing_signed: '融资签约',
    resource_matched: '资源已对接',
  },
  {
    contacted: 'contacted',
    declined: 'declined',
    contract_signed: 'contract signed',
    problem_solved: 'problem solved',
    lead_attracted: 'lead attracted',
    talent_hired: 'talent hired',
    financing_signed: 'financing signed',
    resource_matched: 'resource matched',
  },
);
export const OutcomeResult = OutcomeResults.schema;
export type OutcomeResult = z.infer<typeof OutcomeResult>;
export const SUCCESSFUL_RESULTS: readonly OutcomeResult[] = [
  'contract_signed',
  'problem_solved',
  'lead_attracted',
  'talent_hired',
  'financing_signed',
  'resource_matched',
];

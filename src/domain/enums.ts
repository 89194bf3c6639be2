import { z } from 'zod';

/**
 * The closed vocabularies of the graph. Each enum is paired with its Chinese label because the
 * UI and the reasons speak Chinese (the users' own words) while code speaks English.
 */
function labelled<const T extends readonly [string, ...string[]]>(values: T, zh: Record<T[number], string>) {
  return { schema: z.enum(values), values, zh } as const;
}

export const RegionLevels = labelled(['country', 'province', 'city', 'district', 'park'], {
  country: '国家',
  province: '省',
  city: '市',
  district: '区县',
  park: '园区',
});
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

export const SegmentStages = labelled(['upstream', 'midstream', 'downstream'], {
  upstream: '上游',
  midstream: '中游',
  downstream: '下游',
});
export const SegmentStage = SegmentStages.schema;
export type SegmentStage = z.infer<typeof SegmentStage>;

export const EnterpriseScales = labelled(['micro', 'small', 'medium', 'large'], {
  micro: '微型',
  small: '小型',
  medium: '中型',
  large: '大型',
});
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
);
export const EnterpriseTag = EnterpriseTags.schema;
export type EnterpriseTag = z.infer<typeof EnterpriseTag>;

export const InstitutionKinds = labelled(['university', 'lab', 'institute', 'other'], {
  university: '高校',
  lab: '实验室',
  institute: '研究院',
  other: '其他机构',
});
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
);
export const PartyOrgKind = PartyOrgKinds.schema;
export type PartyOrgKind = z.infer<typeof PartyOrgKind>;

export const PairingKinds = labelled(['co_building', 'joint_building', 'school_local', 'other'], {
  co_building: '结对共建',
  joint_building: '联建',
  school_local: '校地共建',
  other: '其他共建',
});
export const PairingKind = PairingKinds.schema;
export type PairingKind = z.infer<typeof PairingKind>;

export const WorkKinds = labelled(['paper', 'patent', 'project', 'standard'], {
  paper: '论文',
  patent: '专利',
  project: '项目',
  standard: '标准',
});
export const WorkKind = WorkKinds.schema;
export type WorkKind = z.infer<typeof WorkKind>;

export const TeamKinds = labelled(['consortium', 'commando', 'vanguard', 'other'], {
  consortium: '攻关联合体',
  commando: '党员突击队',
  vanguard: '先锋队',
  other: '团队',
});
export const TeamKind = TeamKinds.schema;
export type TeamKind = z.infer<typeof TeamKind>;

/** The tackling-list workflow: draft → published → claimed → in_progress → accepted → closed. */
export const ProblemStatuses = labelled(['draft', 'published', 'claimed', 'in_progress', 'accepted', 'closed'], {
  draft: '草稿',
  published: '已发榜',
  claimed: '已揭榜',
  in_progress: '攻关中',
  accepted: '已验收',
  closed: '已关闭',
});
export const ProblemStatus = ProblemStatuses.schema;
export type ProblemStatus = z.infer<typeof ProblemStatus>;

/** The service loop: 点单 → 派单 → 接单 → 办结 → 反馈. */
export const RequestStatuses = labelled(['raised', 'dispatched', 'accepted', 'resolved', 'closed'], {
  raised: '已点单',
  dispatched: '已派单',
  accepted: '已接单',
  resolved: '已办结',
  closed: '已反馈',
});
export const RequestStatus = RequestStatuses.schema;
export type RequestStatus = z.infer<typeof RequestStatus>;

export const RequestKinds = labelled(
  ['policy', 'financing', 'talent', 'technology', 'market', 'land', 'approval', 'other'],
  {
    policy: '政策咨询',
    financing: '融资需求',
    talent: '人才招引',
    technology: '技术攻关',
    market: '市场对接',
    land: '用地用房',
    approval: '审批服务',
    other: '其他诉求',
  },
);
export const RequestKind = RequestKinds.schema;
export type RequestKind = z.infer<typeof RequestKind>;

/** The engines whose advice a recorded outcome judges. */
export const OutcomeEngines = labelled(['partners', 'tackling', 'leads', 'dispatch'], {
  partners: '上下游配套',
  tackling: '技术攻坚',
  leads: '招商线索',
  dispatch: '点单派单',
});
export const OutcomeEngine = OutcomeEngines.schema;
export type OutcomeEngine = z.infer<typeof OutcomeEngine>;

/**
 * What became of a proposed match. contacted is a step on the way; declined is a miss; the other
 * three are the successes precision@k counts.
 */
export const OutcomeResults = labelled(
  ['contacted', 'declined', 'contract_signed', 'problem_solved', 'lead_attracted'],
  {
    contacted: '已对接',
    declined: '未成',
    contract_signed: '已签约',
    problem_solved: '已解决',
    lead_attracted: '已落地',
  },
);
export const OutcomeResult = OutcomeResults.schema;
export type OutcomeResult = z.infer<typeof OutcomeResult>;
export const SUCCESSFUL_RESULTS: readonly OutcomeResult[] = ['contract_signed', 'problem_solved', 'lead_attracted'];

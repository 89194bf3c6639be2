import { z } from 'zod';
import { IsoDate, Name, NodeBase, ShortList, Text } from './common.schema';
import { labelled } from './labelled';

/**
 * 资源清单 (004): what a department offers enterprises — a policy, funding, land, talent, training,
 * an approval service, a testing platform… Each kind answers some kinds of need (an enterprise's
 * request, talent need or financing need), see match/lists/kind-fit.ts.
 */
export const ResourceKinds = labelled(
  ['policy', 'funding', 'land', 'talent', 'training', 'approval', 'platform', 'market', 'other'],
  {
    policy: '政策支持',
    funding: '资金金融',
    land: '用地用房',
    talent: '人才服务',
    training: '技能培训',
    approval: '审批代办',
    platform: '检测与技术平台',
    market: '市场对接',
    other: '其他资源',
  },
  {
    policy: 'policy',
    funding: 'funding',
    land: 'land and premises',
    talent: 'talent services',
    training: 'training',
    approval: 'approval service',
    platform: 'testing and technology platform',
    market: 'market access',
    other: 'other resource',
  },
  {
    政策: 'policy',
    资金: 'funding',
    金融: 'funding',
    融资: 'funding',
    用地: 'land',
    人才: 'talent',
    培训: 'training',
    审批: 'approval',
    检测: 'platform',
    平台: 'platform',
  },
);
export const ResourceKind = ResourceKinds.schema;
export type ResourceKind = z.infer<typeof ResourceKind>;

/**
 * 资源: a department's offer (PROVIDED_BY the department), for the chains it is FOR_CHAIN (none:
 * any) in the region it is IN_REGION (and the regions below it). Capacity and validity are as the
 * department states them; an expired resource is not proposed.
 */
export const ServiceResource = NodeBase.extend({
  name: Name,
  kind: ResourceKind,
  description: Text.default(''),
  /** Words a need's title or description may show (用地, 检测, 贷款贴息…). */
  keywords: ShortList.default([]),
  /** How many enterprises it can serve (a training's places, a fund's grants); absent: unbounded. */
  capacity: z.number().int().min(1).max(1_000_000).optional(),
  validFrom: IsoDate.optional(),
  validUntil: IsoDate.optional(),
});
export type ServiceResource = z.infer<typeof ServiceResource>;

export const ProjectStatuses = labelled(
  ['planned', 'ongoing', 'done', 'stalled'],
  { planned: '未启动', ongoing: '推进中', done: '已完成', stalled: '已滞后' },
  { planned: 'planned', ongoing: 'ongoing', done: 'done', stalled: 'stalled' },
);
export const ProjectStatus = ProjectStatuses.schema;
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/**
 * 行动项目 (项目清单): an action project of a chain in a region (IN_REGION, FOR_CHAIN), LED_BY a
 * department and OWNED_BY a person (either or both), with its due date, progress and milestones
 * (a milestone's title is a plain string: a graph property holds no list of objects).
 */
export const ActionProject = NodeBase.extend({
  name: Name,
  description: Text.default(''),
  dueDate: IsoDate.optional(),
  /** Per cent done, 0–100. */
  progress: z.number().int().min(0).max(100).default(0),
  status: ProjectStatus.default('planned'),
  /** 总投资, in yuan, when the project is an investment (强链配套项目). */
  investmentYuan: z.number().int().min(1).max(1_000_000_000_000).optional(),
  /** Its milestones in order (签约, 开工, 投产…); the first milestonesDone of them are reached. */
  milestones: ShortList.default([]),
  milestonesDone: z.number().int().min(0).max(200).default(0),
});
export type ActionProject = z.infer<typeof ActionProject>;

import { z } from 'zod';
import { RequestKind } from '../enums';
import { ProjectStatus, ResourceKind } from '../lists.schema';
import { NamedRef, Reasons } from './reasons.schema';

/** Where an item of the needs list comes from: a request, a talent need or a financing need. */
export const NeedSourceSchema = z.enum(['Request', 'TalentNeed', 'FinancingNeed']);

/** 需求清单 item: an enterprise's ask, with its enterprise, region and chains. */
export const ListNeedItem = z
  .object({
    id: z.string(),
    source: NeedSourceSchema.describe('The record it is: a request, a talent need or a financing need'),
    category: RequestKind.describe('What is asked, in the request kinds’ words'),
    title: z.string(),
    description: z.string(),
    status: z.string().describe('The record’s own status'),
    open: z.boolean(),
    enterprise: NamedRef,
    region: NamedRef.nullable(),
    chains: z.array(NamedRef),
    matched: z.number().int().describe('resource_matched outcomes recorded for it'),
  })
  .meta({ id: 'ListNeedItem' });
export type ListNeedItem = z.infer<typeof ListNeedItem>;

/** 资源清单 item: a department's resource. */
export const ServiceResourceItem = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: ResourceKind,
    description: z.string(),
    keywords: z.array(z.string()),
    capacity: z.number().nullable(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    source: z.string().nullable(),
    department: NamedRef,
    region: NamedRef.nullable(),
    chains: z.array(NamedRef),
    matched: z.number().int().describe('Needs it has met (resource_matched outcomes)'),
  })
  .meta({ id: 'ServiceResourceItem' });
export type ServiceResourceItem = z.infer<typeof ServiceResourceItem>;

/** 项目清单 item: an action project with its progress. */
export const ActionProjectItem = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    dueDate: z.string().nullable(),
    progress: z.number().int(),
    status: ProjectStatus,
    overdue: z.boolean().describe('Past its due date and not done'),
    investmentYuan: z.number().nullable(),
    milestones: z.array(z.object({ title: z.string(), done: z.boolean() })),
    source: z.string().nullable(),
    region: NamedRef.nullable(),
    chains: z.array(NamedRef),
    department: NamedRef.nullable(),
    owner: NamedRef.nullable(),
  })
  .meta({ id: 'ActionProjectItem' });
export type ActionProjectItem = z.infer<typeof ActionProjectItem>;

export const ListsComponentsSchema = z
  .object({
    kind: z.number().describe('The resource’s kind against what is asked'),
    text: z.number().describe('The resource’s keywords and words in the need'),
    chain: z.number(),
    region: z.number(),
  })
  .meta({ id: 'ListsComponents' });

/** 需求 → 资源: the resources proposed for one need. */
export const NeedResources = z
  .object({
    need: ListNeedItem,
    candidates: z.array(
      z.object({
        resource: ServiceResourceItem,
        score: z.number(),
        rank: z.number().int(),
        components: ListsComponentsSchema,
        reasons: Reasons,
      }),
    ),
  })
  .meta({ id: 'NeedResources' });
export type NeedResources = z.infer<typeof NeedResources>;

import { z } from 'zod';
import {
  ActionProjectItem,
  ListNeedItem,
  NeedResources,
  NeedSourceSchema,
  ServiceResourceItem,
} from '../../domain/answers/lists.schema';
import { Id } from '../../domain/common.schema';
import { ActionProject, ServiceResource } from '../../domain/lists.schema';
import { BundleActionProject, BundleServiceResource } from '../../ingest/bundle.schema';
import { listNeeds, listProjects, listResources, resourcesOfNeed } from '../../use-cases/lists/lists';
import { addActionProject, addServiceResource, updateListRecord } from '../../use-cases/lists/lists-records';
import type { Role } from '../../domain/roles';
import { EVERYONE, route } from '../routing/route';
import { createRoute } from './create-route';
import { storedForm } from './pagination';
import { useCaseContext } from './use-case-context';

const ById = z.object({ id: Id });
/** Park service staff and chain secretaries, and investment task forces (for projects): who keep the lists. */
const LIST_KEEPERS: readonly Role[] = ['admin', 'secretary', 'investment'];
const Where = z.object({
  region: Id.optional().describe('Only this region and those below it (a region-limited key: its own by default)'),
  chain: Id.optional().describe('Only this chain'),
});

/**
 * A resource's or project's own properties, any of them and no defaults (a change names only what
 * changes); the references are set when it is added.
 */
function changesOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape)
      .filter(([key]) => !['id', 'source', 'synthetic'].includes(key))
      .map(([key, field]) => {
        const plain = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
        return [key, plain.optional()];
      }),
  );
  return z
    .object(shape)
    .strict()
    .refine((b) => Object.keys(b).length > 0, { message: 'names no property to change' });
}
const resourceChanges = changesOf(ServiceResource);
const projectChanges = changesOf(ActionProject);

export const listsRoutes = [
  route({
    method: 'get',
    path: '/lists/needs',
    tag: 'lists',
    summary: 'The needs list of a chain and region (需求清单)',
    description:
      'The enterprises’ asks — requests with their kinds, talent needs and financing needs — open first, each with its enterprise, region, chains and the resources matched to it so far.',
    allow: EVERYONE,
    query: Where.extend({
      open: z
        .enum(['true', 'false'])
        .transform((v) => v === 'true')
        .optional()
        .describe('Only open (true) or answered (false) needs'),
    }),
    response: z.object({ items: z.array(ListNeedItem), open: z.number().int().describe('How many are open') }),
    handle: (input) => listNeeds(useCaseContext(input), input.query),
  }),

  route({
    method: 'get',
    path: '/lists/needs/:id/resources',
    tag: 'lists',
    summary: 'The departments’ resources for a need, with scores and reasons',
    description:
      'Computed on request: the resource’s kind against what is asked, its keywords and words in the need, chain and region, each a component of the score. Expired resources and those of other regions are left out.',
    allow: EVERYONE,
    params: ById,
    query: z.object({
      source: NeedSourceSchema.optional().describe('The kind of record the id names; by default the first that has it'),
      limit: z.coerce.number().int().min(1).max(100).default(10),
    }),
    response: NeedResources,
    handle: (input) => resourcesOfNeed(useCaseContext(input), input.params.id, input.query),
  }),

  route({
    method: 'get',
    path: '/lists/resources',
    tag: 'lists',
    summary: 'The resources list of a chain and region (资源清单)',
    description: 'The departments’ resources serving the region (or a region within it), for the chain or for any.',
    allow: EVERYONE,
    query: Where,
    response: z.object({ items: z.array(ServiceResourceItem) }),
    handle: (input) => listResources(useCaseContext(input), input.query),
  }),

  createRoute({
    path: '/lists/resources',
    tag: 'lists',
    summary: 'Add a department’s resource (资源)',
    description:
      'Its kind, keywords, capacity and validity, the department offering it, its region (by default the department’s) and chains; a region-limited key adds only in its region.',
    allow: LIST_KEEPERS,
    body: BundleServiceResource,
    response: storedForm(ServiceResource),
    create: addServiceResource,
  }),

  route({
    method: 'patch',
    path: '/lists/resources/:id',
    tag: 'lists',
    summary: 'Change a resource’s properties (its validity, capacity, keywords…)',
    allow: LIST_KEEPERS,
    params: ById,
    body: resourceChanges,
    response: storedForm(ServiceResource),
    handle: (input) => updateListRecord(useCaseContext(input), 'ServiceResource', input.params.id, input.body),
  }),

  route({
    method: 'get',
    path: '/lists/projects',
    tag: 'lists',
    summary: 'The projects list of a chain and region (项目清单), with progress',
    description: 'Soonest due first, each with its progress, status, milestones and whether it is overdue.',
    allow: EVERYONE,
    query: Where,
    response: z.object({
      items: z.array(ActionProjectItem),
      done: z.number().int(),
      overdue: z.number().int(),
      meanProgress: z.number().int().describe('Mean progress, per cent'),
    }),
    handle: (input) => listProjects(useCaseContext(input), input.query),
  }),

  createRoute({
    path: '/lists/projects',
    tag: 'lists',
    summary: 'Add an action project (行动项目)',
    description:
      'Its region, chains, the department leading it and/or the person owning it, its due date, progress and milestones; the status follows the progress unless given.',
    allow: LIST_KEEPERS,
    body: BundleActionProject,
    response: storedForm(ActionProject),
    create: addActionProject,
  }),

  route({
    method: 'patch',
    path: '/lists/projects/:id',
    tag: 'lists',
    summary: 'Update a project’s progress (进度), status or milestones',
    description: 'Progress 100 marks it done and more than 0 ongoing, unless a status is given.',
    allow: LIST_KEEPERS,
    params: ById,
    body: projectChanges,
    response: storedForm(ActionProject),
    handle: (input) => updateListRecord(useCaseContext(input), 'ActionProject', input.params.id, input.body),
  }),
];

import { z } from 'zod';
import { RequestKind } from '../enums';
import { Reasons } from './reasons.schema';

/** Who could answer a service request, ranked. */
export const Responder = z
  .object({
    personId: z.string(),
    name: z.string(),
    score: z.number(),
    components: z.object({ instructor: z.number(), region: z.number(), skills: z.number(), availability: z.number() }),
    load: z.object({ current: z.number().int(), max: z.number().int() }),
    reasons: Reasons,
  })
  .meta({ id: 'Responder' });
export type Responder = z.infer<typeof Responder>;

/** A department that could take a request (部门接单), ranked by its remit, place and load. */
export const DepartmentResponder = z
  .object({
    departmentId: z.string(),
    name: z.string(),
    score: z.number(),
    components: z.object({ remit: z.number(), topics: z.number(), region: z.number(), availability: z.number() }),
    load: z.object({ current: z.number().int(), max: z.number().int() }),
    reasons: Reasons,
  })
  .meta({ id: 'DepartmentResponder' });
export type DepartmentResponder = z.infer<typeof DepartmentResponder>;

/** A request's ranked responders (派单建议): instructors and staff whose skills, place and load fit it, and departments. */
export const RankedResponders = z
  .object({
    request: z.object({ id: z.string(), title: z.string(), kind: RequestKind }),
    responders: z.array(Responder),
    /** Absent in a run stored before departments were ranked. */
    departments: z.array(DepartmentResponder).default([]),
  })
  .meta({ id: 'RankedResponders' });
export type RankedResponders = z.infer<typeof RankedResponders>;

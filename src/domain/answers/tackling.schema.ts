import { z } from 'zod';
import { Bilingual, Reasons } from './reasons.schema';

/** 攻关联合体: the smallest team covering a problem's skills, with a university + enterprise mix when it can. */
export const Consortium = z
  .object({
    problemId: z.string(),
    members: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        employer: z.string().nullable(),
        employerKind: z.enum(['Enterprise', 'Institution']).nullable(),
        covers: z.array(z.string()).describe('The required skills they cover'),
      }),
    ),
    covered: z.array(z.string()),
    uncovered: z.array(z.string()).describe('Required skills no team of the pool covers'),
    mix: z.boolean().describe('It mixes an institution and an enterprise (产学研)'),
    relevance: z.number(),
  })
  .meta({ id: 'Consortium' });
export type Consortium = z.infer<typeof Consortium>;

const Seat = z.object({
  personId: z.string(),
  name: z.string(),
  affinity: z.number(),
  // optional: runs stored before loads were reported have neither
  load: z.number().int().optional().describe('Open problems and requests they carry once this assignment is made'),
  maxLoad: z.number().int().optional().describe('How many they may carry at once'),
});

/** One problem of the global expert assignment: who is seated, who could be, and why seats stay empty. */
export const AssignedProblem = z
  .object({
    problemId: z.string(),
    title: z.string(),
    teamSize: z.number().int(),
    assigned: z.array(Seat),
    alternates: z.array(Seat),
    shortBy: z.number().int().describe('Seats left empty'),
    diagnosis: Bilingual.nullable().describe('Why seats are left empty'),
  })
  .meta({ id: 'AssignedProblem' });
export type AssignedProblem = z.infer<typeof AssignedProblem>;

/** The experts seated on every open problem at once, each within their load. */
export const Assignment = z
  .object({
    problems: z.array(AssignedProblem),
    seats: z.number().int(),
    filled: z.number().int(),
    totalAffinity: z.number(),
  })
  .meta({ id: 'Assignment' });
export type Assignment = z.infer<typeof Assignment>;

/** An open problem that fits an expert (or an institution's people), with why. */
export const ProblemFit = z
  .object({
    problemId: z.string(),
    title: z.string(),
    postedBy: z.string().nullable(),
    score: z.number(),
    components: z.object({ relevance: z.number(), skills: z.number(), proximity: z.number(), trackRecord: z.number() }),
    reasons: Reasons,
  })
  .meta({ id: 'ProblemFit' });
export type ProblemFit = z.infer<typeof ProblemFit>;

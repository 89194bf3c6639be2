import { z } from 'zod';
import { OrgHop } from './candidates.schema';
import { NamedRef, Reasons } from './reasons.schema';

/** The parts of a talent candidate's score, each in [0, 1]. */
export const TalentComponents = z
  .object({
    skills: z.number().describe('How well their skills cover the skills asked for'),
    works: z.number().describe('How close their works, skills and bio are to the role (the experts’ profiles)'),
    place: z.number().describe('How near they work to the enterprise'),
    recommendation: z
      .number()
      .describe('The party-organisation path that can recommend them (组织推荐): 1 for a shared organisation'),
  })
  .meta({ id: 'TalentComponents' });
export type TalentComponents = z.infer<typeof TalentComponents>;

/** One person proposed for a talent need, with why. */
export const TalentCandidate = z
  .object({
    person: NamedRef,
    rank: z.number().int(),
    score: z.number(),
    components: TalentComponents,
    employer: NamedRef.nullable(),
    coveredSkills: z.array(z.object({ skill: z.string(), by: z.string(), score: z.number() })),
    closestWork: z.string().nullable(),
    recommendedBy: NamedRef.nullable().describe('The party organisation that can recommend them (the path’s last one)'),
    orgPath: z.array(OrgHop),
    reasons: Reasons,
  })
  .meta({ id: 'TalentCandidate' });
export type TalentCandidate = z.infer<typeof TalentCandidate>;

/** A talent need as the answers show it. */
export const TalentNeedView = z
  .object({
    id: z.string(),
    title: z.string(),
    skills: z.array(z.string()),
    level: z.string(),
    count: z.number().int(),
    status: z.string(),
    postedAt: z.string(),
    filledAt: z.string().nullable(),
    daysOpen: z.number().int().describe('Days from posting to filling, or to the day asked about while open'),
    source: z.string().nullable(),
    enterprise: NamedRef,
    region: NamedRef.nullable(),
    chains: z.array(NamedRef),
  })
  .meta({ id: 'TalentNeedView' });
export type TalentNeedView = z.infer<typeof TalentNeedView>;

/** A need's candidates, best first. */
export const TalentCandidates = z
  .object({ need: TalentNeedView, candidates: z.array(TalentCandidate) })
  .meta({ id: 'TalentCandidates' });
export type TalentCandidates = z.infer<typeof TalentCandidates>;

/** One role of a chain's scarce-talent catalogue: the open needs for it, taken together. */
export const CatalogueEntry = z
  .object({
    role: z.string().describe('The role, as the enterprises name it (the most common spelling)'),
    level: z.string().describe('The most senior level asked for'),
    needs: z.number().int().describe('Open needs for the role'),
    headcount: z.number().int().describe('People wanted in all'),
    enterprises: z.array(NamedRef),
    regions: z.array(NamedRef),
    skills: z
      .array(z.object({ skill: z.string(), needs: z.number().int() }))
      .describe('Skills asked for, most asked first'),
    longestOpenDays: z.number().int(),
    medianOpenDays: z.number(),
    needIds: z.array(z.string()),
  })
  .meta({ id: 'CatalogueEntry' });
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

/** 急需紧缺人才目录: a chain's open talent needs grouped by role, scarcest first, with the filled ones' record. */
export const TalentCatalogue = z
  .object({
    chain: NamedRef,
    region: NamedRef.nullable(),
    asOf: z.string(),
    openNeeds: z.number().int(),
    headcount: z.number().int(),
    entries: z.array(CatalogueEntry),
    filled: z.object({
      needs: z.number().int(),
      medianDaysToFill: z.number().nullable(),
    }),
    needs: z.array(TalentNeedView).describe('Every need of the chain here, open and filled, newest first'),
  })
  .meta({ id: 'TalentCatalogue' });
export type TalentCatalogue = z.infer<typeof TalentCatalogue>;

/** One interview seated at a job fair: a candidate with a need. */
export const FairInterview = z
  .object({ need: NamedRef, enterprise: NamedRef, person: NamedRef, score: z.number(), reasons: Reasons })
  .meta({ id: 'FairInterview' });
export type FairInterview = z.infer<typeof FairInterview>;

/** 链上专场招聘会: which enterprises with which needs meet which candidates. */
export const JobFairPlan = z
  .object({
    chain: NamedRef,
    region: NamedRef.nullable(),
    booths: z.array(
      z.object({
        enterprise: NamedRef,
        needs: z.array(z.object({ need: NamedRef, count: z.number().int(), interviews: z.array(FairInterview) })),
      }),
    ),
    candidatesInvited: z.number().int(),
    interviews: z.number().int(),
    needsWithoutCandidates: z.array(NamedRef),
    totalScore: z.number(),
  })
  .meta({ id: 'JobFairPlan' });
export type JobFairPlan = z.infer<typeof JobFairPlan>;

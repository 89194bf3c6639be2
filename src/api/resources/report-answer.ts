import { z } from 'zod';
import type { Response } from 'express';
import type { ReportOrJob } from '../../use-cases/stored-report';

/*
 * How a route answers a stored report (reportOrJob, use-cases/stored-report.ts): the engine's
 * payload beside the run that computed it, or 202 and the job computing it. The payloads' schemas
 * are the engines' answers in src/domain/answers.
 */

/** A stored report with when and in which run it was computed, or (202) the job computing it. */
export function reportAnswer<Shape extends z.ZodRawShape>(payload: z.ZodObject<Shape>) {
  return z.union([
    payload.extend({
      status: z.literal('ready'),
      computedAt: z.string().describe('When it was computed (the latest stored run)'),
      runId: z.string(),
    }),
    z.object({ status: z.literal('computing'), jobId: z.string().describe('Follow it at /api/v1/jobs/{jobId}') }),
  ]);
}

/** The answer of reportAnswer: the report's payload beside its run, or 202 and the job. */
export function shapeReport<Payload extends object>(report: ReportOrJob<Payload>, res: Response) {
  if (report.status === 'computing') {
    res.status(202);
    return report;
  }
  const { payload, ...run } = report;
  return { ...run, ...payload };
}

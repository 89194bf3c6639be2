import type { JobName } from '../job-definitions';
import { dispatchRequest, escalateRequest, sweepEscalations } from './dispatch.processor';
import { gapMap, gapsOfAll, gapsOfEnterprise } from './gaps.processor';
import { importUploadedFile } from './import.processor';
import {
  partnersAffected,
  partnersOfAll,
  partnersOfChunk,
  partnersOfEnterprise,
  partnersOfSegment,
} from './partners.processor';
import type { Processor } from './processor';
import { enterpriseAsks, recomputeFull } from './recompute.processor';
import { assignment, tacklingOfAll, tacklingOfPerson, tacklingOfProblem } from './tackling.processor';

export type { JobContext, JobSummary, Processor } from './processor';

/**
 * Each job's processor, by job name (a job without one fails to compile). A processor loads the
 * projection it needs, calls an engine and writes the results as a new run; one of a deleted
 * subject answers that it is gone.
 */
export const PROCESSORS: { [N in JobName]: Processor<N> } = {
  'partners.enterprise': partnersOfEnterprise,
  'partners.affected': partnersAffected,
  'partners.segment': partnersOfSegment,
  'partners.chunk': partnersOfChunk,
  'partners.all': partnersOfAll,
  'tackling.problem': tacklingOfProblem,
  'tackling.person': tacklingOfPerson,
  'tackling.all': tacklingOfAll,
  assignment,
  'gaps.map': gapMap,
  'gaps.enterprise': gapsOfEnterprise,
  'gaps.all': gapsOfAll,
  'enterprise.asks': enterpriseAsks,
  'dispatch.request': dispatchRequest,
  'sla.escalate': escalateRequest,
  'sla.sweep': sweepEscalations,
  'import.file': importUploadedFile,
  'recompute.full': recomputeFull,
};

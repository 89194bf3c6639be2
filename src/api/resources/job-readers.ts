import type { Caller } from '../../access/caller';
import type { NodeKind } from '../../domain';
import { RecordPlaces } from '../../ingest/record-places';
import type { JobName } from '../../jobs/job-definitions';
import type { JobStatus } from '../../jobs/job-queue';
import { AppError } from '../../shared/app-error';
import type { ApiContext } from '../api-context';

/** The node a job works on, by the payload field that names it: a key that may read the node may read the job. */
const SUBJECT_OF: Partial<Record<JobName, { field: string; kind: NodeKind }>> = {
  'partners.enterprise': { field: 'enterpriseId', kind: 'Enterprise' },
  'partners.affected': { field: 'enterpriseId', kind: 'Enterprise' },
  'enterprise.asks': { field: 'enterpriseId', kind: 'Enterprise' },
  'gaps.enterprise': { field: 'enterpriseId', kind: 'Enterprise' },
  'gaps.map': { field: 'regionId', kind: 'Region' },
  'tackling.problem': { field: 'problemId', kind: 'Problem' },
  'tackling.person': { field: 'personId', kind: 'Person' },
  'dispatch.request': { field: 'requestId', kind: 'Request' },
  'sla.escalate': { field: 'requestId', kind: 'Request' },
};

/**
 * A job as the caller may read it, or a 404 — for a job it may not read as for one that does not
 * exist, so an id tells nothing to a key it was not given to. An import is read by the key that
 * sent it (its report repeats what was sent, rejected values and all); a job on one enterprise,
 * problem, request, person or region's map by a key whose region holds it; the assignment (served
 * to every key by GET /assignment) by anyone; whole-graph runs by keys without a region. Admins
 * read every job.
 */
export async function readableJob(app: ApiContext, caller: Caller, id: string): Promise<JobStatus> {
  const status = await app.jobs.status(id);
  if (!status || !(await mayRead(app, caller, status))) throw AppError.notFound(`job '${id}'`);
  return status;
}

async function mayRead(app: ApiContext, caller: Caller, job: JobStatus): Promise<boolean> {
  if (caller.role === 'admin' && caller.regionId === null) return true;
  if (job.name === 'import.file') {
    const sender = job.payload['submittedBy'] as { keyId?: unknown } | undefined;
    return sender?.keyId === caller.keyId;
  }
  if (job.name === 'assignment') return true;
  const scope = await app.scopes.of(caller);
  if (scope === null) return true;
  const subject = SUBJECT_OF[job.name];
  const id = subject ? job.payload[subject.field] : undefined;
  if (!subject || typeof id !== 'string') return false;
  const regions = await new RecordPlaces(app.store, [], new Map()).of(subject.kind, id);
  return regions.some((region) => scope.has(region));
}

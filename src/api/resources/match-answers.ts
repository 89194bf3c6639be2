import type { Caller } from '../../access/caller';
import {
  ListAnswer,
  storedCandidateLists,
  type CandidateListsRequest,
  type StoredListsAnswer,
} from '../../use-cases/candidates/stored-candidate-lists';
import type { ApiContext } from '../api-context';

export { ListAnswer };

/**
 * A node's stored candidate lists as the partner and candidate routes answer them: each list
 * ready, or (202) computing, with the job's id, when one has no run stored yet. Each list comes
 * with its answer as JSON text, which the routes send (JsonText) rather than serialise again.
 */
export async function storedLists<Q extends string>(
  app: ApiContext,
  caller: Caller,
  request: CandidateListsRequest<Q>,
  res: { status(code: number): unknown },
): Promise<StoredListsAnswer<Q>> {
  const answer = await storedCandidateLists({ ...app, caller }, request);
  if (answer.computing) res.status(202);
  return answer;
}

import { EngineError } from '../match/engine-error';
import { AppError } from '../shared/app-error';

/**
 * Bad input (a file that is not a bundle, an id no longer in the graph) will not improve with
 * retries: the runners fail such a job at once instead of backing off and trying again.
 */
export function isNotWorthRetrying(error: unknown): boolean {
  return error instanceof EngineError || (error instanceof AppError && error.isClientError);
}

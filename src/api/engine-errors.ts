import { AppError } from '../shared/app-error';
import type { EngineError } from '../match/engine-error';

/** An engine's refusal in HTTP terms: a node it does not know is a 404, an argument out of range a 400. */
export function appErrorOfEngine(error: EngineError): AppError {
  if (error.kind === 'not_found') return new AppError('not_found', error.message);
  const { name, reason } = error.argument ?? { name: 'input', reason: error.message };
  return AppError.badInput(name, reason);
}

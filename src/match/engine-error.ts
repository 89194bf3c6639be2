/**
 * What an engine says when its question cannot be answered: a node it was asked about is not in
 * the graph, or an argument is out of range. Engines know nothing of HTTP or jobs; the edges map
 * this to their own terms (the API to a 404 / 400, a job runner to a failure not worth retrying).
 */
export type EngineErrorKind = 'not_found' | 'bad_argument';

export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
    /** The argument at fault (bad_argument) and why, for the caller's error report. */
    readonly argument?: { name: string; reason: string },
  ) {
    super(message);
    this.name = 'EngineError';
  }

  /** @example EngineError.notFound(`Chain 'c1'`) */
  static notFound(what: string): EngineError {
    return new EngineError('not_found', `${what} was not found`);
  }

  /** @example EngineError.badArgument('limit', 'must be a whole number ≥ 1') */
  static badArgument(name: string, reason: string): EngineError {
    return new EngineError('bad_argument', `${name} ${reason}`, { name, reason });
  }
}

/**
 * The one error class (docs/architecture.md, A request's path: Errors). A client error carries a
 * 4xx status and names the field at fault; anything else is a bug and becomes a 500 without
 * details.
 */
export type ErrorCode =
  | 'bad_input'
  | 'not_found'
  | 'conflict'
  | 'unauthorised'
  | 'forbidden'
  | 'too_large'
  | 'too_many'
  | 'unavailable'
  | 'internal';

const statusOf: Record<ErrorCode, number> = {
  bad_input: 400,
  not_found: 404,
  conflict: 409,
  unauthorised: 401,
  forbidden: 403,
  too_large: 413,
  too_many: 429,
  unavailable: 503,
  internal: 500,
};

export interface FieldProblem {
  field: string;
  reason: string;
}

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
    this.status = statusOf[code];
  }

  /** @example AppError.badInput('limit', 'must be a whole number from 1 to 1000') */
  static badInput(field: string, reason: string): AppError {
    return new AppError('bad_input', `${field} ${reason}`, [{ field, reason }]);
  }

  static notFound(what: string): AppError {
    return new AppError('not_found', `${what} was not found`);
  }

  static unavailable(what: string, cause?: unknown): AppError {
    return new AppError('unavailable', `${what} is unavailable`, [], { cause });
  }

  get isClientError(): boolean {
    return this.status < 500;
  }
}

import { AppError, type ErrorCode, type FieldProblem } from '../../shared/app-error';

/**
 * How a query and its answer travel between an API process and the graph-query process: HTTP on
 * a Unix socket, `POST /ask/<query name>` with the arguments as JSON; 200 with the answer, or the
 * error's status with this body, from which the API process raises the same AppError.
 */
export interface WireError {
  code: ErrorCode;
  message: string;
  fields: FieldProblem[];
}

export const askPath = (name: string) => `/ask/${name}`;
/** GET: `{ "loaded": boolean }`. */
export const STATUS_PATH = '/status';

export function toWireError(error: AppError): WireError {
  return { code: error.code, message: error.message, fields: error.fields };
}

export function fromWireError(status: number, body: string): AppError {
  try {
    const wire = JSON.parse(body) as Partial<WireError>;
    if (typeof wire.code === 'string' && typeof wire.message === 'string')
      return new AppError(wire.code, wire.message, Array.isArray(wire.fields) ? wire.fields : []);
  } catch {
    // not ours: fall through
  }
  return new AppError('internal', `the graph-query process answered ${status}: ${body.slice(0, 200)}`);
}

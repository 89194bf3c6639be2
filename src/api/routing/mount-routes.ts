import { Router, type NextFunction, type Request, type Response } from 'express';
import type { z } from 'zod';
import type { Caller } from '../../access/caller';
import { AppError } from '../../shared/app-error';
import { describeIssue } from '../../shared/describe-issue';
import type { ApiContext } from '../api-context';
import { JsonText } from './json-text';
import type { RouteSpec } from './route';

/**
 * The routes on a router: each request is checked in this order — a caller (authenticate ran
 * before), a role the route allows, then path, query and body against the route's schemas — and
 * only then handed to the handler. Every refusal is an AppError, answered as problem+json by the
 * app's one error handler, naming the field and the reason.
 */
export function mountRoutes(specs: readonly RouteSpec[], app: ApiContext): Router {
  const router = Router();
  for (const spec of specs) {
    router[spec.method](spec.path, async (req: Request, res: Response, next: NextFunction) => {
      // the pattern, not the path, names the route in metrics (ids would make a series each)
      res.locals['route'] = `${req.baseUrl}${spec.path}`;
      try {
        const caller = res.locals['caller'] as Caller | undefined;
        if (!caller) throw new AppError('unauthorised', 'an API key is required');
        if (!spec.allow.includes(caller.role))
          throw new AppError('forbidden', `the ${caller.role} role may not: ${spec.summary.toLowerCase()}`);
        // a body of another type is not read at all: say so, rather than that the body is missing
        if (spec.body && hasBody(req) && !req.is('application/json'))
          throw AppError.badInput(
            'content-type',
            `must be application/json (got '${req.get('content-type') ?? 'none'}')`,
          );
        const params = parsed(spec.params, req.params, 'path');
        const query = parsed(spec.query, req.query, 'query');
        const body = parsed(spec.body, req.body, 'body');
        const result = await spec.handle({
          params,
          query,
          body,
          caller,
          app,
          requestId: String(res.locals['requestId'] ?? ''),
          req,
          res,
        });
        if (spec.response === null) return;
        // a handler may have chosen another status (202 while a list is computed)
        if (res.statusCode === 200) res.status(spec.status ?? 200);
        if (spec.status === 204) res.end();
        else if (result instanceof JsonText) res.type('application/json').send(result.text);
        else res.json(result);
      } catch (error) {
        next(error);
      }
    });
  }
  return router;
}

function parsed(schema: z.ZodType | undefined, input: unknown, where: 'path' | 'query' | 'body'): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(input ?? (where === 'body' ? undefined : {}));
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: [where, ...issue.path.map(String)].join('.'),
    reason: describeIssue(issue, input),
  }));
  throw new AppError('bad_input', fields.map((f) => `${f.field} ${f.reason}`).join('; '), fields);
}

/** Whether a request carries a body (as type-is decides: a length, or chunked). */
function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

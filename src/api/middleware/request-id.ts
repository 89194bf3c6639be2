import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const HEADER = 'x-request-id';
const ACCEPTABLE = /^[\w.:-]{1,128}$/;

/** Keeps a caller's request id when it is sane, else makes one; echoed on every response. */
export function requestId(req: Request, res: Response, next: NextFunction): void {
  const given = req.header(HEADER);
  const id = given && ACCEPTABLE.test(given) ? given : randomUUID();
  res.locals['requestId'] = id;
  res.setHeader(HEADER, id);
  next();
}

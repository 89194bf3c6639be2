import express, { type Request, type RequestHandler } from 'express';
import { AppError } from '../../shared/app-error';

/** Deepest nesting of arrays and objects a JSON body may have; a bundle needs about 4. */
export const MAX_JSON_DEPTH = 32;

/** File types POST /import takes as their own bytes. */
export const UPLOAD_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/**
 * The body parsers, mounted after authentication so no body is read for a caller without a
 * valid key. JSON is checked for nesting before it is parsed: JSON.parse takes any depth, but
 * what reads the value next (zod, JSON.stringify) recurses and would overflow the stack on a
 * body nested 100,000 deep. JSON must be UTF-8 (RFC 8259).
 */
export function requestBody(): RequestHandler[] {
  return [
    express.json({ limit: '10mb', verify: checkJson }),
    // uploads of files to import arrive as their own bytes
    (req, res, next) =>
      req.path === '/import' ? express.raw({ type: UPLOAD_TYPES, limit: '50mb' })(req, res, next) : next(),
  ];
}

function checkJson(_req: Request, _res: unknown, body: Buffer, encoding: string): void {
  if (encoding.toLowerCase().replace('-', '') !== 'utf8')
    throw AppError.badInput('content-type', `JSON must be UTF-8 (got charset ${encoding})`);
  const depth = nestingOf(body);
  if (depth > MAX_JSON_DEPTH)
    throw AppError.badInput('body', `is nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects`);
}

/**
 * The deepest nesting of `[` and `{` in JSON text, outside strings; stops counting once past
 * the limit. Works on the UTF-8 bytes: every byte it looks at is ASCII and never part of a
 * multi-byte character.
 */
export function nestingOf(body: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // backslash: the next byte is escaped
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > MAX_JSON_DEPTH) return deepest;
    } else if (byte === 0x5d || byte === 0x7d) depth--;
  }
  return deepest;
}

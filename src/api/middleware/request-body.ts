import { isUtf8 } from 'node:buffer';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { loneSurrogateProblem } from '../../domain/common.schema';
import { AppError } from '../../shared/app-error';

/** Deepest nesting of arrays and objects a JSON body may have; a bundle needs about 4. */
export const MAX_JSON_DEPTH = 32;

/** File types POST /import takes as their own bytes. */
export const UPLOAD_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/**
 * The body parsers, mounted after authentication so no body is read for a caller without a
 * valid key. JSON is checked before it is parsed: it must be UTF-8 (RFC 8259; the parser would
 * otherwise store U+FFFD for each bad byte), an object (every route takes one), and not nested
 * too deep (JSON.parse takes any depth, but what reads the value next, zod or JSON.stringify,
 * recurses and would overflow the stack on a body nested 100,000 deep). Once parsed, no string
 * in it may hold a lone surrogate (see refuseLoneSurrogates).
 */
export function requestBody(): RequestHandler[] {
  return [
    express.json({ limit: '10mb', verify: checkJson }),
    refuseLoneSurrogates,
    // uploads of files to import arrive as their own bytes
    (req, res, next) =>
      req.path === '/import' ? express.raw({ type: UPLOAD_TYPES, limit: '50mb' })(req, res, next) : next(),
  ];
}

function checkJson(_req: Request, _res: unknown, body: Buffer, encoding: string): void {
  if (encoding.toLowerCase().replace('-', '') !== 'utf8')
    throw AppError.badInput('content-type', `JSON must be UTF-8 (got charset ${encoding})`);
  if (!isUtf8(body)) throw AppError.badInput('body', 'is not valid UTF-8: JSON must be sent as UTF-8 (RFC 8259)');
  const depth = nestingOf(body);
  if (depth > MAX_JSON_DEPTH)
    throw AppError.badInput('body', `is nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects`);
  const kind = nonObjectKind(body);
  if (kind !== undefined) throw AppError.badInput('body', `must be a JSON object ({…}), not ${kind}`);
}

const KIND_OF_FIRST: Record<string, string> = { '[': 'an array', '"': 'a string', t: 'true', f: 'false', n: 'null' };

/**
 * What a JSON text holds when it is plainly not an object (an array, a string, a number, true,
 * false, null), judged by its first character; undefined for an object, an empty body (read as
 * `{}`) or text that is not JSON at all (the parser names where it breaks).
 */
function nonObjectKind(body: Buffer): string | undefined {
  let i = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0; // a UTF-8 byte order mark
  while (i < body.length && (body[i] === 0x20 || body[i] === 0x09 || body[i] === 0x0a || body[i] === 0x0d)) i++;
  if (i === body.length) return undefined;
  const first = String.fromCharCode(body[i]!);
  if (first === '-' || (first >= '0' && first <= '9')) return 'a number';
  return KIND_OF_FIRST[first];
}

/**
 * Refuses a JSON body holding a lone surrogate (`"\udc00"`) in any string or key, naming where:
 * it is no character, so it cannot be stored as UTF-8 or put in a URL, and a record whose id held
 * one could never be addressed again. The schemas of ids, names and texts refuse it too; this
 * covers every other string. An import is left to its schemas, which reject the row, not the file.
 */
function refuseLoneSurrogates(req: Request, _res: Response, next: NextFunction): void {
  const found = req.path === '/import' ? undefined : loneSurrogateIn(req.body, ['body']);
  next(found ? new AppError('bad_input', `${found.field} ${found.reason}`, [found]) : undefined);
}

function loneSurrogateIn(value: unknown, path: string[]): { field: string; reason: string } | undefined {
  if (typeof value === 'string') {
    const reason = loneSurrogateProblem(value);
    return reason === undefined ? undefined : { field: path.join('.'), reason };
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = loneSurrogateProblem(key);
    if (keyProblem !== undefined) return { field: path.join('.'), reason: `has a key that ${keyProblem}` };
    const found = loneSurrogateIn(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
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

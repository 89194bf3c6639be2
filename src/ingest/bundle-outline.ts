import { AppError } from '../shared/app-error';

/** A top-level member of a bundle file: its key, and how many records it holds when it is an array. */
export interface OutlineMember {
  key: string;
  /** Elements of the array; null when the value is not an array. */
  records: number | null;
}

/** What a bundle file holds at its top level, read without building any record. */
export interface BundleOutline {
  members: OutlineMember[];
  /** The `format` member's value (undefined when absent; a container is described, not built). */
  format: unknown;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * One fast pass over a bundle file's bytes (no tokens, no objects): the top-level keys in file
 * order, the record count of each array and the `format` value. The import needs these before it
 * parses a record: the format is checked before anything is written, the counts drive progress,
 * and the order of the sections says which must wait for others (bundle-records.ts). Only the
 * structure is checked here (an object at the top, brackets balanced, strings closed); a syntax
 * error inside a record is found by the parser when it reaches it.
 */
export async function outlineBundle(bytes: AsyncIterable<Buffer | string>): Promise<BundleOutline> {
  const members: OutlineMember[] = [];
  let format: unknown;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  let expectKey = false;
  let text: number[] | null = null; // a depth-1 string or primitive being captured
  let current: OutlineMember | null = null;
  let elementPending = false; // inside a section array, between '[' or ',' and the next element
  let valueBytes: number[] | null = null; // the format member's primitive value
  const finishFormat = () => {
    if (valueBytes === null) return;
    const raw = Buffer.from(valueBytes).toString('utf8').trim();
    try {
      format = JSON.parse(raw);
    } catch {
      format = raw;
    }
    valueBytes = null;
  };
  for await (const piece of bytes) {
    const buffer = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    for (let i = 0; i < buffer.length; i++) {
      const b = buffer[i] as number;
      if (inString) {
        if (text) text.push(b);
        if (valueBytes) valueBytes.push(b);
        if (escaped) escaped = false;
        else if (b === BACKSLASH) escaped = true;
        else if (b === QUOTE) {
          inString = false;
          if (text) {
            text.pop();
            const key = JSON.parse(`"${Buffer.from(text).toString('utf8')}"`) as string;
            text = null;
            current = { key, records: null };
            members.push(current);
          }
        }
        continue;
      }
      if (isSpace(b)) continue;
      if (!started) {
        if (b !== OPEN_BRACE) throw AppError.badInput('bundle', 'must be a JSON object');
        started = true;
        depth = 1;
        expectKey = true;
        continue;
      }
      if (depth === 0) throw new SyntaxError('text after the closing brace');
      if (depth === 2 && elementPending && b !== CLOSE_BRACKET && current?.records !== null && current) {
        current.records = (current.records ?? 0) + 1;
        elementPending = false;
      }
      if (b === QUOTE) {
        inString = true;
        if (depth === 1 && expectKey) {
          text = [];
          expectKey = false;
        } else if (valueBytes) valueBytes.push(b);
        continue;
      }
      if (depth === 1 && b === COLON) {
        if (current?.key === 'format') valueBytes = [];
        continue;
      }
      if (b === OPEN_BRACE || b === OPEN_BRACKET) {
        if (depth === 1) {
          if (valueBytes) {
            valueBytes = null;
            format = b === OPEN_BRACE ? '(an object)' : '(an array)';
          }
          if (b === OPEN_BRACKET && current) {
            current.records = 0;
            elementPending = true;
          }
        }
        depth++;
        continue;
      }
      if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) finishFormat();
        if (depth === 1) elementPending = false;
        if (depth < 0) throw new SyntaxError('unbalanced brackets');
        continue;
      }
      if (b === COMMA) {
        if (depth === 1) {
          finishFormat();
          expectKey = true;
        } else if (depth === 2) elementPending = true;
        continue;
      }
      if (valueBytes) valueBytes.push(b);
    }
  }
  if (!started) throw AppError.badInput('bundle', 'must be a JSON object');
  if (depth !== 0 || inString) throw new SyntaxError('the file ends inside a value');
  return { members, format };
}

import { AppError } from '../shared/app-error';

/** What the scanner tells as it reads a bundle file's bytes. */
export interface BundleScanHandlers {
  /** A top-level member starts: its key. */
  key(key: string): void;
  /** The member's value is an array; its elements follow, then arrayEnd. */
  arrayStart(): void;
  /** An element of the array ended: its bytes when elements are captured, else null. */
  element(bytes: Buffer | null): void;
  arrayEnd(): void;
  /** The member's value is not an array: its bytes when captured, else null. */
  value(bytes: Buffer | null): void;
}

/** Which bytes the scanner keeps for its handlers; what it does not keep costs nothing. */
export interface BundleCapture {
  /** The elements of top-level arrays (the records). */
  elements: boolean;
  /** The value of a member that is not an array, by the member's key. */
  value(key: string): boolean;
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
 * The byte scanner under both passes of a streamed import (bundle-outline.ts counts, bundle-records.ts
 * parses): it finds a bundle file's top-level keys and where each value, and each element of a
 * top-level array, starts and ends — no tokens, no objects. Only the structure is checked here
 * (an object at the top, brackets balanced, strings closed); what is inside a value is JSON.parse's
 * to check. Bytes are pushed chunk by chunk; memory holds the value being captured, never the file.
 * Hand-written rather than stream-json: on a 10.7 MiB bundle, stream-json's tokenizer alone took
 * 1.1 s and this scanner with JSON.parse per record about a quarter of that.
 */
export class BundleScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private expectKey = false;
  private keyBytes: number[] | null = null;
  private key = '';
  private inArray = false;
  /** The value or element being read: its earlier chunks, and where it starts in this one (-1: none). */
  private parts: Buffer[] = [];
  private from = -1;
  private reading = false;
  private capturing = false;
  private readDepth = 0;
  /** After ':' (depth 1) or '[' / ',' (depth 2): a value starts at the next byte. */
  private pendingValue = false;

  constructor(
    private readonly on: BundleScanHandlers,
    private readonly capture: BundleCapture,
  ) {}

  push(piece: Buffer | string): void {
    const buffer = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    if (this.capturing) this.from = 0;
    for (let i = 0; i < buffer.length; i++) {
      const b = buffer[i] as number;
      if (this.inString) {
        if (this.keyBytes) this.keyBytes.push(b);
        if (this.escaped) this.escaped = false;
        else if (b === BACKSLASH) this.escaped = true;
        else if (b === QUOTE) {
          this.inString = false;
          if (this.keyBytes) {
            this.keyBytes.pop();
            this.key = JSON.parse(`"${Buffer.from(this.keyBytes).toString('utf8')}"`) as string;
            this.on.key(this.key);
            this.keyBytes = null;
          } else if (this.reading && this.depth === this.readDepth) this.finish(buffer, i + 1);
        }
        continue;
      }
      if (isSpace(b)) continue;
      if (!this.started) {
        if (b !== OPEN_BRACE) throw AppError.badInput('bundle', 'must be a JSON object');
        this.started = true;
        this.depth = 1;
        this.expectKey = true;
        continue;
      }
      if (this.depth === 0) throw new SyntaxError('text after the closing brace');
      if (this.pendingValue && !(this.inArray && this.depth === 2 && b === CLOSE_BRACKET)) {
        this.pendingValue = false;
        if (this.depth === 1 && b === OPEN_BRACKET) {
          this.inArray = true;
          this.on.arrayStart();
          this.depth = 2;
          this.pendingValue = true;
          continue;
        }
        this.reading = true;
        this.capturing = this.depth === 1 ? this.capture.value(this.key) : this.capture.elements;
        this.readDepth = this.depth;
        this.from = i;
      }
      if (b === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.expectKey) {
          this.keyBytes = [];
          this.expectKey = false;
        }
        continue;
      }
      if (b === OPEN_BRACE || b === OPEN_BRACKET) {
        this.depth++;
        continue;
      }
      if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        this.pendingValue = false;
        if (this.reading && this.depth === this.readDepth) this.finish(buffer, i); // a number or literal ends
        this.depth--;
        if (this.depth < 0) throw new SyntaxError('unbalanced brackets');
        if (this.reading && this.depth === this.readDepth) this.finish(buffer, i + 1);
        else if (this.inArray && this.depth === 1) {
          this.inArray = false;
          this.on.arrayEnd();
        }
        continue;
      }
      if (b === COMMA && this.depth <= 2) {
        if (this.reading && this.depth === this.readDepth) this.finish(buffer, i);
        if (this.depth === 1) this.expectKey = true;
        else if (this.inArray) this.pendingValue = true;
        continue;
      }
      if (b === COLON && this.depth === 1) this.pendingValue = true;
    }
    if (this.capturing) this.parts.push(buffer.subarray(this.from));
  }

  /** The file has ended: throws when it ended inside a value or held no object. */
  end(): void {
    if (!this.started) throw AppError.badInput('bundle', 'must be a JSON object');
    if (this.depth !== 0 || this.inString) throw new SyntaxError('the file ends inside a value');
  }

  private finish(buffer: Buffer, end: number): void {
    const element = this.inArray;
    let bytes: Buffer | null = null;
    if (this.capturing) {
      this.parts.push(buffer.subarray(this.from, end));
      bytes = this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts);
    }
    this.parts = [];
    this.from = -1;
    this.reading = false;
    this.capturing = false;
    if (element) this.on.element(bytes);
    else this.on.value(bytes);
  }
}

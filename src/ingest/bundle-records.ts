import { BundleScanner } from './bundle-scanner';

/** What a bundle file holds, in file order, one top-level member's records at a time. */
export type BundleEvent =
  | { kind: 'record'; key: string; index: number; value: unknown }
  /** A top-level member that is not an array (the format, or a section given wrongly). */
  | { kind: 'value'; key: string; value: unknown }
  | { kind: 'end'; key: string };

/**
 * Reads a bundle file as a stream of records: the scanner (bundle-scanner.ts) finds where each
 * element of a top-level array starts and ends, and only that element's bytes are given to
 * JSON.parse, which checks each record's syntax strictly. Memory holds the record being read,
 * never the file.
 */
export async function* bundleEvents(input: AsyncIterable<Buffer | string>): AsyncGenerator<BundleEvent> {
  const events: BundleEvent[] = [];
  let key = '';
  let index = 0;
  const parse = (bytes: Buffer | null): unknown => JSON.parse((bytes as Buffer).toString('utf8'));
  const scanner = new BundleScanner(
    {
      key: (k) => (key = k),
      arrayStart: () => (index = 0),
      element: (bytes) => events.push({ kind: 'record', key, index: index++, value: parse(bytes) }),
      arrayEnd: () => events.push({ kind: 'end', key }),
      value: (bytes) => events.push({ kind: 'value', key, value: parse(bytes) }),
    },
    { elements: true, value: () => true },
  );
  for await (const piece of input) {
    scanner.push(piece);
    if (events.length > 0) yield* events.splice(0, events.length);
  }
  scanner.end();
}

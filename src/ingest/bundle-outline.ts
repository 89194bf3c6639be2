import { BundleScanner } from './bundle-scanner';

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

/**
 * One fast pass over a bundle file's bytes (bundle-scanner.ts, records neither captured nor
 * parsed): the top-level keys in file order, the record count of each array and the `format`
 * value. The import needs these before it parses a record: the format is checked before anything
 * is written, the counts drive progress, and the order of the sections says which must wait for
 * others (import-bundle-stream.ts). A syntax error inside a record is found by the parser when it
 * reaches it.
 */
export async function outlineBundle(bytes: AsyncIterable<Buffer | string>): Promise<BundleOutline> {
  const members: OutlineMember[] = [];
  let format: unknown;
  let current: OutlineMember | null = null;
  const scanner = new BundleScanner(
    {
      key: (key) => members.push((current = { key, records: null })),
      arrayStart: () => {
        current!.records = 0;
        if (current!.key === 'format') format = '(an array)';
      },
      element: () => current!.records!++,
      arrayEnd: () => undefined,
      value: (value) => {
        if (value) format = formatOf(value.toString('utf8').trim());
      },
    },
    // only the format's value is kept: a section given as one huge object costs nothing here
    { elements: false, value: (key) => key === 'format' },
  );
  for await (const piece of bytes) scanner.push(piece);
  scanner.end();
  return { members, format };
}

/** The format member's value: a primitive as it is, text that is not JSON as written, a container described. */
function formatOf(raw: string): unknown {
  if (raw.startsWith('{')) return '(an object)';
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

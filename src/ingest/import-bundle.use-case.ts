import type { GraphStore } from '../store/graph-store';
import { AppError } from '../shared/app-error';
import { BUNDLE_FORMAT, BUNDLE_SECTIONS, type BundleSection } from './bundle.schema';
import type { ImportReport } from './import-report';
import type { ImportCandidate } from './import-references';
import type { ImportCaller } from './import-scope';
import { ImportSession } from './import-session';
import { prepareRoster } from './roster/prepare-roster';

export interface ImportOptions {
  /** Validate and report without writing anything. */
  dryRun?: boolean;
  /** Called as records are written: done of total. */
  onProgress?: (done: number, total: number) => void;
  /** File line of a record, for reports of CSV and XLSX imports. */
  lineOf?: (section: BundleSection, index: number) => number | undefined;
  /**
   * Keep a record of the past (an outcome) whose subject or candidate names nothing — deleted
   * since, as in an export re-imported — rather than reject it. Default true; the API's writes,
   * which record the present, pass false.
   */
  keepHistory?: boolean;
  /**
   * Who imports: a key limited to a region imports only what lies in it, and only an admin
   * imports the regions, chains, segments and feeds (import-scope.ts); the others are rejected
   * row by row. Absent: an admin's import (the CLI, the seeds).
   */
  caller?: ImportCaller;
  /**
   * A park's roster (file imports): enterprises without ids get stable ones, regions and segments
   * may be named rather than given by id, and enterprises without segments are placed on the
   * chains (挂链) or queued for review. Off for the seeds and the API's record writes.
   */
  roster?: boolean;
  /** Records per chunk (default CHUNK_RECORDS); smaller only to exercise the chunked path on a small bundle. */
  chunkRecords?: number;
}

type Rec = Record<string, unknown>;

/**
 * Records per chunk of the import pipeline. A section up to this size is checked whole (as any
 * file a person uploads is); a province's larger sections go through in chunks of it, so memory
 * holds one chunk's records, not the file's (import-session.ts says what is kept across chunks).
 */
export const CHUNK_RECORDS = 25_000;

/**
 * Imports a redchain-bundle/1 document: every record is validated on its own, references are
 * checked against the bundle and the graph, enterprise names are resolved so that a company
 * already in the graph is not created twice, and every valid record is written in batches. A
 * record with any problem writes nothing of itself (never half a record) and is reported with
 * its position, field and reason; records that depend on it are reported too. Ambiguous names go
 * to a review list. Re-importing the same input changes nothing. A file too large to hold is
 * imported by importBundleFile (import-bundle-stream.ts), through the same session.
 */
export async function importBundle(
  store: GraphStore,
  raw: unknown,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const prepared = await openBundle(store, raw, options.roster ?? false);
  const bundle = prepared.bundle;
  const total = BUNDLE_SECTIONS.reduce(
    (n, s) => n + (Array.isArray(bundle[s]) ? (bundle[s] as unknown[]).length : 0),
    0,
  );
  // the bundle is held whole already: what its chunks remember of each other can be too
  const session = new ImportSession(store, sessionOptions(options), prepared.notes, total);
  try {
    for (const section of BUNDLE_SECTIONS) {
      const value = bundle[section] ?? [];
      if (!Array.isArray(value)) {
        session.notAnArray(section);
        continue;
      }
      const chunks = new SectionChunks(session, section, options.chunkRecords);
      for (const [index, item] of value.entries()) await chunks.add(index, item);
      await chunks.flush();
    }
    return session.finish();
  } finally {
    await session.close();
  }
}

/** The session's options from the caller's, with their defaults. */
export function sessionOptions(options: ImportOptions): ConstructorParameters<typeof ImportSession>[1] {
  const { dryRun = false, onProgress, lineOf = () => undefined, keepHistory = true, caller, roster = false } = options;
  return { dryRun, keepHistory, roster, lineOf, ...(caller ? { caller } : {}), ...(onProgress ? { onProgress } : {}) };
}

/** A section's records read one by one into chunks (of CHUNK_RECORDS unless told), each imported when full. */
export class SectionChunks {
  private parsed: ImportCandidate[] = [];
  private received = 0;

  constructor(
    private readonly session: ImportSession,
    private readonly section: BundleSection,
    private readonly size = CHUNK_RECORDS,
  ) {}

  async add(index: number, item: unknown): Promise<void> {
    const candidate = this.session.read(this.section, index, item);
    if (candidate) this.parsed.push(candidate);
    if (++this.received >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.received === 0) return;
    const parsed = this.parsed;
    const received = this.received;
    this.parsed = [];
    this.received = 0;
    await this.session.importChunk(parsed, received);
  }
}

/** The bundle to import: a JSON object of redchain-bundle/1, a roster first made one (prepare-roster.ts). */
async function openBundle(store: GraphStore, raw: unknown, roster: boolean): Promise<{ bundle: Rec; notes: string[] }> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw AppError.badInput('bundle', 'must be a JSON object');
  const prepared = roster ? await prepareRoster(store, raw as Rec) : { bundle: raw as Rec, notes: [] };
  checkFormat(prepared.bundle['format']);
  return prepared;
}

export function checkFormat(format: unknown): void {
  if (format !== BUNDLE_FORMAT)
    throw AppError.badInput('format', `must be '${BUNDLE_FORMAT}', got ${JSON.stringify(format)}`);
}

import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { AppError } from '../shared/app-error';
import type { GraphStore } from '../store/graph-store';
import { BUNDLE_SECTIONS, type BundleSection } from './bundle.schema';
import { outlineBundle } from './bundle-outline';
import { bundleEvents } from './bundle-records';
import {
  CHUNK_RECORDS,
  checkFormat,
  SectionChunks,
  sessionOptions,
  type ImportOptions,
} from './import-bundle.use-case';
import { ImportLedger } from './import-ledger';
import type { ImportReport } from './import-report';
import { ImportSession } from './import-session';

/** A bundle file's syntax is broken: the caller names the file. */
export class BundleSyntaxError extends Error {}

const isSection = (key: string): key is BundleSection => (BUNDLE_SECTIONS as string[]).includes(key);

/**
 * Imports a redchain-bundle/1 file as a stream: a first pass over its bytes finds its sections
 * (bundle-outline.ts) and checks the format before anything is written; the second parses one
 * record at a time and feeds the import session in chunks, so memory does not grow with the
 * file's records, only with their ids (import-session.ts). `open` is called once per pass.
 *
 * Sections are imported in BUNDLE_SECTIONS order, where what a record references comes first. A
 * file that gives a section before one it depends on (people before enterprises) has that section
 * spilled, record per line, to a temporary file while the rest is read, and imported from there
 * at its turn; a file in the usual order (an export, the generator's) is read once and spills
 * nothing.
 */
export async function importBundleFile(
  store: GraphStore,
  open: () => Readable,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const outline = await outlineBundle(open()).catch(syntax);
  checkFormat(outline.format);
  const present = new Set<BundleSection>();
  let total = 0;
  for (const member of outline.members) {
    if (!isSection(member.key)) continue;
    present.add(member.key);
    total += member.records ?? 0;
  }
  const chunkRecords = options.chunkRecords ?? CHUNK_RECORDS;
  // a file of more than one chunk keeps what its chunks remember of each other on disk: memory
  // then holds a chunk, whatever the file's size
  const ledger = total > chunkRecords ? await ImportLedger.onDisk() : ImportLedger.inMemory();
  const session = new ImportSession(store, sessionOptions(options), [], total, ledger);
  const done = new Set<BundleSection>();
  const ready = (section: BundleSection) =>
    BUNDLE_SECTIONS.slice(0, BUNDLE_SECTIONS.indexOf(section)).every((s) => !present.has(s) || done.has(s));
  const spills = new SpillFiles();
  try {
    let chunks: SectionChunks | null = null;
    let spill: WriteStream | null = null;
    try {
      for await (const event of bundleEvents(open())) {
        if (!isSection(event.key) || done.has(event.key) || spills.has(event.key, spill)) continue;
        const section = event.key;
        if (event.kind === 'value') {
          session.notAnArray(section);
          done.add(section);
        } else if (event.kind === 'end') {
          if (chunks) await chunks.flush();
          else if (!spill) done.add(section); // an empty section
          if (spill) await spills.close(section, spill);
          chunks = null;
          spill = null;
          if (!spills.pending(section)) done.add(section);
        } else if (spill || (!chunks && !ready(section))) {
          spill ??= await spills.open(section);
          await spills.write(spill, event.value);
        } else {
          chunks ??= new SectionChunks(session, section, chunkRecords);
          await chunks.add(event.index, event.value);
        }
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      syntax(error);
    }
    for (const section of BUNDLE_SECTIONS) {
      if (!spills.pending(section)) continue;
      const sectionChunks = new SectionChunks(session, section, chunkRecords);
      let index = 0;
      for await (const line of spills.lines(section)) await sectionChunks.add(index++, JSON.parse(line));
      await sectionChunks.flush();
      done.add(section);
    }
    return session.finish();
  } finally {
    await spills.remove();
    await session.close();
  }
}

function syntax(error: unknown): never {
  if (error instanceof AppError) throw error;
  throw new BundleSyntaxError((error as Error).message);
}

/** Sections that came before what they depend on, one temporary file each, a record per line. */
class SpillFiles {
  private dir: string | null = null;
  private readonly files = new Map<BundleSection, string>();
  private readonly closed = new Set<BundleSection>();

  /** Whether the section has been spilled whole already (a second member of the same name is skipped). */
  has(section: BundleSection, open: WriteStream | null): boolean {
    return this.closed.has(section) && open === null;
  }

  pending(section: BundleSection): boolean {
    return this.closed.has(section);
  }

  async open(section: BundleSection): Promise<WriteStream> {
    this.dir ??= await mkdtemp(path.join(os.tmpdir(), 'redchain-import-'));
    const file = path.join(this.dir, `${section}.ndjson`);
    this.files.set(section, file);
    return createWriteStream(file, { mode: 0o600 });
  }

  async write(stream: WriteStream, value: unknown): Promise<void> {
    if (!stream.write(`${JSON.stringify(value)}\n`))
      await new Promise<void>((resolve) => stream.once('drain', resolve));
  }

  async close(section: BundleSection, stream: WriteStream): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    this.closed.add(section);
  }

  lines(section: BundleSection): AsyncIterable<string> {
    return createInterface({ input: createReadStream(this.files.get(section) as string), crlfDelay: Infinity });
  }

  async remove(): Promise<void> {
    // the spill holds the file's records (personal data): it goes whatever happened
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}

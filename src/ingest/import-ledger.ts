import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ClassicLevel } from 'classic-level';
import type { NodeKind } from '../domain';
import { coreName, normaliseName } from '../text/company-name';
import type { NameEntry } from '../text/name-resolution';
import type { BundleSection } from './bundle.schema';
import { addId, type IdsByKind } from './import-references';

/** Strings by key, read and written a chunk at a time: a Map, or LevelDB on disk. */
interface KeyValues {
  getMany(keys: string[]): Promise<(string | undefined)[]>;
  putMany(entries: [string, string][]): Promise<void>;
  close(): Promise<void>;
}

/** What one chunk adds to the ledger, written in one batch once the chunk is through. */
export interface LedgerChunk {
  /** The chunk's records that passed their schema, by section: id → index in the section. */
  seen: { section: BundleSection; id: string; index: number }[];
  /** The ids the chunk's live records are written as, by kind. */
  live: IdsByKind;
  /** The ids of the chunk's records held for review, by kind. */
  held: IdsByKind;
  /** New enterprise ids linked to an enterprise the graph has under another id. */
  linked: Map<string, string>;
  /** New enterprises created by the chunk, for later rows of the same company. */
  names: NameEntry[];
}

/** The exact keys an enterprise's names are found by: USCC, normalised names, core names. */
export interface NameKeys {
  usccs: string[];
  normals: string[];
  cores: string[];
}

const SEP = '\u0000';

/**
 * What an import remembers of its earlier chunks, so that a chunk is checked as if the whole file
 * were one (import-session.ts): the ids met per section (a repeated id is rejected), the ids
 * written or held per kind (what later records may reference), the new enterprise ids linked to
 * the graph's, and the new enterprises' names (a company given twice is created once). Each chunk
 * asks only about what it mentions and adds what it decided in one batch, so the session holds
 * one chunk's worth of it at a time.
 *
 * An import held whole in memory keeps it in a Map (`inMemory`); a streamed import larger than a
 * chunk keeps it on disk in LevelDB (`onDisk`, classic-level), in a private temporary directory
 * removed by `close`, so that its memory does not grow with the file.
 */
export class ImportLedger {
  private nextName = 0;

  private constructor(private readonly kv: KeyValues) {}

  static inMemory(): ImportLedger {
    const map = new Map<string, string>();
    return new ImportLedger({
      getMany: async (keys) => keys.map((key) => map.get(key)),
      putMany: async (entries) => {
        for (const [key, value] of entries) map.set(key, value);
      },
      close: async () => map.clear(),
    });
  }

  static async onDisk(): Promise<ImportLedger> {
    // the ledger holds the file's ids and company names: a directory only this user reads
    const dir = await mkdtemp(path.join(os.tmpdir(), 'redchain-import-ledger-'));
    // LevelDB's own bounds: a 4 MiB write buffer, an 8 MiB block cache
    const db = new ClassicLevel<string, string>(dir, { keyEncoding: 'utf8', valueEncoding: 'utf8' });
    try {
      await db.open();
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    return new ImportLedger({
      getMany: (keys) => (keys.length === 0 ? Promise.resolve([]) : db.getMany(keys)),
      putMany: (entries) =>
        entries.length === 0
          ? Promise.resolve()
          : db.batch(entries.map(([key, value]) => ({ type: 'put', key, value }))),
      close: async () => {
        try {
          await db.close();
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    });
  }

  /** Of these ids of a section's records, those met in earlier chunks, with the index first met at. */
  async firstSeen(section: BundleSection, ids: string[]): Promise<Map<string, number>> {
    const values = await this.kv.getMany(ids.map((id) => key('s', section, id)));
    const found = new Map<string, number>();
    values.forEach((value, i) => {
      if (value !== undefined) found.set(ids[i] as string, Number(value));
    });
    return found;
  }

  /** Which of these ids earlier chunks wrote (live) or held for review, by kind. */
  async earlier(wanted: IdsByKind): Promise<{ live: IdsByKind; held: IdsByKind }> {
    const asked: [NodeKind, string][] = [];
    for (const [kind, ids] of wanted) for (const id of ids) asked.push([kind, id]);
    const [live, held] = await Promise.all(
      (['l', 'h'] as const).map(async (tag) => {
        const values = await this.kv.getMany(asked.map(([kind, id]) => key(tag, kind, id)));
        const ids: IdsByKind = new Map();
        values.forEach((value, i) => {
          if (value !== undefined) addId(ids, ...(asked[i] as [NodeKind, string]));
        });
        return ids;
      }),
    );
    return { live: live as IdsByKind, held: held as IdsByKind };
  }

  /** The enterprises these new ids were linked to by earlier chunks. */
  async linked(ids: string[]): Promise<Map<string, string>> {
    const values = await this.kv.getMany(ids.map((id) => key('m', id)));
    const found = new Map<string, string>();
    values.forEach((value, i) => {
      if (value !== undefined) found.set(ids[i] as string, value);
    });
    return found;
  }

  /** The new enterprises of earlier chunks that share a key with these, in the order they were met. */
  async names(keys: NameKeys): Promise<NameEntry[]> {
    const lists = await this.kv.getMany(nameKeys(keys));
    const ids = new Set<string>();
    for (const list of lists) if (list !== undefined) for (const id of JSON.parse(list) as string[]) ids.add(id);
    const entries = await this.kv.getMany([...ids].map((id) => key('ne', id)));
    return entries
      .filter((value): value is string => value !== undefined)
      .map((value) => JSON.parse(value) as { order: number; entry: NameEntry })
      .sort((a, b) => a.order - b.order)
      .map((e) => e.entry);
  }

  /** A chunk's decisions, in one batch. */
  async record(chunk: LedgerChunk): Promise<void> {
    const puts: [string, string][] = [];
    for (const { section, id, index } of chunk.seen) puts.push([key('s', section, id), String(index)]);
    for (const [tag, byKind] of [
      ['l', chunk.live],
      ['h', chunk.held],
    ] as const)
      for (const [kind, ids] of byKind) for (const id of ids) puts.push([key(tag, kind, id), '']);
    for (const [from, to] of chunk.linked) puts.push([key('m', from), to]);
    puts.push(...(await this.nameLists(chunk.names)));
    for (const entry of chunk.names)
      puts.push([key('ne', entry.id), JSON.stringify({ order: this.nextName++, entry })]);
    await this.kv.putMany(puts);
  }

  /** Removes what it holds (the disk ledger's directory with it). */
  close(): Promise<void> {
    return this.kv.close();
  }

  /** The key lists the new entries join: each list as stored with the new ids appended. */
  private async nameLists(entries: NameEntry[]): Promise<[string, string][]> {
    const added = new Map<string, string[]>();
    for (const entry of entries)
      for (const k of nameKeys(keysOfEntry(entry))) {
        const ids = added.get(k) ?? [];
        if (!ids.includes(entry.id)) ids.push(entry.id);
        added.set(k, ids);
      }
    const keys = [...added.keys()];
    const stored = await this.kv.getMany(keys);
    return keys.map((k, i) => {
      const before = stored[i] === undefined ? [] : (JSON.parse(stored[i] as string) as string[]);
      return [k, JSON.stringify([...before, ...(added.get(k) as string[])])];
    });
  }
}

/** The keys an entry's names are indexed by in the resolver (name-index.ts). */
function keysOfEntry(entry: NameEntry): NameKeys {
  const texts = [entry.name, ...(entry.aliases ?? [])];
  return {
    usccs: entry.uscc ? [entry.uscc.toUpperCase()] : [],
    normals: texts.map(normaliseName),
    cores: texts.map(coreName),
  };
}

/** The keys an exact-only resolver looks a query up by (name-resolver.ts). */
export function keysOfQuery(query: { name: string; uscc?: string }): NameKeys {
  return {
    usccs: query.uscc ? [query.uscc.trim().toUpperCase()] : [],
    normals: [normaliseName(query.name)],
    cores: [coreName(query.name)],
  };
}

function nameKeys({ usccs, normals, cores }: NameKeys): string[] {
  return [
    ...new Set([
      ...usccs.map((u) => key('nu', u)),
      ...normals.map((n) => key('nn', n)),
      ...cores.map((c) => key('nc', c)),
    ]),
  ];
}

function key(...parts: string[]): string {
  return parts.join(SEP);
}

import { inflateRawSync } from 'node:zlib';

/**
 * The parts of a zip (an XLSX workbook is one), read from its central directory (PKWARE APPNOTE
 * 4.3.12, 4.3.16 and 4.3.7), and one part's bytes inflated with a cap on their size: a workbook
 * can be measured (rows, cells, uncompressed size) before anything builds it in memory, and a
 * part that inflates past its cap (a zip bomb, or a size that lied) is stopped there.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedBytes: number;
  /** As declared; 0xFFFFFFFF (ZIP64) reads as infinite, past any limit. */
  uncompressedBytes: number;
  localHeaderAt: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** The entries of a zip, or null when `bytes` is not one. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end record is the last 22 bytes, followed by a comment of up to 65,535 bytes
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const size = view.getUint32(at + 24, true);
    const compressed = view.getUint32(at + 20, true);
    entries.push({
      name: Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString('utf8'),
      method: view.getUint16(at + 10, true),
      compressedBytes: compressed === ZIP64_MARK ? Number.POSITIVE_INFINITY : compressed,
      uncompressedBytes: size === ZIP64_MARK ? Number.POSITIVE_INFINITY : size,
      localHeaderAt: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** An entry's bytes, inflated; throws a RangeError when they would pass `maxBytes`. */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderAt;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new Error(`the zip's entry ${entry.name} is damaged`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = Buffer.from(
    bytes.buffer,
    bytes.byteOffset + start,
    Math.min(entry.compressedBytes, bytes.byteLength - start),
  );
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new RangeError(`${entry.name} is larger than ${maxBytes} bytes`);
    return data;
  }
  if (entry.method !== 8)
    throw new Error(`the zip's entry ${entry.name} uses a compression XLSX does not (${entry.method})`);
  return inflateRawSync(data, { maxOutputLength: maxBytes });
}

import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Personal data: only the server's user reads its files. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Atomic snapshot writes: the new content goes to a temp file in the same folder, is flushed
 * to disk, renamed over the old one, and the folder is flushed so the rename itself survives a
 * crash. A crash at any point leaves either the old snapshot or the new one, never a torn file;
 * a failed write (disk full) removes its temp file and leaves the old snapshot as it was.
 */
export async function writeSnapshotAtomically(file: string, content: string): Promise<void> {
  const temp = `${file}.tmp-${process.pid}-${Date.now()}`;
  try {
    const handle = await fs.open(temp, 'w', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(file));
}

/** Flushes a directory's entries (a created or renamed file) to disk. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Makes the data directory (0700) when it is missing. An existing one keeps its mode: it may be
 * a shared folder the snapshot was pointed into.
 */
export async function ensureDataDirectory(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/** The snapshot's text, or null when there is none yet. */
export async function readSnapshot(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

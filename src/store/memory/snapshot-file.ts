import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Atomic snapshot writes: the new content goes to a temp file in the same folder, is flushed
 * to disk, then renamed over the old one. A crash at any point leaves either the old snapshot
 * or the new one, never a torn file.
 */
export async function writeSnapshotAtomically(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}-${Date.now()}`;
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temp, file);
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

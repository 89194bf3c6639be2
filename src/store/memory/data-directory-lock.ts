import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DataDirectoryLockedError, DataFileError } from './data-file-error';

export const LOCK_FILE = 'redchain.lock';

const LockContent = z.object({ pid: z.number().int().positive(), startedAt: z.string() });
type LockContent = z.infer<typeof LockContent>;

/** Lock files this process holds: a second open in the same process is refused like another's. */
const heldHere = new Set<string>();

/**
 * One writer per data directory, as PostgreSQL's postmaster.pid: a file created exclusively,
 * holding the pid and start time of the process that writes the directory. A lock whose process
 * is gone (killed, crashed) is stale and taken over; a live one refuses naming its pid. The pid
 * of this very process in a lock it does not hold is stale too (a container restarted with the
 * same pid).
 */
export class DataDirectoryLock {
  private released = false;

  private constructor(readonly file: string) {}

  static async take(dir: string): Promise<DataDirectoryLock> {
    const file = path.join(dir, LOCK_FILE);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const handle = await fs.open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
        try {
          const content: LockContent = { pid: process.pid, startedAt: new Date().toISOString() };
          await handle.writeFile(JSON.stringify(content));
          await handle.sync();
        } finally {
          await handle.close();
        }
        heldHere.add(file);
        return new DataDirectoryLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readHolder(file);
      if (holder !== null && isAlive(holder.pid, file)) throw new DataDirectoryLockedError(file, holder.pid, dir);
      // stale (or unreadable: a crash between create and write): remove and try again
      await fs.rm(file, { force: true });
    }
    throw new DataFileError(file, `${file} could not be taken: remove it if no redchain process runs`);
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    heldHere.delete(this.file);
    await fs.rm(this.file, { force: true });
  }
}

async function readHolder(file: string): Promise<LockContent | null> {
  try {
    const parsed = LockContent.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number, file: string): boolean {
  if (pid === process.pid) return heldHere.has(file);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

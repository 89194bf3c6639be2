import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Uploaded import files hold personal data (phones, e-mails, party membership): only the user
 * redchain runs as may read them, as with the data files (docs/security.md). The import job
 * removes its file once it has finished for good (import.processor.ts).
 */
const UPLOAD_DIR_MODE = 0o700;
const UPLOAD_FILE_MODE = 0o600;
const GROUP_OR_OTHER = 0o077;
const STICKY = 0o1000;

/**
 * Writes an upload as `<dir>/<fileName>` (0600, in a 0700 directory made if missing) for the
 * import job to read by path, and answers that path. A new name each time (`wx`: never over
 * another file).
 *
 * @example await saveUpload('.redchain/uploads', `${importId}.csv`, body) // '/srv/.redchain/uploads/…csv'
 */
export async function saveUpload(dir: string, fileName: string, content: Buffer): Promise<string> {
  await mkdir(dir, { recursive: true, mode: UPLOAD_DIR_MODE });
  await narrow(dir);
  const file = path.resolve(dir, fileName);
  await writeFile(file, content, { mode: UPLOAD_FILE_MODE, flag: 'wx' });
  return file;
}

/**
 * A directory made before uploads were kept private (0755), or by hand, is narrowed to 0700 —
 * unless it is another user's or shared on purpose (sticky, as /tmp): there the files' own 0600
 * keeps them private.
 */
async function narrow(dir: string): Promise<void> {
  const { mode, uid } = await stat(dir);
  const ours = process.getuid === undefined || uid === process.getuid();
  if ((mode & GROUP_OR_OTHER) !== 0 && (mode & STICKY) === 0 && ours) await chmod(dir, UPLOAD_DIR_MODE);
}

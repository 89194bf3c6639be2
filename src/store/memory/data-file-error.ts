/**
 * A file of the data directory that stops the start (damaged, or held by another process). Its
 * message is one line naming the file and what to do; main() and the CLI print it without a stack.
 */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DataFileError';
  }
}

/** The data directory is held by another live process (the server, or another command). */
export class DataDirectoryLockedError extends DataFileError {
  constructor(
    file: string,
    readonly pid: number,
    readonly dir: string,
  ) {
    super(file, `the data directory ${dir} is held by process ${pid} (${file})`);
    this.name = 'DataDirectoryLockedError';
  }
}

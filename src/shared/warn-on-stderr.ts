/** Where a part with no logger of its own says what went wrong but did not stop it (the CLI, a store opened alone). */
export function warnOnStderr(message: string): void {
  process.stderr.write(`redchain: ${message}\n`);
}

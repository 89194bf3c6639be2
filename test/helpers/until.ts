/** Polls `check` every `everyMs` until it holds; fails after `timeoutMs`, naming what it waited for. */
export async function until(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  everyMs = 200,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Polls `read` until it gives a value (not null); fails after `timeoutMs`. */
export async function valueOf<T>(read: () => Promise<T | null>, timeoutMs: number, what: string): Promise<T> {
  let value: T | null = null;
  await until(async () => (value = await read()) !== null, timeoutMs, what, 100);
  return value as T;
}
